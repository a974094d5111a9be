package org.govscore.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.govscore.methodology.CheckEntry;
import org.govscore.methodology.Dataset;
import org.govscore.methodology.IndicatorEntry;
import org.govscore.methodology.MethodologyRegistry;

/**
 * Which indicators and checks need which datasets (from the methodology registry), so the report
 * can say what a missing dataset made N/A.
 */
final class DatasetNeeds {
  private final Map<String, Set<String>> indicatorNeeds = new LinkedHashMap<>();
  private final Map<String, Set<String>> checkNeeds = new LinkedHashMap<>();
  private final List<String> checkIds = new ArrayList<>();
  private final Set<String> missing;

  DatasetNeeds(List<String> missingDatasets) {
    this.missing = new LinkedHashSet<>(missingDatasets);
    // SCR needs no dataset of its own: it is N/A when none of its checks applies.
    for (IndicatorEntry i : MethodologyRegistry.indicators()) {
      indicatorNeeds.put(i.id(), names(i.needs()));
    }
    for (CheckEntry c : MethodologyRegistry.checks()) {
      checkNeeds.put(c.id(), names(c.needs()));
      checkIds.add(c.id());
    }
  }

  /** Dataset names in data-contract order, as the registry lists them. */
  private static Set<String> names(List<Dataset> needs) {
    Set<String> out = new LinkedHashSet<>();
    needs.forEach(d -> out.add(d.datasetName()));
    return out;
  }

  /** The missing datasets an indicator needs (empty when it had all it needs). */
  Set<String> missingFor(String indicator) {
    Set<String> out = new LinkedHashSet<>(indicatorNeeds.getOrDefault(indicator, Set.of()));
    out.retainAll(missing);
    return out;
  }

  /** Indicator ids that a missing dataset makes N/A for every unit, in published order. */
  List<String> indicatorsWithout(String dataset) {
    return MethodologyRegistry.indicatorIds().stream()
        .filter(id -> indicatorNeeds.getOrDefault(id, Set.of()).contains(dataset))
        .toList();
  }

  /** Check ids that apply to nothing without the dataset. */
  List<String> checksWithout(String dataset) {
    return checkIds.stream().filter(id -> checkNeeds.get(id).contains(dataset)).toList();
  }

  /** The checks in published order. */
  List<String> checkIds() {
    return checkIds;
  }

  int checkOrder(String id) {
    int i = checkIds.indexOf(id);
    return i < 0 ? checkIds.size() : i;
  }
}
