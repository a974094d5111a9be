package org.govscore.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.govscore.config.Parameters;
import org.govscore.contract.UnitKey;
import org.govscore.render.charts.ChartFile;
import org.govscore.render.charts.ChartStyle;
import org.govscore.render.charts.GradeDistributionChart;
import org.govscore.render.charts.QuadrantChart;
import org.govscore.render.charts.RadarChart;
import org.govscore.render.charts.RankIntervalChart;
import org.govscore.render.charts.TrendChart;
import org.govscore.render.results.PeriodSnapshot;
import org.govscore.render.text.Formats;
import org.govscore.render.text.Messages;
import org.govscore.render.text.Vocabulary;
import org.govscore.report.model.ChartRef;
import org.govscore.store.ScoreRecord;
import org.jfree.chart.JFreeChart;

/**
 * Turns the report's data into chart files beside the pages. Charts stay readable at hundreds of
 * units: rankings show at most {@value #MAX_INTERVAL_ROWS} rows and trends at most {@value
 * #MAX_TREND_LINES} lines (the best and the worst), with a note saying so; the tables always list
 * every unit.
 */
final class ReportCharts {
  /** 30 rows of 26 px keep the chart within one printed page at its natural size. */
  static final int MAX_INTERVAL_ROWS = 30;

  static final int MAX_TREND_LINES = 8;
  private static final int MAX_LABEL = 14;

  private final Path outDir;
  private final ChartStyle style;
  private final Vocabulary words;
  private final Messages msg;
  private final ReportData data;
  private final UnitDirectory dir;
  private final List<Path> written = new ArrayList<>();

  ReportCharts(
      Path outDir, ChartStyle style, Vocabulary words, ReportData data, UnitDirectory dir) {
    this.outDir = outDir;
    this.style = style;
    this.words = words;
    this.msg = words.messages();
    this.data = data;
    this.dir = dir;
  }

  List<Path> written() {
    return written;
  }

  private ChartRef save(
      JFreeChart chart, String src, int width, int height, String alt, String note)
      throws IOException {
    ChartFile f = ChartFile.write(chart, outDir.resolve(src), width, height);
    written.add(f.file());
    return new ChartRef(src, alt, width, height, note);
  }

  ChartRef gradeDistribution(List<GradeDistributionChart.Group> groups) throws IOException {
    Map<String, String> grades = new LinkedHashMap<>();
    for (String g : GradeDistributionChart.GRADES) {
      grades.put(g, g.equals("NONE") ? msg.get("value.insufficient") : words.grade(g));
    }
    JFreeChart chart =
        GradeDistributionChart.create(
            groups,
            new GradeDistributionChart.Labels(
                msg.get("chart.grades.title"),
                msg.get("chart.grades.groupAxis"),
                msg.get("chart.grades.countAxis"),
                grades),
            style);
    int h = GradeDistributionChart.height(groups.size());
    return save(
        chart,
        dir.chart("index", "grades"),
        GradeDistributionChart.WIDTH,
        h,
        msg.format("chart.grades.alt", groups.size()),
        "");
  }

  /** The ranking with rank intervals; null when no unit of the group is ranked. */
  ChartRef rankIntervals(String pageName, String groupTitle, List<ScoreRecord> units)
      throws IOException {
    List<ScoreRecord> ranked = units.stream().filter(u -> u.rank() != null).toList();
    if (ranked.isEmpty()) {
      return null;
    }
    List<ScoreRecord> shown = ranked;
    String note = "";
    if (ranked.size() > MAX_INTERVAL_ROWS) {
      int half = MAX_INTERVAL_ROWS / 2;
      shown = new ArrayList<>(ranked.subList(0, half));
      shown.addAll(ranked.subList(ranked.size() - half, ranked.size()));
      note = msg.format("chart.intervals.truncated", half, half, ranked.size());
    }
    List<RankIntervalChart.Entry> entries =
        shown.stream()
            .map(
                u ->
                    new RankIntervalChart.Entry(
                        u.rank() + ". " + shortLabel(u.displayName()),
                        u.rank(),
                        u.rankP05() == null ? u.rank() : u.rankP05(),
                        u.rankP95() == null ? u.rank() : u.rankP95()))
            .toList();
    JFreeChart chart =
        RankIntervalChart.create(
            entries,
            new RankIntervalChart.Labels(
                msg.format("chart.intervals.title", groupTitle),
                    msg.get("chart.intervals.rankAxis"),
                msg.get("chart.intervals.series"), msg.get("chart.intervals.rank")),
            style);
    return save(
        chart,
        dir.chart(pageName, "intervals"),
        RankIntervalChart.WIDTH,
        RankIntervalChart.height(entries.size()),
        msg.format("chart.intervals.alt", groupTitle, ranked.size()),
        note);
  }

  /**
   * The quadrant chart of numbered points (the page's key table names them); null when none can be
   * placed.
   */
  ChartRef quadrant(String pageName, String groupTitle, List<QuadrantChart.Point> points)
      throws IOException {
    if (points.isEmpty()) {
      return null;
    }
    Map<String, String> classes = new LinkedHashMap<>();
    QuadrantChart.CLASSES.forEach(c -> classes.put(c, words.quadrant(c)));
    double tx = data.current().manifest().numericParameter(Parameters.QUADRANT_X);
    double ty = data.current().manifest().numericParameter(Parameters.QUADRANT_Y);
    JFreeChart chart =
        QuadrantChart.create(
            points,
            tx,
            ty,
            new QuadrantChart.Labels(
                msg.format("chart.quadrant.title", groupTitle),
                msg.get("chart.quadrant.xAxis"),
                msg.get("chart.quadrant.yAxis"),
                classes),
            style);
    return save(
        chart,
        dir.chart(pageName, "quadrant"),
        QuadrantChart.WIDTH,
        QuadrantChart.HEIGHT,
        msg.format("chart.quadrant.alt", groupTitle, points.size()),
        data.previous().isPresent()
            ? msg.format("chart.quadrant.arrows", data.previous().get().period().label())
            : "");
  }

