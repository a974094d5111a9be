package org.govscore.render.charts;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The data sharing / business collaboration model: x = RSR, y = BCR on 0 to 100 %, threshold lines
 * at the manifest's quadrant.x and quadrant.y, the four classes named in their corners (no legend
 * repeating them), every unit a dot with the class's colour and shape labelled by its number in the
 * table beside the chart (names would collide), and an arrow from its position in the previous
 * period where it had one. Units with RSR or BCR N/A cannot be placed and are listed by the page
 * instead.
 */
public final class QuadrantChart {
  /** Classes in legend order. */
  public static final List<String> CLASSES =
      List.of("COLLABORATIVE", "DATA_ISLAND", "STARVED", "SILOED");

  /**
   * A unit placed on the chart; {@code label} is its key (a number), the previous position is null
   * when the unit could not be placed in the previous period.
   */
  public record Point(
      String label,
      double rsr,
      double bcr,
      String quadrant,
      Double previousRsr,
      Double previousBcr) {
    public Point(String label, double rsr, double bcr, String quadrant) {
      this(label, rsr, bcr, quadrant, null, null);
    }

    boolean moved() {
      return previousRsr != null
          && previousBcr != null
          && (previousRsr != rsr || previousBcr != bcr);
    }
  }

  /** Title, axis labels and the display name of each class. */
  public record Labels(String title, String xAxis, String yAxis, Map<String, String> classes) {}

  public static final int WIDTH = ChartStyle.PAGE_WIDTH;
  public static final int HEIGHT = 600;

  /** A sliver beyond 0 and 100 % so dots on the edge are whole; ticks stop at 100 %. */
  static final double MARGIN = 0.025;

  private QuadrantChart() {}

