package org.govscore.render.charts;

import java.awt.Color;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Values over the periods of the store on a 0 to 100 scale (composites, or indicators in %). A
 * period without a value leaves a gap in its line rather than dropping to 0.
 */
public final class TrendChart {
  /** A line: its label and a value per period label (missing or null = no value that period). */
  public record Line(String id, String label, Map<String, Double> values) {}

  public record Labels(String title, String periodAxis, String valueAxis) {}

  public static final int WIDTH = ChartStyle.PAGE_WIDTH;
  public static final int HEIGHT = 380;

  private TrendChart() {}

  public static JFreeChart create(
      List<String> periods, List<Line> lines, Labels labels, ChartStyle style) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (Line line : lines) {
      ChartKey key = new ChartKey(line.id(), line.label());
      for (String p : periods) {
        data.addValue(line.values().get(p), key, p);
      }
    }
    CategoryAxis period = new CategoryAxis(labels.periodAxis());
    if (periods.size() > 8) {
      period.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
    }
    NumberAxis value = new NumberAxis(labels.valueAxis());
    value.setRange(0, 100);
    LineAndShapeRenderer renderer = new LineAndShapeRenderer(true, true);
    CategoryPlot plot = new CategoryPlot(data, period, value, renderer);
    plot.setOrientation(PlotOrientation.VERTICAL);
    JFreeChart chart = new JFreeChart(labels.title(), JFreeChart.DEFAULT_TITLE_FONT, plot, true);
    style.apply(chart);
    for (int i = 0; i < lines.size(); i++) {
      Color c = ChartStyle.SERIES[i % ChartStyle.SERIES.length];
      renderer.setSeriesPaint(i, c);
      // Colour, dash and marker all differ, so equal values do not hide a line and print in grey
      // still reads.
      renderer.setSeriesStroke(i, ChartStyle.seriesStroke(i, 2f));
      renderer.setSeriesShape(i, ChartStyle.seriesShape(i, 9));
    }
    return chart;
  }
}
