package org.govscore.report.model;

import java.util.List;

/**
 * One rank group (regions of a level, or the departments of a region): its ranking with rank
 * intervals, its quadrant and its trend.
 *
 * @param unplaced units the quadrant chart cannot place (RSR or BCR N/A)
 */
public record GroupSection(
    String id, String title, String href, String anchor, boolean ofRegions, int units, int ranked,
    String leader, String meanComposite, List<RankRow> rows, ChartRef intervalChart, ChartRef quadrantChart,
    ChartRef trendChart, List<UnitLink> unplaced) {

  public boolean hasIntervalChart() {
    return intervalChart != null;
  }
}