  public static JFreeChart create(
      List<Point> points, double thresholdX, double thresholdY, Labels labels, ChartStyle style) {
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
    for (NumberAxis a : List.of(x, y)) {
      a.setRange(-MARGIN, 1 + MARGIN);
      a.setTickUnit(new NumberTickUnit(0.2));
      a.setNumberFormatOverride(NumberFormat.getPercentInstance(Locale.ROOT));
    }

    XYLineAndShapeRenderer renderer = new LabelledPoints();
    renderer.setDefaultItemLabelGenerator(
        (dataset, series, item) -> pointLabels.get(series).get(item));
    renderer.setDefaultItemLabelsVisible(true);
    renderer.setDefaultItemLabelFont(style.font(Font.PLAIN, 11f));
    XYPlot plot = new XYPlot(data, x, y, renderer);
    plot.addDomainMarker(threshold(thresholdX));
    plot.addRangeMarker(threshold(thresholdY));
    for (Point p : points) {
      if (p.moved()) {
        plot.addAnnotation(new MoveArrow(p.previousRsr(), p.previousBcr(), p.rsr(), p.bcr()));
      }
    }
    JFreeChart chart = new JFreeChart(labels.title(), JFreeChart.DEFAULT_TITLE_FONT, plot, false);
    style.apply(chart);
    // After the theme, which would reset them.
    corner(plot, labels, style, "COLLABORATIVE", 1 + MARGIN, 1 + MARGIN, TextAnchor.TOP_RIGHT);
    corner(plot, labels, style, "DATA_ISLAND", 1 + MARGIN, -MARGIN, TextAnchor.BOTTOM_RIGHT);
    corner(plot, labels, style, "STARVED", -MARGIN, 1 + MARGIN, TextAnchor.TOP_LEFT);
    corner(plot, labels, style, "SILOED", -MARGIN, -MARGIN, TextAnchor.BOTTOM_LEFT);
    renderer.setDefaultItemLabelFont(style.font(Font.BOLD, 12f));
    renderer.setDefaultItemLabelPaint(ChartStyle.INK);
    for (int i = 0; i < CLASSES.size(); i++) {
      renderer.setSeriesPaint(i, ChartStyle.QUADRANT_COLORS.get(CLASSES.get(i)));
      renderer.setSeriesShape(i, ChartStyle.seriesShape(i, 11));
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

  /**
   * Labels to the right of a point, or to its left in the right part of the plot, so none runs off
   * the edge.
   */
  static final class LabelledPoints extends XYLineAndShapeRenderer {
    private static final long serialVersionUID = 1L;
    private static final ItemLabelPosition RIGHT =
        new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT);
    private static final ItemLabelPosition LEFT =
        new ItemLabelPosition(ItemLabelAnchor.OUTSIDE9, TextAnchor.CENTER_RIGHT);

    LabelledPoints() {
      super(false, true);
    }

    @Override
    public ItemLabelPosition getPositiveItemLabelPosition(int series, int item) {
      XYDataset d = getPlot() == null ? null : getPlot().getDataset();
      return d != null && d.getXValue(series, item) > 0.7 ? LEFT : RIGHT;
    }

    @Override
    public ItemLabelPosition getNegativeItemLabelPosition(int series, int item) {
      return getPositiveItemLabelPosition(series, item);
    }
  }

  /** An arrow from a unit's previous position to its current one, drawn under the dots. */
  static final class MoveArrow extends AbstractXYAnnotation {
    private static final long serialVersionUID = 1L;
    private static final Color PAINT = new Color(0x57606a);
    private final double x0;
    private final double y0;
    private final double x1;
    private final double y1;

    MoveArrow(double x0, double y0, double x1, double y1) {
      this.x0 = x0;
      this.y0 = y0;
      this.x1 = x1;
      this.y1 = y1;
    }

    @Override
    public void draw(
        Graphics2D g2,
        XYPlot plot,
        Rectangle2D area,
        ValueAxis domain,
        ValueAxis range,
        int index,
        PlotRenderingInfo info) {
      var xEdge = plot.getDomainAxisEdge();
      var yEdge = plot.getRangeAxisEdge();
      double ax = domain.valueToJava2D(x0, area, xEdge);
      double ay = range.valueToJava2D(y0, area, yEdge);
      double bx = domain.valueToJava2D(x1, area, xEdge);
      double by = range.valueToJava2D(y1, area, yEdge);
      double len = Math.hypot(bx - ax, by - ay);
      if (len < 8) {
        return; // a move smaller than the dot itself shows nothing
      }
      // Stop short of the dot so the head stays visible.
      double ux = (bx - ax) / len;
      double uy = (by - ay) / len;
      double tx = bx - ux * 7;
      double ty = by - uy * 7;
      g2.setPaint(PAINT);
      g2.setStroke(ChartStyle.line(1.2f));
      g2.draw(new Line2D.Double(ax, ay, tx, ty));
      Path2D.Double head = new Path2D.Double();
      head.moveTo(tx, ty);
      head.lineTo(tx - ux * 7 - uy * 3.5, ty - uy * 7 + ux * 3.5);
      head.lineTo(tx - ux * 7 + uy * 3.5, ty - uy * 7 - ux * 3.5);
      head.closePath();
      g2.fill(head);
      g2.draw(new Ellipse2D.Double(ax - 2.5, ay - 2.5, 5, 5));
    }
  }

  private static ValueMarker threshold(double value) {
    ValueMarker m = new ValueMarker(value, new Color(0x57606a), ChartStyle.dashed(1.2f));
    return m;
  }

  private static void corner(
      XYPlot plot,
      Labels labels,
      ChartStyle style,
      String cls,
      double x,
      double y,
      TextAnchor anchor) {
    XYTextAnnotation a = new XYTextAnnotation(labels.classes().getOrDefault(cls, cls), x, y);
    a.setFont(style.font(Font.BOLD, 13f));
    a.setPaint(ChartStyle.QUADRANT_COLORS.get(cls));
    a.setTextAnchor(anchor);
    plot.addAnnotation(a);
  }
}
