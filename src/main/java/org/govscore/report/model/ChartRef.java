package org.govscore.report.model;

/**
 * A chart image beside the pages. {@code note} explains what the chart leaves out (e.g. only the
 * top and bottom units), "" when it shows everything.
 */
public record ChartRef(String src, String alt, int width, int height, String note) {
  public boolean hasNote() {
    return !note.isEmpty();
  }
}
