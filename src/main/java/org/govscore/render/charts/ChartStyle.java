package org.govscore.render.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.Map;
import org.govscore.render.fonts.CjkFonts;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.SpiderWebPlot;
import org.jfree.chart.plot.XYPlot;

/**
 * The look every chart shares: the CJK font for all text (so Chinese never renders as boxes),
 * a white background and the colours of grades and quadrants used by pages and CSS alike.
 */
public final class ChartStyle {
  public static final Map<String, Color> GRADE_COLORS = Map.of(
      "VERY_HIGH", new Color(0x1a7f37), "HIGH", new Color(0x54a24b),
      "MEDIUM", new Color(0xe3a008), "LOW", new Color(0xcf222e), "NONE", new Color(0x8c959f));
  public static final Map<String, Color> QUADRANT_COLORS = Map.of(
      "COLLABORATIVE", new Color(0x1a7f37), "DATA_ISLAND", new Color(0x0969da),
      "STARVED", new Color(0xbf8700), "SILOED", new Color(0xcf222e), "UNCLASSIFIED", new Color(0x8c959f));
  /** Line colours for series that have no meaning of their own (units in a trend). */
  static final Color[] SERIES = {
      new Color(0x0969da), new Color(0xcf222e), new Color(0x1a7f37), new Color(0xbf8700),
      new Color(0x8250df), new Color(0x1b7c83), new Color(0xbc4c00), new Color(0x57606a),
      new Color(0xbf3989), new Color(0x4d2d00)};
  static final Color GRID = new Color(0xd0d7de);
  static final Color INK = new Color(0x1f2328);

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
    theme.setExtraLargeFont(font(Font.BOLD, 16f));
    theme.setLargeFont(font(Font.BOLD, 13f));
    theme.setRegularFont(font(Font.PLAIN, 12f));
    theme.setSmallFont(font(Font.PLAIN, 10f));
    theme.setChartBackgroundPaint(Color.WHITE);
    theme.setPlotBackgroundPaint(Color.WHITE);
    theme.setDomainGridlinePaint(GRID);
    theme.setRangeGridlinePaint(GRID);
    theme.setAxisLabelPaint(INK);
    theme.setTickLabelPaint(INK);
    theme.setTitlePaint(INK);
    theme.setShadowVisible(false);
    theme.setBarPainter(new org.jfree.chart.renderer.category.StandardBarPainter());
    theme.setXYBarPainter(new org.jfree.chart.renderer.xy.StandardXYBarPainter());
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
        a.setTickLabelFont(font(Font.PLAIN, 11f));
      }
    }
  }

  static BasicStroke line(float width) {
    return new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
  }

  static BasicStroke dashed(float width) {
    return new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f);
  }
}
