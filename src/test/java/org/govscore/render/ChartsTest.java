package org.govscore.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.govscore.render.charts.ChartFile;
import org.govscore.render.charts.ChartStyle;
import org.govscore.render.charts.GradeDistributionChart;
import org.govscore.render.charts.QuadrantChart;
import org.govscore.render.charts.RadarChart;
import org.govscore.render.charts.RankIntervalChart;
import org.govscore.render.charts.TrendChart;
import org.govscore.render.fonts.CjkFonts;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.SpiderWebPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One test per chart type: the JFreeChart objects carry the right axes and series, and the PNG is
 * real.
 */
class ChartsTest {
  static ChartStyle style;
  @TempDir Path dir;

  @BeforeAll
  static void fonts() {
    System.setProperty("java.awt.headless", "true");
    style = new ChartStyle(CjkFonts.locate());
  }

  /** Writes the chart and checks the file is a PNG of the asked size with more than one colour. */
  private void assertPng(JFreeChart chart, int width, int height) throws Exception {
    Path png = dir.resolve("chart.png");
    ChartFile.write(chart, png, width, height);
    assertTrue(Files.size(png) > 1000, "PNG too small: " + Files.size(png));
    BufferedImage img = ImageIO.read(png.toFile());
    assertEquals(width, img.getWidth());
    assertEquals(height, img.getHeight());
    int first = img.getRGB(0, 0);
    boolean varied = false;
    for (int x = 0; x < width && !varied; x += 7) {
      for (int y = 0; y < height && !varied; y += 7) {
        varied = img.getRGB(x, y) != first;
      }
    }
    assertTrue(varied, "the PNG is blank");
  }

  @Test
  void rankIntervalsDrawOneRowPerUnitWithItsInterval() throws Exception {
    List<RankIntervalChart.Entry> entries =
        List.of(
            new RankIntervalChart.Entry("1. 广安市市场监督管理局", 1, 1, 2),
            new RankIntervalChart.Entry("2. 广安市公安局", 2, 1, 3),
            new RankIntervalChart.Entry("3. 广安市民政局", 3, 3, 3));
    JFreeChart chart =
        RankIntervalChart.create(
            entries,
            new RankIntervalChart.Labels("排名区间", "名次（1 = 最好）", "排名区间 [p05, p95]", "名次"),
            style);
    XYPlot plot = assertInstanceOf(XYPlot.class, chart.getPlot());
    assertEquals(PlotOrientation.HORIZONTAL, plot.getOrientation());
    SymbolAxis units = assertInstanceOf(SymbolAxis.class, plot.getDomainAxis());
    assertArrayEquals(new String[] {"1. 广安市市场监督管理局", "2. 广安市公安局", "3. 广安市民政局"}, units.getSymbols());
    assertTrue(units.isInverted(), "rank 1 on top");
    assertEquals("名次（1 = 最好）", plot.getRangeAxis().getLabel());
    assertEquals(0.5, plot.getRangeAxis().getLowerBound());
    assertEquals(3.5, plot.getRangeAxis().getUpperBound());
    YIntervalSeriesCollection data =
        assertInstanceOf(YIntervalSeriesCollection.class, plot.getDataset());
    assertEquals(1, data.getSeriesCount());
    assertEquals(3, data.getItemCount(0));
    assertEquals(2.0, data.getYValue(0, 1));
    assertEquals(1.0, data.getStartYValue(0, 1));
    assertEquals(3.0, data.getEndYValue(0, 1));
    // The rank itself is marked by its own series, so a one-rank interval still shows where the
    // unit is.
    var ranks = plot.getDataset(1);
    assertEquals("名次", ranks.getSeriesKey(0).toString());
    assertEquals(
        List.of(1.0, 2.0, 3.0),
        List.of(ranks.getYValue(0, 0), ranks.getYValue(0, 1), ranks.getYValue(0, 2)));
    assertTrue(plot.getRenderer(1).getSeriesShape(0) != null);
    assertPng(chart, RankIntervalChart.WIDTH, RankIntervalChart.height(3));
  }