  /** Composites of the group over the periods; the best and worst when the group is large. */
  ChartRef groupTrend(String pageName, String groupTitle, List<ScoreRecord> units)
      throws IOException {
    List<ScoreRecord> ranked = units.stream().filter(u -> u.composite() != null).toList();
    List<ScoreRecord> shown = ranked;
    String note = "";
    if (ranked.size() > MAX_TREND_LINES) {
      int half = MAX_TREND_LINES / 2;
      shown = new ArrayList<>(ranked.subList(0, half));
      shown.addAll(ranked.subList(ranked.size() - half, ranked.size()));
      note = msg.format("chart.trend.truncated", half, half, ranked.size());
    }
    List<TrendChart.Line> lines = new ArrayList<>();
    for (ScoreRecord u : shown) {
      Map<String, Double> values = new LinkedHashMap<>();
      double scale = data.current().manifest().methodology().composite().scale();
      for (PeriodSnapshot p : data.history()) {
        Double c = p.composite(u.key());
        values.put(p.period().label(), c == null ? null : c * 100 / scale);
      }
      lines.add(
          new TrendChart.Line(
              u.unitType() + ":" + u.unitCode(), shortLabel(u.displayName()), values));
    }
    JFreeChart chart =
        TrendChart.create(
            periodLabels(),
            lines,
            new TrendChart.Labels(
                msg.format("chart.trend.groupTitle", groupTitle),
                msg.get("chart.trend.periodAxis"),
                msg.get("chart.trend.compositeAxis")),
            style);
    return save(
        chart,
        dir.chart(pageName, "trend"),
        TrendChart.WIDTH,
        TrendChart.HEIGHT,
        msg.format("chart.trend.groupAlt", groupTitle, data.history().size()),
        note);
  }

  /** The composite's members of the unit against its group's median. */
  ChartRef radar(ScoreRecord unit, List<ScoreRecord> group) throws IOException {
    Map<String, Double> own = new LinkedHashMap<>();
    Map<String, Double> median = new LinkedHashMap<>();
    List<RadarChart.Axis> axes = new ArrayList<>();
    for (String id : members()) {
      Double v = value(unit.key(), id);
      own.put(id, v);
      median.put(
          id, median(group.stream().map(u -> value(u.key(), id)).filter(x -> x != null).toList()));
      axes.add(new RadarChart.Axis(id, id + " " + (v == null ? msg.get("value.na") : percent(v))));
    }
    List<RadarChart.Series> series =
        List.of(
            new RadarChart.Series("unit", shortLabel(unit.displayName()), own),
            new RadarChart.Series("median", msg.get("chart.radar.median"), median));
    JFreeChart chart = RadarChart.create(msg.get("chart.radar.title"), axes, series, style);
    return save(
        chart,
        dir.chart(dir.pageName(unit.key()), "radar"),
        RadarChart.WIDTH,
        RadarChart.HEIGHT,
        msg.format("chart.radar.alt", unit.displayName()),
        "");
  }

  /** The unit's composite and headline indicators (in %) over the periods. */
  ChartRef unitTrend(ScoreRecord unit) throws IOException {
    List<TrendChart.Line> lines = new ArrayList<>();
    Map<String, Double> composite = new LinkedHashMap<>();
    data.history().forEach(p -> composite.put(p.period().label(), p.composite(unit.key())));
    double scale = data.current().manifest().methodology().composite().scale();
    // The composite on a scale other than 100 is drawn on 0..100 like the indicators in %.
    composite.replaceAll((k, v) -> v == null ? null : v * 100 / scale);
    lines.add(new TrendChart.Line("COMPOSITE", msg.get("chart.trend.composite"), composite));
    for (String id : members()) {
      Map<String, Double> values = new LinkedHashMap<>();
      for (PeriodSnapshot p : data.history()) {
        Double v = p.value(unit.key(), id);
        values.put(p.period().label(), v == null ? null : v * 100);
      }
      lines.add(new TrendChart.Line(id, id + " (%)", values));
    }
    JFreeChart chart =
        TrendChart.create(
            periodLabels(),
            lines,
            new TrendChart.Labels(
                msg.get("chart.trend.unitTitle"),
                msg.get("chart.trend.periodAxis"),
                msg.get("chart.trend.unitAxis")),
            style);
    return save(
        chart,
        dir.chart(dir.pageName(unit.key()), "trend"),
        TrendChart.WIDTH,
        TrendChart.HEIGHT,
        msg.format("chart.trend.unitAlt", unit.displayName(), data.history().size()),
        "");
  }

  private List<String> members() {
    return data.current().manifest().members();
  }

  private List<String> periodLabels() {
    return data.history().stream().map(p -> p.period().label()).toList();
  }

  private Double value(UnitKey unit, String indicator) {
    var v = data.current().indicatorsOf(unit).get(indicator);
    return v == null ? null : v.value();
  }

  private String percent(double v) {
    return new Formats(msg, data.current().manifest().zone()).percent(v);
  }

  static Double median(List<Double> values) {
    if (values.isEmpty()) {
      return null;
    }
    List<Double> sorted = values.stream().sorted().toList();
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  /** Long names would crowd a chart; the tables carry the full name. */
  static String shortLabel(String name) {
    if (name.codePointCount(0, name.length()) <= MAX_LABEL) {
      return name;
    }
    return name.substring(0, name.offsetByCodePoints(0, MAX_LABEL - 1)) + "…";
  }
}
