package org.govscore.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.govscore.site.model.SvgChart;
import org.govscore.site.model.SvgChart.Point;
import org.govscore.site.model.SvgChart.Series;
import org.govscore.site.model.SvgChart.Tick;

/**
 * Builds the unit pages' line charts as geometry for the SVG template: the periods along x, a value
 * range along y (the composite's own scale, or ranks 1 to N with 1 at the top). The chart is 400
 * units wide and shown at most 32rem wide, so its 13-unit text is 11 px or more from a 390 px phone
 * up.
 */
final class SvgCharts {
  static final int WIDTH = 400;
  static final int HEIGHT = 230;
  private static final double LEFT = 48;
  // Room for half of the last period's label ("2026-Q3") right of the last point.
  private static final double RIGHT = 32;
  private static final double TOP = 12;
  private static final double BOTTOM = 40;

  /** A line to draw: values per period label (null or absent = no value). */
  record Line(
      String label, String cssClass, Map<String, Double> values, Function<Double, String> format) {}

  private SvgCharts() {}

  /**
   * @param low the value at the bottom of the axis (for ranks: the largest rank)
   * @param high the value at the top (for ranks: 1)
   */
  static SvgChart chart(
      String id,
      String title,
      String description,
      List<String> periods,
      List<Line> lines,
      double low,
      double high,
      List<Double> ticks,
      Function<Double, String> tickFormat) {
    double plotW = WIDTH - LEFT - RIGHT;
    double plotH = HEIGHT - TOP - BOTTOM;
    Function<Integer, Double> x =
        i -> LEFT + (periods.size() == 1 ? plotW / 2 : plotW * i / (periods.size() - 1));
    Function<Double, Double> y = v -> TOP + plotH * (high - v) / (high - low == 0 ? 1 : high - low);
    List<Tick> yTicks = new ArrayList<>();
    for (Double t : ticks) {
      yTicks.add(new Tick(tickFormat.apply(t), n(LEFT), n(y.apply(t))));
    }
    List<Tick> xTicks = new ArrayList<>();
    // At most six period labels fit a phone's width; the table lists every period.
    int step = Math.max(1, (int) Math.ceil(periods.size() / 6.0));
    for (int i = 0; i < periods.size(); i++) {
      if (i % step == 0 || i == periods.size() - 1) {
        xTicks.add(new Tick(periods.get(i), n(x.apply(i)), n(HEIGHT - BOTTOM + 18)));
      }
    }
    List<Series> series = new ArrayList<>();
    for (Line line : lines) {
      List<String> segments = new ArrayList<>();
      List<Point> points = new ArrayList<>();
      StringBuilder run = new StringBuilder();
      for (int i = 0; i < periods.size(); i++) {
        Double v = line.values().get(periods.get(i));
        if (v == null || v.isNaN()) {
          if (run.length() > 0) {
            segments.add(run.toString().trim());
            run.setLength(0);
          }
          continue;
        }
        String px = n(x.apply(i));
        String py = n(y.apply(v));
        run.append(px).append(',').append(py).append(' ');
        points.add(new Point(px, py, periods.get(i) + ": " + line.format().apply(v)));
      }
      if (run.length() > 0) {
        segments.add(run.toString().trim());
      }
      series.add(new Series(line.label(), line.cssClass(), segments, points));
    }
    return new SvgChart(id, title, description, WIDTH, HEIGHT, yTicks, xTicks, series);
  }

  /** Five ticks from 0 to the scale: 0, 25, 50, 75, 100 on the default scale. */
  static List<Double> scaleTicks(double scale) {
    List<Double> out = new ArrayList<>();
    for (int i = 0; i <= 4; i++) {
      out.add(scale * i / 4);
    }
    return out;
  }

  /** Rank ticks: 1, N and up to three between, whole numbers without repeats. */
  static List<Double> rankTicks(int n) {
    List<Double> out = new ArrayList<>();
    for (int i = 0; i <= 4; i++) {
      double t = Math.round(1 + (n - 1) * i / 4.0);
      if (!out.contains(t)) {
        out.add(t);
      }
    }
    return out;
  }

  private static String n(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }
}