  @Test
  void gradeDistributionStacksGradesPerGroup() throws Exception {
    Map<String, String> names =
        Map.of("VERY_HIGH", "非常高", "HIGH", "高", "MEDIUM", "中", "LOW", "低", "NONE", "数据不足");
    JFreeChart chart =
        GradeDistributionChart.create(
            List.of(
                new GradeDistributionChart.Group(
                    "DEPARTMENT:511600", "广安市所属部门", Map.of("HIGH", 1L, "MEDIUM", 1L)),
                new GradeDistributionChart.Group(
                    "DEPARTMENT:511602", "广安区所属部门", Map.of("LOW", 1L, "NONE", 1L))),
            new GradeDistributionChart.Labels("等级分布", "排名分组", "单位数", names),
            style);
    CategoryPlot plot = assertInstanceOf(CategoryPlot.class, chart.getPlot());
    assertEquals(PlotOrientation.HORIZONTAL, plot.getOrientation());
    assertEquals("单位数", plot.getRangeAxis().getLabel());
    CategoryDataset data = plot.getDataset();
    assertEquals(5, data.getRowCount());
    assertEquals(
        List.of("非常高", "高", "中", "低", "数据不足"),
        ((List<?>) data.getRowKeys()).stream().map(Object::toString).toList());
    assertEquals(
        List.of("广安市所属部门", "广安区所属部门"),
        ((List<?>) data.getColumnKeys()).stream().map(Object::toString).toList());
    assertEquals(1L, data.getValue(1, 0).longValue());
    assertEquals(0L, data.getValue(3, 0).longValue());
    assertEquals(1L, data.getValue(4, 1).longValue());
    assertPng(chart, GradeDistributionChart.WIDTH, GradeDistributionChart.height(2));
  }

  @Test
  void quadrantPlacesUnitsWithThresholdsAndNamedClasses() throws Exception {
    Map<String, String> classes =
        Map.of("COLLABORATIVE", "协同联动", "DATA_ISLAND", "数据孤岛", "STARVED", "无米之炊", "SILOED", "各自为政");
    JFreeChart chart =
        QuadrantChart.create(
            List.of(
                new QuadrantChart.Point("广安市公安局", 1.0, 0.5, "DATA_ISLAND"),
                new QuadrantChart.Point("广安市市场监督管理局", 0.5, 1.0, "STARVED"),
                new QuadrantChart.Point("某局", 0.5, 1.0, "STARVED"),
                new QuadrantChart.Point("甲局", 0.8, 0.9, "COLLABORATIVE", 0.2, 0.9)),
            0.6,
            0.7,
            new QuadrantChart.Labels("数据共享与业务协同", "RSR 资源共享率", "BCR 业务协同率", classes),
            style);
    XYPlot plot = assertInstanceOf(XYPlot.class, chart.getPlot());
    assertEquals("RSR 资源共享率", plot.getDomainAxis().getLabel());
    assertEquals("BCR 业务协同率", plot.getRangeAxis().getLabel());
    assertEquals(4, plot.getDataset().getSeriesCount());
    assertEquals("协同联动", plot.getDataset().getSeriesKey(0).toString());
    assertEquals(1, plot.getDataset().getItemCount(0));
    assertEquals(1, plot.getDataset().getItemCount(1));
    assertEquals(2, plot.getDataset().getItemCount(2));
    assertEquals(0, plot.getDataset().getItemCount(3));
    assertEquals(
        0.6,
        ((ValueMarker) plot.getDomainMarkers(org.jfree.chart.ui.Layer.FOREGROUND).iterator().next())
            .getValue());
    assertEquals(
        0.7,
        ((ValueMarker) plot.getRangeMarkers(org.jfree.chart.ui.Layer.FOREGROUND).iterator().next())
            .getValue());
    List<String> corners =
        plot.getAnnotations().stream()
            .filter(a -> a instanceof XYTextAnnotation)
            .map(a -> ((XYTextAnnotation) a).getText())
            .sorted()
            .toList();
    assertEquals(List.of("协同联动", "各自为政", "数据孤岛", "无米之炊").stream().sorted().toList(), corners);
    var labels = plot.getRenderer().getDefaultItemLabelGenerator();
    assertEquals("广安市公安局", labels.generateLabel(plot.getDataset(), 1, 0));
    // Two units on one spot share one readable label.
    assertEquals("广安市市场监督管理局 / 某局", labels.generateLabel(plot.getDataset(), 2, 0));
    assertEquals("", labels.generateLabel(plot.getDataset(), 2, 1));
    for (XYAnnotation a : plot.getAnnotations()) {
      if (a instanceof XYTextAnnotation t) {
        assertTrue(CjkFonts.displays(t.getFont(), t.getText()));
      }
    }
    // One arrow: only 甲局 has a previous position, and it moved from RSR 20% to 80%.
    assertEquals(
        1, plot.getAnnotations().stream().filter(a -> !(a instanceof XYTextAnnotation)).count());
    // Rates run from 0 to 100 % (a sliver beyond so edge dots are whole), never to 105 %.
    assertEquals(-0.025, plot.getDomainAxis().getLowerBound(), 1e-9);
    assertEquals(1.025, plot.getDomainAxis().getUpperBound(), 1e-9);
    assertEquals(1.025, plot.getRangeAxis().getUpperBound(), 1e-9);
    assertNull(chart.getLegend(), "the corners name the classes; a legend would repeat them");
    assertPng(chart, QuadrantChart.WIDTH, QuadrantChart.HEIGHT);
  }

