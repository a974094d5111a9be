package org.govscore.render.charts;

import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * How many units of each rank group fall in each grade, stacked per group, with the units lacking a
 * composite as their own grey segment (insufficient data is not a grade).
 */
public final class GradeDistributionChart {
  /** Grade codes in display order; NONE is insufficient data. */
  public static final List<String> GRADES = List.of("VERY_HIGH", "HIGH", "MEDIUM", "LOW", "NONE");

  /** A group's label and its count per grade code (missing = 0). */
  public record Group(String id, String label, Map<String, Long> counts) {}

  /** Labels: the chart title, the count axis and one legend label per grade code. */
  public record Labels(
      String title, String groupAxis, String countAxis, Map<String, String> grades) {}

  public static final int WIDTH = ChartStyle.PAGE_WIDTH;
  private static final int ROW = 26;

  private GradeDistributionChart() {}

  public static int height(int groups) {
    return 130 + ROW * Math.max(groups, 1);
  }

  public static JFreeChart create(List<Group> groups, Labels labels, ChartStyle style) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (String grade : GRADES) {
      ChartKey series = new ChartKey(grade, labels.grades().getOrDefault(grade, grade));
      for (Group g : groups) {
        data.addValue(g.counts().getOrDefault(grade, 0L), series, new ChartKey(g.id(), g.label()));
      }
    }
    CategoryAxis groupAxis = new CategoryAxis(labels.groupAxis());
    groupAxis.setMaximumCategoryLabelWidthRatio(0.45f);
    NumberAxis count = new NumberAxis(labels.countAxis());
    count.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    StackedBarRenderer renderer = new StackedBarRenderer();
    for (int i = 0; i < GRADES.size(); i++) {
      renderer.setSeriesPaint(i, ChartStyle.GRADE_COLORS.get(GRADES.get(i)));
    }
    renderer.setMaximumBarWidth(0.7);
    CategoryPlot plot = new CategoryPlot(data, groupAxis, count, renderer);
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    JFreeChart chart = new JFreeChart(labels.title(), JFreeChart.DEFAULT_TITLE_FONT, plot, true);
    style.apply(chart);
    for (int i = 0; i < GRADES.size(); i++) {
      renderer.setSeriesPaint(i, ChartStyle.GRADE_COLORS.get(GRADES.get(i)));
    }
    return chart;
  }
}
