package org.govscore.render.charts;

import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The data sharing / business collaboration model: x = RSR, y = BCR, threshold lines at the
 * manifest's quadrant.x and quadrant.y, the four classes named in their corners, every unit a
 * labelled dot coloured by its class. Units with RSR or BCR N/A cannot be placed and are listed
 * by the page instead.
 */
public final class QuadrantChart {
  /** Classes in legend order. */
  public static final List<String> CLASSES = List.of("COLLABORATIVE", "DATA_ISLAND", "STARVED", "SILOED");

  /** A unit placed on the chart. */
  public record Point(String label, double rsr, double bcr, String quadrant) {}

  /** Title, axis labels and the display name of each class. */
  public record Labels(String title, String xAxis, String yAxis, Map<String, String> classes) {}

  public static final int WIDTH = 760;
  public static final int HEIGHT = 620;

  private QuadrantChart() {}

  public static JFreeChart create(List<Point> points, double thresholdX, double thresholdY, Labels labels,
      ChartStyle style) {
    XYSeriesCollection data = new XYSeriesCollection();
    List<List<String>> pointLabels = new ArrayList<>();
    for (String cls : CLASSES) {
      // Not sorted, so item i of the series is the i-th point of the class.
      XYSeries s = new XYSeries(labels.classes().getOrDefault(cls, cls), false, true);
      List<Point> members = points.stream().filter(p -> cls.equals(p.quadrant())).toList();
      members.forEach(p -> s.add(p.rsr(), p.bcr()));
      data.addSeries(s);
      pointLabels.add(mergedLabels(members));
    }
    NumberAxis x = new NumberAxis(labels.xAxis());
    NumberAxis y = new NumberAxis(labels.yAxis());
    x.setRange(-0.03, 1.08);
    y.setRange(-0.03, 1.08);
    x.setNumberFormatOverride(java.text.NumberFormat.getPercentInstance(java.util.Locale.ROOT));
    y.setNumberFormatOverride(java.text.NumberFormat.getPercentInstance(java.util.Locale.ROOT));

    XYLineAndShapeRenderer renderer = new LabelledPoints();
    renderer.setDefaultItemLabelGenerator((dataset, series, item) -> pointLabels.get(series).get(item));
    renderer.setDefaultItemLabelsVisible(true);
    renderer.setDefaultItemLabelFont(style.font(Font.PLAIN, 11f));
    XYPlot plot = new XYPlot(data, x, y, renderer);
    plot.addDomainMarker(threshold(thresholdX));
    plot.addRangeMarker(threshold(thresholdY));
    JFreeChart chart = new JFreeChart(labels.title(), JFreeChart.DEFAULT_TITLE_FONT, plot, true);
    style.apply(chart);
    // After the theme, which would reset them.
    corner(plot, labels, style, "COLLABORATIVE", 1.06, 1.06, TextAnchor.TOP_RIGHT);
    corner(plot, labels, style, "DATA_ISLAND", 1.06, -0.01, TextAnchor.BOTTOM_RIGHT);
    corner(plot, labels, style, "STARVED", -0.01, 1.06, TextAnchor.TOP_LEFT);
    corner(plot, labels, style, "SILOED", -0.01, -0.01, TextAnchor.BOTTOM_LEFT);
    renderer.setDefaultItemLabelFont(style.font(Font.PLAIN, 11f));
    for (int i = 0; i < CLASSES.size(); i++) {
      renderer.setSeriesPaint(i, ChartStyle.QUADRANT_COLORS.get(CLASSES.get(i)));
      renderer.setSeriesShape(i, new Ellipse2D.Double(-5, -5, 10, 10));
    }
    return chart;
  }

  /**
   * One label per point; units sitting on the same spot share one label on the first of them
   * (printed on top of each other they could not be read).
   */
  static List<String> mergedLabels(List<Point> members) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < members.size(); i++) {
      Point p = members.get(i);
      int first = -1;
      for (int j = 0; j < i && first < 0; j++) {
        if (members.get(j).rsr() == p.rsr() && members.get(j).bcr() == p.bcr()) {
          first = j;
        }
      }
      if (first >= 0) {
        out.set(first, out.get(first) + " / " + p.label());
        out.add("");
      } else {
        out.add(p.label());
      }
    }
    return out;
  }

  /** Labels to the right of a point, or to its left in the right part of the plot, so none runs off the edge. */
  static final class LabelledPoints extends XYLineAndShapeRenderer {
    private static final long serialVersionUID = 1L;
    private static final ItemLabelPosition RIGHT = new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT);
    private static final ItemLabelPosition LEFT = new ItemLabelPosition(ItemLabelAnchor.OUTSIDE9, TextAnchor.CENTER_RIGHT);

    LabelledPoints() {
      super(false, true);
    }

    @Override
    public ItemLabelPosition getPositiveItemLabelPosition(int series, int item) {
      org.jfree.data.xy.XYDataset d = getPlot() == null ? null : getPlot().getDataset();
      return d != null && d.getXValue(series, item) > 0.7 ? LEFT : RIGHT;
    }

    @Override
    public ItemLabelPosition getNegativeItemLabelPosition(int series, int item) {
      return getPositiveItemLabelPosition(series, item);
    }
  }

  private static ValueMarker threshold(double value) {
    ValueMarker m = new ValueMarker(value, new Color(0x57606a), ChartStyle.dashed(1.2f));
    return m;
  }

  private static void corner(XYPlot plot, Labels labels, ChartStyle style, String cls, double x, double y,
      TextAnchor anchor) {
    XYTextAnnotation a = new XYTextAnnotation(labels.classes().getOrDefault(cls, cls), x, y);
    a.setFont(style.font(Font.BOLD, 13f));
    a.setPaint(ChartStyle.QUADRANT_COLORS.get(cls));
    a.setTextAnchor(anchor);
    plot.addAnnotation(a);
  }
}