  @Test
  void radarShowsFourIndicatorsAndLeavesNaUndrawn() throws Exception {
    List<RadarChart.Axis> axes =
        List.of(
            new RadarChart.Axis("SIR", "SIR 50.0%"),
            new RadarChart.Axis("RSR", "RSR 无数据"),
            new RadarChart.Axis("BCR", "BCR 100.0%"),
            new RadarChart.Axis("SCR", "SCR 87.5%"));
    java.util.HashMap<String, Double> own =
        new java.util.HashMap<>(Map.of("SIR", 0.5, "BCR", 1.0, "SCR", 0.875));
    own.put("RSR", null);
    JFreeChart chart =
        RadarChart.create(
            "核心指标",
            axes,
            List.of(
                new RadarChart.Series("unit", "广安市公安局", own),
                new RadarChart.Series(
                    "median", "分组中位数", Map.of("SIR", 0.75, "RSR", 0.5, "BCR", 0.75, "SCR", 0.8))),
            style);
    SpiderWebPlot plot = assertInstanceOf(SpiderWebPlot.class, chart.getPlot());
    assertEquals(1.0, plot.getMaxValue());
    CategoryDataset data = plot.getDataset();
    assertEquals(2, data.getRowCount());
    assertEquals(
        List.of("SIR 50.0%", "RSR 无数据", "BCR 100.0%", "SCR 87.5%"),
        ((List<?>) data.getColumnKeys()).stream().map(Object::toString).toList());
    assertNull(data.getValue(0, 1), "an N/A indicator has no point, never 0");
    assertEquals(0.875, data.getValue(0, 3).doubleValue());
    // The unit solid, the median dashed: told apart without colour.
    assertNull(((java.awt.BasicStroke) plot.getSeriesOutlineStroke(0)).getDashArray());
    assertTrue(((java.awt.BasicStroke) plot.getSeriesOutlineStroke(1)).getDashArray() != null);
    assertPng(chart, RadarChart.WIDTH, RadarChart.HEIGHT);
    // Rings at 25, 50, 75 and 100 %, with their scale, are drawn: the pixel at the 50 % ring on the
    // first axis is grid-coloured on a chart without data.
    JFreeChart empty =
        RadarChart.create(
            "核心指标", axes, List.of(new RadarChart.Series("unit", "甲", Map.of())), style);
    Path png = dir.resolve("rings.png");
    ChartFile.write(empty, png, RadarChart.WIDTH, RadarChart.HEIGHT);
    BufferedImage img = ImageIO.read(png.toFile());
    long gridPixels = 0;
    for (int y = 0; y < img.getHeight(); y++) {
      for (int x = 0; x < img.getWidth(); x++) {
        int rgb = img.getRGB(x, y);
        // Near the grid colour (anti-aliased edges blend it with white).
        gridPixels +=
            Math.abs(((rgb >> 16) & 0xff) - 0xd0) < 16
                    && Math.abs(((rgb >> 8) & 0xff) - 0xd7) < 16
                    && Math.abs((rgb & 0xff) - 0xde) < 16
                ? 1
                : 0;
      }
    }
    assertTrue(gridPixels > 400, "rings drawn: " + gridPixels + " grid pixels");
  }

  @Test
  void trendHasALinePerSeriesWithGapsForMissingPeriods() throws Exception {
    java.util.LinkedHashMap<String, Double> a = new java.util.LinkedHashMap<>();
    a.put("2026-Q1", null);
    a.put("2026-Q2", 66.67);
    a.put("2026-Q3", 71.88);
    JFreeChart chart =
        TrendChart.create(
            List.of("2026-Q1", "2026-Q2", "2026-Q3"),
            List.of(
                new TrendChart.Line("D1", "广安市公安局", a),
                new TrendChart.Line("D2", "广安市市场监督管理局", Map.of("2026-Q2", 25.0, "2026-Q3", 81.25))),
            new TrendChart.Labels("综合指数趋势", "评估期", "综合指数"),
            style);
    CategoryPlot plot = assertInstanceOf(CategoryPlot.class, chart.getPlot());
    assertEquals("评估期", plot.getDomainAxis().getLabel());
    assertEquals(0.0, plot.getRangeAxis().getLowerBound());
    assertEquals(100.0, plot.getRangeAxis().getUpperBound());
    CategoryDataset data = plot.getDataset();
    assertEquals(2, data.getRowCount());
    assertEquals(List.of("2026-Q1", "2026-Q2", "2026-Q3"), data.getColumnKeys());
    assertNull(data.getValue(0, 0));
    assertEquals(71.88, data.getValue(0, 2).doubleValue());
    assertNull(data.getValue(1, 0));
    // Series differ by dash and marker as well as colour: equal values cannot hide a line.
    var r = plot.getRenderer();
    assertNull(((java.awt.BasicStroke) r.getSeriesStroke(0)).getDashArray());
    assertTrue(((java.awt.BasicStroke) r.getSeriesStroke(1)).getDashArray() != null);
    assertTrue(
        !r.getSeriesShape(0).getBounds2D().equals(r.getSeriesShape(1).getBounds2D())
            || !r.getSeriesShape(0).getClass().equals(r.getSeriesShape(1).getClass()));
    assertPng(chart, TrendChart.WIDTH, TrendChart.HEIGHT);
  }

