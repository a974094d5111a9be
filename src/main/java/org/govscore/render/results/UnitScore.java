package org.govscore.render.results;

import org.govscore.metrics.UnitKey;

/** A row of the scores table: a unit's composite, grade, rank and rank interval (nulls = none). */
public record UnitScore(
    String unitType,
    String unitCode,
    String unitName,
    String level,
    String rankGroup,
    Double composite,
    String grade,
    Integer rank,
    Integer rankP05,
    Double rankMedian,
    Integer rankP95,
    String quadrant,
    int indicatorsAvailable) {

  public UnitKey key() {
    return new UnitKey(unitType, unitCode);
  }

  public boolean isDepartment() {
    return UnitKey.DEPARTMENT.equals(unitType);
  }

  /** Fewer headline indicators than the ranking needs: no composite, never shown as zero. */
  public boolean insufficientData() {
    return composite == null;
  }

  /** The name to show: the unit's name, or its code when the store has no name. */
  public String displayName() {
    return unitName == null || unitName.isBlank() ? unitCode : unitName;
  }

  /** For a department, the region its group is named after; for a region, null. */
  public String groupRegionCode() {
    return RankGroup.parse(rankGroup).regionCode();
  }

  /**
   * Ranking order for tables: ranked units by rank, then unranked ones; ties by name, then code.
   */
  public static final java.util.Comparator<UnitScore> RANKING_ORDER =
      java.util.Comparator.comparing((UnitScore s) -> s.rank() == null)
          .thenComparing(s -> s.rank() == null ? Integer.MAX_VALUE : s.rank())
          .thenComparing(UnitScore::displayName)
          .thenComparing(UnitScore::unitCode);
}
