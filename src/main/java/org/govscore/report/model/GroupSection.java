package org.govscore.report.model;

import java.util.List;

/**
 * One rank group (regions of a level, or the departments of a region): its ranking with rank
 * intervals, its quadrant and its trend.
 *
 * @param unplaced units the quadrant chart cannot place (RSR or BCR N/A)
 * @param quadrantKey the numbered points of the quadrant chart
 * @param charts false for a group of one unit, whose charts would say nothing its table does not
 */
public record GroupSection(
    String id,
    String title,
    String href,
    String anchor,
    boolean ofRegions,
    int units,
    int ranked,
    String leader,
    String meanComposite,
    List<RankRow> rows,
    ChartRef intervalChart,
    ChartRef quadrantChart,
    ChartRef trendChart,
    List<UnitLink> unplaced,
    List<QuadrantRow> quadrantKey,
    boolean charts) {

  /** A numbered point of the quadrant chart, with where the unit was in the previous period. */
  public record QuadrantRow(
      String number,
      UnitLink unit,
      String quadrantCode,
      String quadrant,
      String rsr,
      String bcr,
      String previousQuadrant,
      boolean changed) {}

  public boolean hasQuadrantChart() {
    return quadrantChart != null;
  }

  public boolean hasTrendChart() {
    return trendChart != null;
  }

  public boolean hasIntervalChart() {
    return intervalChart != null;
  }
}
