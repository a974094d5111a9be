package org.govscore.report.model;

import java.util.Locale;

/**
 * A chart image beside the pages. {@code note} explains what the chart leaves out (e.g. only the
 * top and bottom units), "" when it shows everything.
 */
public record ChartRef(String src, String alt, int width, int height, String note) {
  /** The PDF's content box (A4 less the print stylesheet's margins of 15 mm and 18 mm), in pt. */
  public static final double CONTENT_WIDTH_PT = 510.2;

  /** The content height less room for a heading and a caption on the same page, in pt. */
  public static final double MAX_HEIGHT_PT = 690;

  /** 96 px per inch: the size a chart drawn for {@code ChartStyle.PAGE_WIDTH} has at 510 pt. */
  public static final double PT_PER_PX = 0.75;

  public boolean hasNote() {
    return !note.isEmpty();
  }

  /**
   * The scale of the printed chart in pt per px: natural size, smaller only when it would not fit.
   */
  public double printScale() {
    return Math.min(PT_PER_PX, Math.min(CONTENT_WIDTH_PT / width, MAX_HEIGHT_PT / height));
  }

  /** The printed width, for the print stylesheet ("123.4pt"). */
  public String printWidth() {
    return String.format(Locale.ROOT, "%.1fpt", Math.floor(width * printScale() * 10) / 10);
  }

  public String printHeight() {
    return String.format(Locale.ROOT, "%.1fpt", Math.floor(height * printScale() * 10) / 10);
  }
}
