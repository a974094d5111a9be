package org.govscore.render.charts;

import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.YIntervalRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * The composite ranking of one rank group with its uncertainty: one row per ranked unit (best at
 * the top), a dot at the published rank and a line over [rank_p05, rank_p95].
 */
public final class RankIntervalChart {
  /** A ranked unit. */
  public record Entry(String label, int rank, int low, int high) {}

  public record Labels(String title, String rankAxis, String series) {}

  public static final int WIDTH = 760;
  private static final int ROW = 28;

  private RankIntervalChart() {}

  /** Height that keeps one readable row per unit. */
  public static int height(int units) {
    return 150 + ROW * Math.max(units, 1);
  }

  public static JFreeChart create(List<Entry> entries, Labels labels, ChartStyle style) {
    YIntervalSeries series = new YIntervalSeries(labels.series());
    String[] names = new String[entries.size()];
    int maxRank = 1;
    for (int i = 0; i < entries.size(); i++) {
      Entry e = entries.get(i);
      names[i] = e.label();
      series.add(i, e.rank(), Math.min(e.low(), e.rank()), Math.max(e.high(), e.rank()));
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
    renderer.setSeriesPaint(0, new Color(0x0969da));
    renderer.setSeriesStroke(0, ChartStyle.line(2.5f));
    renderer.setSeriesShape(0, new Ellipse2D.Double(-4, -4, 8, 8));
    renderer.setDefaultToolTipGenerator(null);

    XYPlot plot = new XYPlot(data, units, rank, renderer);
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    plot.setDomainGridlinesVisible(false);
    JFreeChart chart = new JFreeChart(labels.title(), JFreeChart.DEFAULT_TITLE_FONT, plot, true);
    style.apply(chart);
    renderer.setSeriesPaint(0, new Color(0x0969da)); // after the theme, which would reset it
    return chart;
  }
}
