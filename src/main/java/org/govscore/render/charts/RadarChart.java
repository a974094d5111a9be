package org.govscore.render.charts;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.SpiderWebPlot;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The composite's members for a unit on one web (0 to 100 %, with rings and their scale at 25, 50,
 * 75 and 100 %), against a reference such as its group's median drawn dashed. An N/A indicator has
 * no point (its axis label says so), never 0.
 */
public final class RadarChart {
  /** One polygon: a label and a value in [0, 1] per axis id; a missing or null value is N/A. */
  public record Series(String id, String label, Map<String, Double> values) {}

  /** The axes: id and label (the label should carry "N/A" when the unit's value is missing). */
  public record Axis(String id, String label) {}

  public static final int WIDTH = 460;
  public static final int HEIGHT = 420;

  /** The rings drawn, as fractions of the full scale. */
  static final double[] RINGS = {0.25, 0.5, 0.75, 1.0};

  private RadarChart() {}

  public static JFreeChart create(
      String title, List<Axis> axes, List<Series> series, ChartStyle style) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (Series s : series) {
      ChartKey key = new ChartKey(s.id(), s.label());
      for (Axis a : axes) {
        data.addValue(s.values().get(a.id()), key, new ChartKey(a.id(), a.label()));
      }
    }
    RingedWeb plot = new RingedWeb(data, style.font(Font.PLAIN, ChartStyle.MIN_FONT));
    plot.setMaxValue(1.0);
    plot.setWebFilled(true);
    plot.setForegroundAlpha(0.3f);
    plot.setInteriorGap(0.24);
    plot.setAxisLinePaint(ChartStyle.GRID);
    JFreeChart chart =
        new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, series.size() > 1);
    style.apply(chart);
    for (int i = 0; i < series.size(); i++) {
      Color c = ChartStyle.SERIES[i % ChartStyle.SERIES.length];
      plot.setSeriesPaint(i, c);
      plot.setSeriesOutlinePaint(i, c);
      // The unit solid and heavy, the reference dashed: told apart without colour.
      plot.setSeriesOutlineStroke(i, i == 0 ? ChartStyle.line(2.5f) : ChartStyle.dashed(2f));
    }
    return chart;
  }

  /** A spider web with concentric rings and their percentages drawn beneath the polygons. */
  static final class RingedWeb extends SpiderWebPlot {
    private static final long serialVersionUID = 1L;
    private final Font scaleFont;

    RingedWeb(CategoryDataset data, Font scaleFont) {
      super(data);
      this.scaleFont = scaleFont;
    }

    @Override
    public void drawBackground(Graphics2D g2, Rectangle2D area) {
      super.drawBackground(g2, area);
      CategoryDataset d = getDataset();
      int axes = d == null ? 0 : d.getColumnCount();
      if (axes < 3) {
        return;
      }
      // The same square SpiderWebPlot.draw() computes for the web.
      double gapH = area.getWidth() * getInteriorGap();
      double gapV = area.getHeight() * getInteriorGap();
      double w = area.getWidth() - gapH;
      double h = area.getHeight() - gapV;
      double min = Math.min(w, h) / 2;
      double cx = area.getX() + gapH / 2 + w / 2;
      double cy = area.getY() + gapV / 2 + h / 2;
      Rectangle2D web = new Rectangle2D.Double(cx - min, cy - min, 2 * min, 2 * min);
      g2.setStroke(ChartStyle.line(0.8f));
      g2.setFont(scaleFont);
      for (double ring : RINGS) {
        Path2D.Double poly = new Path2D.Double();
        for (int cat = 0; cat < axes; cat++) {
          double angle = getStartAngle() + getDirection().getFactor() * cat * 360.0 / axes;
          Point2D p = getWebPoint(web, angle, ring);
          if (cat == 0) {
            poly.moveTo(p.getX(), p.getY());
          } else {
            poly.lineTo(p.getX(), p.getY());
          }
        }
        poly.closePath();
        g2.setPaint(ChartStyle.GRID);
        g2.draw(poly);
        // The scale along the first axis (straight up), just right of it.
        Point2D at = getWebPoint(web, getStartAngle(), ring);
        g2.setPaint(ChartStyle.SERIES[7]);
        g2.drawString(Math.round(ring * 100) + "%", (float) at.getX() + 4f, (float) at.getY() + 4f);
      }
    }
  }
}
