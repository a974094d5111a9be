package org.govscore.render.charts;

import java.awt.Color;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.SpiderWebPlot;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The four headline indicators of a unit on one web (0 to 100 %), optionally against a reference
 * such as its group's median. An N/A indicator has no point (its axis label says so), never 0.
 */
public final class RadarChart {
  /** One polygon: a label and a value in [0, 1] per axis id; a missing or null value is N/A. */
  public record Series(String id, String label, Map<String, Double> values) {}

  /** The axes: id and label (the label should carry "N/A" when the unit's value is missing). */
  public record Axis(String id, String label) {}

  public static final int WIDTH = 460;
  public static final int HEIGHT = 400;

  private RadarChart() {}

  public static JFreeChart create(String title, List<Axis> axes, List<Series> series, ChartStyle style) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (Series s : series) {
      ChartKey key = new ChartKey(s.id(), s.label());
      for (Axis a : axes) {
        data.addValue(s.values().get(a.id()), key, new ChartKey(a.id(), a.label()));
      }
    }
    SpiderWebPlot plot = new SpiderWebPlot(data);
    plot.setMaxValue(1.0);
    plot.setWebFilled(true);
    plot.setInteriorGap(0.22);
    plot.setAxisLinePaint(ChartStyle.GRID);
    for (int i = 0; i < series.size(); i++) {
      Color c = ChartStyle.SERIES[i % ChartStyle.SERIES.length];
      plot.setSeriesPaint(i, c);
      plot.setSeriesOutlinePaint(i, c);
      plot.setSeriesOutlineStroke(i, ChartStyle.line(i == 0 ? 2.5f : 1.5f));
    }
    JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, series.size() > 1);
    style.apply(chart);
    for (int i = 0; i < series.size(); i++) {
      Color c = ChartStyle.SERIES[i % ChartStyle.SERIES.length];
      plot.setSeriesPaint(i, c);
      plot.setSeriesOutlinePaint(i, c);
    }
    return chart;
  }
}
