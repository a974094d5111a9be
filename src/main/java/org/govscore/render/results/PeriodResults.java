package org.govscore.render.results;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.govscore.config.Period;
import org.govscore.metrics.UnitKey;

/**
 * Everything the results store holds for one period, collected to the driver (tables are per unit,
 * small).
 */
public record PeriodResults(
    Period period,
    Manifest manifest,
    List<UnitScore> scores,
    Map<UnitKey, Map<String, IndicatorValue>> indicators,
    Map<UnitKey, List<CheckResult>> checks,
    Map<UnitKey, List<Finding>> findings,
    List<ItemState> items,
    List<ResourceState> resources,
    List<DatasetQuality> quality) {

  public Optional<UnitScore> score(UnitKey unit) {
    return scores.stream().filter(s -> s.key().equals(unit)).findFirst();
  }

  /** The unit's indicators by id; an indicator without a row is absent. */
  public Map<String, IndicatorValue> indicatorsOf(UnitKey unit) {
    return indicators.getOrDefault(unit, Map.of());
  }

  public List<CheckResult> checksOf(UnitKey unit) {
    return checks.getOrDefault(unit, List.of());
  }

  public List<Finding> findingsOf(UnitKey unit) {
    return findings.getOrDefault(unit, List.of());
  }

  public List<ItemState> itemsOf(String deptCode) {
    return items.stream().filter(i -> deptCode.equals(i.deptCode())).toList();
  }

  public List<ResourceState> resourcesOf(String deptCode) {
    return resources.stream().filter(r -> deptCode.equals(r.providerDeptCode())).toList();
  }

  /** The headline values of the period, for trends and changes. */
  public PeriodSnapshot snapshot() {
    return PeriodSnapshot.of(period, scores, indicators);
  }
}
