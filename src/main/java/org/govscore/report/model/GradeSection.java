package org.govscore.report.model;

import java.util.List;

/** The grade distribution: a row per rank group with its count per grade, totals, and the chart. */
public record GradeSection(
    List<String> headers, List<GradeRow> rows, GradeRow total, ChartRef chart) {
  /**
   * A group's counts in the order of the headers (very high, high, medium, low, insufficient data).
   */
  public record GradeRow(String group, String href, List<String> counts, String units) {}
}
