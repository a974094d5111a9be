package org.govscore.render.results;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.govscore.config.Period;
import org.govscore.contract.UnitKey;
import org.govscore.store.CheckRecord;
import org.govscore.store.FindingRecord;
import org.govscore.store.IndicatorRecord;
import org.govscore.store.ItemStatusRecord;
import org.govscore.store.Manifest;
import org.govscore.store.RatingLevelRecord;
import org.govscore.store.ResourceStatusRecord;
import org.govscore.store.ScoreRecord;

/**
 * Everything the results store holds for one period, collected to the driver (tables are per unit,
 * small), with the level counts and catalogue names of govscore's added tables (empty for a period
 * written before them).
 */
public record PeriodResults(
    Period period,
    Manifest manifest,
    List<ScoreRecord> scores,
    Map<UnitKey, Map<String, IndicatorRecord>> indicators,
    Map<UnitKey, List<CheckRecord>> checks,
    Map<UnitKey, List<FindingRecord>> findings,
    List<ItemStatusRecord> items,
    List<ResourceStatusRecord> resources,
    List<DatasetQuality> quality,
    Map<UnitKey, List<RatingLevelRecord>> ratingLevels,
    CatalogueLabels names) {

  /** The unit's ratings at each level 1 to 5, by level; empty when it had no ratings. */
  public List<RatingLevelRecord> ratingLevelsOf(UnitKey unit) {
    return ratingLevels.getOrDefault(unit, List.of());
  }

  public Optional<ScoreRecord> score(UnitKey unit) {
    return scores.stream().filter(s -> s.key().equals(unit)).findFirst();
  }

  /** The unit's indicators by id; an indicator without a row is absent. */
  public Map<String, IndicatorRecord> indicatorsOf(UnitKey unit) {
    return indicators.getOrDefault(unit, Map.of());
  }

  public List<CheckRecord> checksOf(UnitKey unit) {
    return checks.getOrDefault(unit, List.of());
  }

  public List<FindingRecord> findingsOf(UnitKey unit) {
    return findings.getOrDefault(unit, List.of());
  }

  public List<ItemStatusRecord> itemsOf(String deptCode) {
    return items.stream().filter(i -> deptCode.equals(i.deptCode())).toList();
  }

  public List<ResourceStatusRecord> resourcesOf(String deptCode) {
    return resources.stream().filter(r -> deptCode.equals(r.providerDeptCode())).toList();
  }

  /** The headline values of the period, for trends and changes. */
  public PeriodSnapshot snapshot() {
    return PeriodSnapshot.of(period, scores, indicators);
  }
}
