package org.govscore.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.govscore.render.charts.QuadrantChart;
import org.govscore.render.text.Formats;
import org.govscore.render.text.Messages;
import org.govscore.render.text.Vocabulary;
import org.govscore.report.model.ChartRef;
import org.govscore.report.model.GroupSection;
import org.govscore.report.model.RankRow;
import org.govscore.report.model.UnitLink;
import org.govscore.store.IndicatorRecord;
import org.govscore.store.RankGroup;
import org.govscore.store.ScoreRecord;

/** The rank groups of the period: rankings with intervals, quadrant and trend charts. */
final class GroupSections {
  private final Vocabulary words;
  private final Messages msg;
  private final Formats fmt;
  private final ReportData data;
  private final UnitDirectory dir;
  private final ReportCharts charts;

  GroupSections(
      Vocabulary words, Formats fmt, ReportData data, UnitDirectory dir, ReportCharts charts) {
    this.words = words;
    this.msg = words.messages();
    this.fmt = fmt;
    this.data = data;
    this.dir = dir;
    this.charts = charts;
  }

  String title(RankGroup g) {
    return g.ofRegions()
        ? msg.format("group.regions.title", words.level(g.level()))
        : msg.format("group.departments.title", data.regionName(g.regionCode()), g.regionCode());
  }

  /** A label short enough for a chart axis: the level, or the region's name and code. */
  String shortTitle(RankGroup g) {
    return g.ofRegions()
        ? msg.format("group.regions.short", words.level(g.level()))
        : msg.format("group.departments.short", data.regionName(g.regionCode()), g.regionCode());
  }

  List<GroupSection> all() throws IOException {
    List<GroupSection> out = new ArrayList<>();
    for (Map.Entry<RankGroup, List<ScoreRecord>> e : data.groups().entrySet()) {
      out.add(section(e.getKey(), e.getValue()));
    }
    return out;
  }

  private GroupSection section(RankGroup g, List<ScoreRecord> units) throws IOException {
    String title = title(g);
    String page = dir.groupName(g);
    List<RankRow> rows = units.stream().map(this::row).toList();
    List<UnitLink> unplaced =
        units.stream()
            .filter(u -> u.quadrant() == null || "UNCLASSIFIED".equals(u.quadrant()))
            .map(dir::link)
            .toList();
    List<ScoreRecord> ranked = units.stream().filter(u -> u.rank() != null).toList();
    String leader =
        ranked.isEmpty()
            ? fmt.na()
            : msg.format(
                "group.leader",
                ranked.get(0).displayName(),
                fmt.composite(ranked.get(0).composite()));
    double[] composites =
        units.stream()
            .filter(u -> u.composite() != null)
            .mapToDouble(ScoreRecord::composite)
            .toArray();
    String mean =
        composites.length == 0
            ? fmt.insufficient()
            : fmt.composite(Arrays.stream(composites).average().orElseThrow());
    // A group of one has nothing to compare: its row says everything, charts would fill pages.
    boolean drawn = units.size() >= 2;
    List<QuadrantChart.Point> points = new ArrayList<>();
    List<GroupSection.QuadrantRow> key = new ArrayList<>();
    for (ScoreRecord u : units) {
      Double rsr = value(u, "RSR");
      Double bcr = value(u, "BCR");
      if (rsr == null || bcr == null || !QuadrantChart.CLASSES.contains(u.quadrant())) {
        continue;
      }
      String number = String.valueOf(points.size() + 1);
      Double beforeRsr = data.previous().map(p -> p.value(u.key(), "RSR")).orElse(null);
      Double beforeBcr = data.previous().map(p -> p.value(u.key(), "BCR")).orElse(null);
      points.add(new QuadrantChart.Point(number, rsr, bcr, u.quadrant(), beforeRsr, beforeBcr));
      String before = previousQuadrant(u);
      key.add(
          new GroupSection.QuadrantRow(
              number,
              dir.link(u),
              u.quadrant(),
              words.quadrant(u.quadrant()),
              fmt.percent(rsr),
              fmt.percent(bcr),
              before == null ? "" : words.quadrant(before),
              before != null && !before.equals(u.quadrant())));
    }
    ChartRef intervals = drawn ? charts.rankIntervals(page, title, units) : null;
    ChartRef quadrant = drawn ? charts.quadrant(page, title, points) : null;
    ChartRef trend = drawn ? charts.groupTrend(page, title, units) : null;
    return new GroupSection(
        g.id(),
        title,
        dir.groupHref(g),
        page,
        g.ofRegions(),
        units.size(),
        ranked.size(),
        leader,
        mean,
        rows,
        intervals,
        quadrant,
        trend,
        unplaced,
        drawn ? List.copyOf(key) : List.of(),
        drawn);
  }

  /** The unit's quadrant in the previous period, or null when it had none there. */
  String previousQuadrant(ScoreRecord u) {
    String q =
        data.previous().map(p -> p.scores().get(u.key())).map(ScoreRecord::quadrant).orElse(null);
    return q != null && QuadrantChart.CLASSES.contains(q) ? q : null;
  }

  private Double value(ScoreRecord u, String id) {
    IndicatorRecord v = data.current().indicatorsOf(u.key()).get(id);
    return v == null ? null : v.value();
  }

  RankRow row(ScoreRecord u) {
    Map<String, IndicatorRecord> ind = data.current().indicatorsOf(u.key());
    return new RankRow(
        dir.link(u),
        u.rank() == null ? fmt.na() : String.valueOf(u.rank()),
        fmt.interval(u.rankP05(), u.rankP95()),
        fmt.composite(u.composite()),
        gradeCode(u),
        words.grade(u.grade()),
        fmt.compositeChange(data.compositeChange(u.key())),
        data.current().manifest().members().stream().map(id -> percent(ind, id)).toList(),
        quadrantCode(u),
        words.quadrant(quadrantCode(u)),
        u.insufficientData());
  }

  static String gradeCode(ScoreRecord u) {
    return u.grade() == null ? "NONE" : u.grade();
  }

  static String quadrantCode(ScoreRecord u) {
    return u.quadrant() == null ? "UNCLASSIFIED" : u.quadrant();
  }

  private String percent(Map<String, IndicatorRecord> ind, String id) {
    IndicatorRecord v = ind.get(id);
    return fmt.percent(v == null ? null : v.value());
  }

  /** Units of the group a unit competes in (for the radar's median). */
  List<ScoreRecord> groupOf(ScoreRecord u) {
    return data.groups().getOrDefault(RankGroup.parse(u.rankGroup()), List.of(u));
  }
}
