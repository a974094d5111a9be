package org.govscore.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.govscore.contract.DatasetKind;
import org.govscore.methodology.MethodologyRegistry;
import org.junit.jupiter.api.Test;

/**
 * Every registry entry has its calculation and every calculation its entry, and the calculations
 * need exactly the datasets the engine needed before the registry (written out here by hand).
 */
class MethodologyCalculationsTest {
  private static final Set<DatasetKind> CASES = Set.of(DatasetKind.CASE_EVENTS);
  private static final Set<DatasetKind> ALL_FOUR =
      Set.of(
          DatasetKind.SERVICE_ITEMS,
          DatasetKind.RESOURCES,
          DatasetKind.CASE_EVENTS,
          DatasetKind.EXCHANGES);

  @Test
  void everyRegistryIndicatorHasOneCalculationInPublishedOrder() {
    List<String> computed = new ArrayList<>();
    new Methodology().indicators().forEach(i -> computed.add(i.id()));
    // The latency percentiles come from latency counts, after the ratio indicators.
    List<String> expected = new ArrayList<>(MethodologyRegistry.indicatorIds());
    expected.removeAll(List.of(Methodology.LATENCY_P50, Methodology.LATENCY_P95));
    assertEquals(expected, computed);
    assertEquals(MethodologyRegistry.indicatorIds(), Methodology.INDICATOR_IDS);
  }

  @Test
  void everyRegistryCheckHasOneCalculationInPublishedOrder() {
    assertEquals(
        MethodologyRegistry.checkIds(),
        new Methodology().checks().stream().map(Check::id).toList());
  }

  @Test
  void indicatorsNeedWhatTheyNeededBeforeTheRegistry() {
    Map<String, Set<DatasetKind>> expected = new LinkedHashMap<>();
    expected.put("SIR", Set.of(DatasetKind.SERVICE_ITEMS, DatasetKind.CASE_EVENTS));
    expected.put("RSR", Set.of(DatasetKind.RESOURCES, DatasetKind.EXCHANGES));
    expected.put("BCR", ALL_FOUR);
    expected.put("SCR", Set.of());
    expected.put("OCR", CASES);
    expected.put("ZVR", CASES);
    expected.put("MOV", CASES);
    expected.put("OTR", Set.of(DatasetKind.CASE_EVENTS, DatasetKind.SERVICE_ITEMS));
    expected.put("TCR", Set.of(DatasetKind.SERVICE_ITEMS));
    expected.put("FCR", ALL_FOUR);
    expected.put("ESR", Set.of(DatasetKind.EXCHANGES));
    expected.put("HOR", CASES);
    expected.put("SAT", Set.of(DatasetKind.RATINGS));
    expected.put("BRR", Set.of(DatasetKind.RATINGS));
    expected.put("RCR", Set.of(DatasetKind.CASE_EVENTS, DatasetKind.RATINGS));
    Map<String, Set<DatasetKind>> actual = new LinkedHashMap<>();
    new Methodology().indicators().forEach(i -> actual.put(i.id(), i.requires()));
    assertEquals(expected, actual);
    assertEquals(
        List.of(DatasetKind.EXCHANGES),
        MethodologyRegistry.indicator("LAT_P50").needs().stream().map(Needs::kind).toList());
  }

  @Test
  void checksNeedWhatTheyNeededBeforeTheRegistry() {
    Set<DatasetKind> exchanges = Set.of(DatasetKind.EXCHANGES);
    Set<DatasetKind> catalogued = Set.of(DatasetKind.EXCHANGES, DatasetKind.RESOURCES);
    Map<String, Set<DatasetKind>> expected = new LinkedHashMap<>();
    expected.put("EX_SUBJECT_ID", exchanges);
    expected.put("EX_EXTRANET", exchanges);
    expected.put("EX_CATALOGUED", catalogued);
    expected.put("EX_PROVIDER_MATCH", catalogued);
    expected.put("EX_STANDARD", catalogued);
    expected.put("CAT_TIME_LIMITS", Set.of(DatasetKind.SERVICE_ITEMS));
    expected.put("CAT_REQUIREMENTS", Set.of(DatasetKind.SERVICE_ITEMS, DatasetKind.RESOURCES));
    expected.put("CAT_STANDARD", Set.of(DatasetKind.RESOURCES));
    expected.put("CAT_NOT_SHARED_BASIS", Set.of(DatasetKind.RESOURCES));
    expected.put("CASE_ITEM", Set.of(DatasetKind.CASE_EVENTS, DatasetKind.SERVICE_ITEMS));
    Map<String, Set<DatasetKind>> actual = new LinkedHashMap<>();
    new Methodology().checks().forEach(c -> actual.put(c.id(), c.requires()));
    assertEquals(expected, actual);
  }
}
