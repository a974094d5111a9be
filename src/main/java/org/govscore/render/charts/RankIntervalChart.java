package org.govscore.render.charts;

import java.awt.Color;
import java.awt.Rectangle;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.renderer.xy.YIntervalRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * The composite ranking of one rank group with its uncertainty: one row per ranked unit (best at
 * the top), a bar over [rank_p05, rank_p95] and a dark diamond at the published rank itself, so the
 * rank is visible even where the interval is one rank wide.
 */
public final class RankIntervalChart {
  /** A ranked unit. */
  public record Entry(String label, int rank, int low, int high) {}

  /** Title, rank axis, and the legend labels of the interval and of the rank marker. */
  public record Labels(String title, String rankAxis, String series, String rankSeries) {}

  public static final int WIDTH = ChartStyle.PAGE_WIDTH;
  static final int ROW = 26;
  static final int CHROME = 150;
  static final Color INTERVAL = new Color(0x0969da);

  private RankIntervalChart() {}

  /** Height that keeps one readable row per unit. */
  public static int height(int units) {
    return CHROME + ROW * Math.max(units, 1);
  }

  public static JFreeChart create(List<Entry> entries, Labels labels, ChartStyle style) {
    YIntervalSeries series = new YIntervalSeries(labels.series());
    XYSeries ranks = new XYSeries(labels.rankSeries(), false, true);
    String[] names = new String[entries.size()];
    int maxRank = 1;
    for (int i = 0; i < entries.size(); i++) {
      Entry e = entries.get(i);
      names[i] = e.label();
      series.add(i, e.rank(), Math.min(e.low(), e.rank()), Math.max(e.high(), e.rank()));
      ranks.add(i, e.rank());
      maxRank = Math.max(maxRank, Math.max(e.high(), e.rank()));
    }
    YIntervalSeriesCollection data = new YIntervalSeriesCollection();
    data.addSeries(series);

    SymbolAxis units = new SymbolAxis(null, names);
    units.setInverted(true); // the best rank on top
    units.setGridBandsVisible(false);
    NumberAxis rank = new NumberAxis(labels.rankAxis());
    rank.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    rank.setRange(0.5, maxRank + 0.5);

    YIntervalRenderer renderer = new YIntervalRenderer();
    renderer.setSeriesStroke(0, ChartStyle.line(4f));
    renderer.setSeriesShape(
        0, new Rectangle(0, 0, 0, 0)); // the interval's own end marks are not the rank
    renderer.setDefaultToolTipGenerator(null);
    XYLineAndShapeRenderer marker = new XYLineAndShapeRenderer(false, true);
    marker.setSeriesShape(0, ChartStyle.seriesShape(3, 12));

    XYPlot plot = new XYPlot(data, units, rank, renderer);
    plot.setDataset(1, new XYSeriesCollection(ranks));
    plot.setRenderer(1, marker);
    plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    plot.setDomainGridlinesVisible(false);
    JFreeChart chart = new JFreeChart(labels.title(), JFreeChart.DEFAULT_TITLE_FONT, plot, true);
    style.apply(chart);
    // After the theme, which would reset them: a light bar for the interval, the rank in ink on
    // top.
    renderer.setSeriesPaint(0, new Color(0x9cc3f5));
    marker.setSeriesPaint(0, ChartStyle.INK);
    return chart;
  }
}
