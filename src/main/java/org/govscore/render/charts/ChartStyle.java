package org.govscore.render.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.Map;
import org.govscore.render.fonts.CjkFonts;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.SpiderWebPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;

/**
 * The look every chart shares: the CJK font for all text (so Chinese never renders as boxes), a
 * white background and the colours of grades and quadrants used by pages and CSS alike.
 */
public final class ChartStyle {
  // Every colour below is also drawn as text (legends, corner labels, chips with white text), so
  // each has a contrast of at least 4.5:1 against white (WCAG AA), checked by ContrastTest; the
  // stylesheets use the same values.
  public static final Map<String, Color> GRADE_COLORS =
      Map.of(
          "VERY_HIGH",
          new Color(0x116329),
          "HIGH",
          new Color(0x1b7c83),
          "MEDIUM",
          new Color(0x8a6100),
          "LOW",
          new Color(0xcf222e),
          "NONE",
          new Color(0x57606a));
  public static final Map<String, Color> QUADRANT_COLORS =
      Map.of(
          "COLLABORATIVE",
          new Color(0x116329),
          "DATA_ISLAND",
          new Color(0x0969da),
          "STARVED",
          new Color(0x8a6100),
          "SILOED",
          new Color(0xcf222e),
          "UNCLASSIFIED",
          new Color(0x57606a));

  /** Line colours for series that have no meaning of their own (units in a trend). */
  public static final Color[] SERIES = {
    new Color(0x0969da), new Color(0xcf222e), new Color(0x116329), new Color(0x8a6100),
    new Color(0x8250df), new Color(0x1b7c83), new Color(0xbc4c00), new Color(0x57606a),
    new Color(0xbf3989), new Color(0x4d2d00)
  };

  static final Color GRID = new Color(0xd0d7de);
  public static final Color INK = new Color(0x1f2328);

  /**
   * Charts are drawn for the PDF's content width: A4 less 15 mm margins is 510 pt, and 680 px at
   * 0.75 pt per px (96 ppi) is exactly that, so the PDF places a chart at its natural size.
   */
  public static final int PAGE_WIDTH = 680;

  /** No chart text is smaller than this (px); at 0.75 pt/px that is 8.25 pt in print. */
  public static final float MIN_FONT = 11f;

  private final CjkFonts fonts;

  public ChartStyle(CjkFonts fonts) {
    this.fonts = fonts;
  }

  public Font font(int style, float size) {
    return fonts.chart(style, size);
  }

  /** Applies fonts and colours to the whole chart; call after the plot is complete. */
  public void apply(JFreeChart chart) {
    StandardChartTheme theme = new StandardChartTheme("govscore");
    theme.setExtraLargeFont(font(Font.BOLD, 15f));
    theme.setLargeFont(font(Font.BOLD, 13f));
    theme.setRegularFont(font(Font.PLAIN, 12f));
    theme.setSmallFont(font(Font.PLAIN, MIN_FONT));
    theme.setChartBackgroundPaint(Color.WHITE);
    theme.setPlotBackgroundPaint(Color.WHITE);
    theme.setDomainGridlinePaint(GRID);
    theme.setRangeGridlinePaint(GRID);
    theme.setAxisLabelPaint(INK);
    theme.setTickLabelPaint(INK);
    theme.setTitlePaint(INK);
    theme.setShadowVisible(false);
    theme.setBarPainter(new StandardBarPainter());
    theme.setXYBarPainter(new StandardXYBarPainter());
    theme.apply(chart);
    chart.setAntiAlias(true);
    chart.setTextAntiAlias(true);
    if (chart.getPlot() instanceof SpiderWebPlot web) {
      web.setLabelFont(font(Font.PLAIN, 12f));
    }
    if (chart.getPlot() instanceof CategoryPlot p) {
      axes(p.getDomainAxis(), p.getRangeAxis());
    } else if (chart.getPlot() instanceof XYPlot p) {
      axes(p.getDomainAxis(), p.getRangeAxis());
    }
  }

  private void axes(Axis... axes) {
    for (Axis a : axes) {
      if (a != null) {
        a.setLabelFont(font(Font.PLAIN, 12f));
        a.setTickLabelFont(font(Font.PLAIN, MIN_FONT));
      }
    }
  }

  static BasicStroke line(float width) {
    return new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
  }

  static BasicStroke dashed(float width) {
    return new BasicStroke(
        width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f);
  }

  /** Dash patterns for series, so lines differ by more than colour (null = solid). */
  private static final float[][] DASHES = {null, {8f, 4f}, {2f, 3f}, {10f, 3f, 2f, 3f}, {4f, 4f}};

  /** The stroke of the i-th series: its own dash pattern. */
  static BasicStroke seriesStroke(int i, float width) {
    float[] dash = DASHES[i % DASHES.length];
    return dash == null
        ? line(width)
        : new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, dash, 0f);
  }

  /** The marker of the i-th series: circle, square, triangle, diamond, down triangle, ... */
  static Shape seriesShape(int i, double size) {
    double h = size / 2;
    switch (i % 5) {
      case 0:
        return new Ellipse2D.Double(-h, -h, size, size);
      case 1:
        return new Rectangle2D.Double(-h * 0.9, -h * 0.9, size * 0.9, size * 0.9);
      case 2:
        return polygon(new double[] {0, h, -h}, new double[] {-h, h, h});
      case 3:
        return polygon(new double[] {0, h, 0, -h}, new double[] {-h, 0, h, 0});
      default:
        return polygon(new double[] {-h, h, 0}, new double[] {-h, -h, h});
    }
  }

  private static Shape polygon(double[] xs, double[] ys) {
    Path2D.Double p = new Path2D.Double();
    p.moveTo(xs[0], ys[0]);
    for (int i = 1; i < xs.length; i++) {
      p.lineTo(xs[i], ys[i]);
    }
    p.closePath();
    return p;
  }
}