  @Test
  void chineseLabelsHaveEveryGlyphInTheChosenFont() throws Exception {
    JFreeChart chart =
        TrendChart.create(
            List.of("2026-Q3"),
            List.of(new TrendChart.Line("D1", "广安区人力资源和社会保障局", Map.of("2026-Q3", 34.92))),
            new TrendChart.Labels("综合指数与核心指标趋势", "评估期", "综合指数 / 指标（%）"),
            style);
    CategoryPlot plot = (CategoryPlot) chart.getPlot();
    assertDisplays(chart.getTitle().getFont(), chart.getTitle().getText());
    assertDisplays(plot.getDomainAxis().getLabelFont(), plot.getDomainAxis().getLabel());
    assertDisplays(plot.getRangeAxis().getLabelFont(), plot.getRangeAxis().getLabel());
    assertDisplays(plot.getDomainAxis().getTickLabelFont(), "2026-Q3");
    assertDisplays(chart.getLegend().getItemFont(), "广安区人力资源和社会保障局");
    assertDisplays(
        ((XYPlot)
                RankIntervalChart.create(
                        List.of(new RankIntervalChart.Entry("1. 广安市公安局", 1, 1, 1)),
                        new RankIntervalChart.Labels("排名区间", "名次", "名次及区间", "名次"),
                        style)
                    .getPlot())
            .getDomainAxis()
            .getTickLabelFont(),
        "1. 广安市公安局");
    assertPng(chart, TrendChart.WIDTH, TrendChart.HEIGHT);
  }

  @Test
  void noChartTextIsSmallerThanEightPointsInPrint() {
    // Charts are drawn for 680 px = 510 pt, so a font of MIN_FONT px prints at 0.75 * MIN_FONT pt.
    assertEquals(510.0, ChartStyle.PAGE_WIDTH * 0.75, 1e-9);
    assertTrue(ChartStyle.MIN_FONT * 0.75 >= 8.0);
    JFreeChart trend =
        TrendChart.create(
            List.of("2026-Q3"),
            List.of(new TrendChart.Line("D1", "甲", Map.of("2026-Q3", 34.92))),
            new TrendChart.Labels("t", "p", "v"),
            style);
    JFreeChart intervals =
        RankIntervalChart.create(
            List.of(new RankIntervalChart.Entry("1. 甲", 1, 1, 2)),
            new RankIntervalChart.Labels("t", "r", "i", "k"),
            style);
    JFreeChart quadrant =
        QuadrantChart.create(
            List.of(new QuadrantChart.Point("1", 0.5, 0.5, "SILOED")),
            0.6,
            0.7,
            new QuadrantChart.Labels("t", "x", "y", Map.of()),
            style);
    for (JFreeChart c : List.of(trend, intervals, quadrant)) {
      assertTrue(c.getTitle().getFont().getSize2D() >= ChartStyle.MIN_FONT);
      if (c.getLegend() != null) {
        assertTrue(c.getLegend().getItemFont().getSize2D() >= ChartStyle.MIN_FONT);
      }
      java.util.List<org.jfree.chart.axis.Axis> axes =
          c.getPlot() instanceof XYPlot p
              ? List.of(p.getDomainAxis(), p.getRangeAxis())
              : List.of(
                  ((CategoryPlot) c.getPlot()).getDomainAxis(),
                  ((CategoryPlot) c.getPlot()).getRangeAxis());
      for (var a : axes) {
        assertTrue(
            a.getTickLabelFont().getSize2D() >= ChartStyle.MIN_FONT,
            a.getTickLabelFont().toString());
        assertTrue(a.getLabelFont().getSize2D() >= ChartStyle.MIN_FONT);
      }
    }
    XYPlot q = (XYPlot) quadrant.getPlot();
    assertTrue(q.getRenderer().getDefaultItemLabelFont().getSize2D() >= ChartStyle.MIN_FONT);
    for (XYAnnotation a : q.getAnnotations()) {
      assertTrue(((XYTextAnnotation) a).getFont().getSize2D() >= ChartStyle.MIN_FONT);
    }
  }

  private static void assertDisplays(java.awt.Font font, String text) {
    assertEquals(
        -1,
        font.canDisplayUpTo(text),
        "font " + font.getFontName() + " misses a glyph of '" + text + "'");
  }
}
