package org.govscore.site;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.govscore.contract.UnitKey;
import org.govscore.methodology.MethodologyRegistry;
import org.govscore.render.results.PeriodResults;
import org.govscore.render.text.Formats;
import org.govscore.render.text.Messages;
import org.govscore.render.text.RatingLevelShares;
import org.govscore.render.text.Vocabulary;
import org.govscore.site.model.Cell;
import org.govscore.site.model.PageMeta;
import org.govscore.site.model.Pages;
import org.govscore.site.model.Pages.CheckRow;
import org.govscore.site.model.Pages.ChildRow;
import org.govscore.site.model.Pages.Crumb;
import org.govscore.site.model.Pages.HistoryRow;
import org.govscore.site.model.Pages.IndicatorRow;
import org.govscore.site.model.Pages.MemberRow;
import org.govscore.site.model.Pages.Summary;
import org.govscore.site.model.Pages.UnitPage;
import org.govscore.site.model.SvgChart;
import org.govscore.store.CheckRecord;
import org.govscore.store.IndicatorRecord;
import org.govscore.store.Manifest;
import org.govscore.store.RankGroup;
import org.govscore.store.ScoreRecord;

/**
 * A unit's page: where it stands (summary card), why (members with their meaning and evidence,
 * findings), how it moved (composite and rank over every period, as charts and a table, beside its
 * group's median), where it lies (breadcrumb; a region's sub-regions and departments) and the
 * details (every indicator and check of its latest period).
 */
final class UnitPages {
  private final SiteData data;
  private final RegionTree tree;
  private final Vocabulary words;
  private final Messages msg;
  private final Formats fmt;
  private final UnitCells cells;
  private final SiteLinks links;
  private final SiteFindings findings;
  private final String intervalNote;

  UnitPages(
      SiteData data,
      RegionTree tree,
      Vocabulary words,
      Formats fmt,
      SiteLinks links,
      String intervalNote) {
    this.data = data;
    this.tree = tree;
    this.words = words;
    this.msg = words.messages();
    this.fmt = fmt;
    this.cells = new UnitCells(words, fmt);
    this.links = links;
    this.findings = new SiteFindings(words, fmt);
    this.intervalNote = intervalNote;
  }

  /** Home, then the regions above the unit, then the unit itself (not linked). */
  List<Crumb> crumbs(ScoreRecord unit) {
    List<Crumb> out = new ArrayList<>();
    out.add(new Crumb(new Pages.Name(msg.get("site.nav.home"), null), SiteLinks.INDEX));
    for (String code : tree.ancestors(unit.key())) {
      UnitKey k = new UnitKey(UnitKey.REGION, code);
      out.add(
          new Crumb(
              cells.name(tree.region(code).map(ScoreRecord::displayName).orElse(code)),
              links.unitPage(k)));
    }
    out.add(new Crumb(cells.name(unit), null));
    return out;
  }

  UnitPage build(PageMeta meta, ScoreRecord unit) {
    UnitKey key = unit.key();
    PeriodResults lastSeen = null;
    for (PeriodResults p : data.periods()) {
      if (p.score(key).isPresent()) {
        lastSeen = p;
      }
    }
    PeriodResults latest = lastSeen == null ? data.latest() : lastSeen;
    ScoreRecord now = latest.score(key).orElse(unit);
    Optional<PeriodResults> before = data.previous(latest.period());
    GroupStats stats = data.stats(latest, now.rankGroup());
    List<String> members = SiteData.members(latest);

    List<HistoryRow> history = new ArrayList<>();
    Map<String, Double> composites = new LinkedHashMap<>();
    Map<String, Double> medians = new LinkedHashMap<>();
    Map<String, Double> ranks = new LinkedHashMap<>();
    int maxGroup = 1;
    for (PeriodResults p : data.periods()) {
      ScoreRecord s = p.score(key).orElse(null);
      ScoreRecord prev = data.previous(p.period()).flatMap(r -> r.score(key)).orElse(null);
      GroupStats g = s == null ? null : data.stats(p, s.rankGroup());
      history.add(
          new HistoryRow(
              p.period().label(),
              links.periodPage(p.period()),
              cells.rank(s),
              g == null ? fmt.na() : String.valueOf(g.ranked()),
              UnitCells.gradeCode(s),
              cells.grade(s),
              cells.composite(s),
              g == null ? new Cell(fmt.na(), "") : cells.composite(g.medianComposite()),
              cells.members(members, p.indicatorsOf(key)),
              cells.interval(s),
              cells.change(UnitCells.change(s, prev))));
      String label = p.period().label();
      composites.put(label, s == null ? null : s.composite());
      medians.put(label, g == null ? null : g.medianComposite());
      ranks.put(label, s == null || s.rank() == null ? null : s.rank().doubleValue());
      if (g != null) {
        maxGroup = Math.max(maxGroup, g.ranked());
      }
    }

    RankGroup group = RankGroup.parse(now.rankGroup());
    String groupTitle =
        group.ofRegions()
            ? msg.format("site.group.levelShort", words.level(group.level()))
            : msg.format("site.group.regionShort", SiteData.regionName(latest, group.regionCode()));
    String groupHref =
        (latest == data.latest() ? SiteLinks.INDEX : links.periodPage(latest.period()))
            + "#"
            + RankingTables.groupId(group);
    double scale = SiteData.scale(latest);
    ScoreRecord prev = before.flatMap(r -> r.score(key)).orElse(null);
    Summary summary =
        new Summary(
            latest.period().label(),
            UnitCells.gradeCode(now),
            words.grade(now.grade()),
            fmt.composite(now.composite()),
            fmt.number(scale),
            now.rank() == null ? "" : String.valueOf(now.rank()),
            String.valueOf(stats.ranked()),
            groupTitle,
            groupHref,
            fmt.interval(now.rankP05(), now.rankP95()),
            fmt.compositeChange(UnitCells.change(now, prev)),
            before.map(b -> b.period().label()).orElse(""),
            fmt.composite(stats.medianComposite()),
            now.insufficientData());

    Map<String, IndicatorRecord> values = latest.indicatorsOf(key);
    Map<String, Double> weights = latest.manifest().methodology().composite().weights();
    List<MemberRow> memberRows = new ArrayList<>();
    for (String id : members) {
      IndicatorRecord v = values.get(id);
      memberRows.add(
          new MemberRow(
              id,
              words.indicator(id),
              words.indicatorDefinition(id),
              cells.value(id, v == null ? null : v.value()),
              v == null ? fmt.na() : fmt.number(v.numerator()),
              v == null ? fmt.na() : fmt.number(v.denominator()),
              cells.value(id, stats.medianMembers().get(id)),
              weights.containsKey(id) ? fmt.percent(weights.get(id)) : fmt.na()));
    }

    List<IndicatorRow> indicators = new ArrayList<>();
    for (String id : indicatorOrder(latest.manifest(), values)) {
      IndicatorRecord v = values.get(id);
      indicators.add(
          new IndicatorRow(
              id,
              words.indicator(id),
              words.indicatorDefinition(id),
              cells.value(id, v == null ? null : v.value()),
              v == null ? fmt.na() : fmt.number(v.numerator()),
              v == null ? fmt.na() : fmt.number(v.denominator())));
    }
    List<CheckRow> checks = new ArrayList<>();
    for (CheckRecord c : latest.checksOf(key)) {
      checks.add(
          new CheckRow(
              c.checkId(),
              words.check(c.checkId()),
              words.checkRule(c.checkId()),
              fmt.count(c.applicable()),
              fmt.count(c.passed())));
    }

    List<ChildRow> subRegions = new ArrayList<>();
    List<ChildRow> departments = new ArrayList<>();
    if (!unit.isDepartment()) {
      tree.subRegions(unit.unitCode()).forEach(r -> subRegions.add(child(r)));
      tree.departmentsOf(unit.unitCode()).forEach(d -> departments.add(child(d)));
    }

    String name = unit.displayName();
    List<String> periods = new ArrayList<>(composites.keySet());
    SvgChart compositeChart =
        composites.values().stream().allMatch(v -> v == null)
            ? null
            : SvgCharts.chart(
                "chart-composite",
                msg.format("site.chart.title", name),
                msg.format("site.chart.alt", name, describe(composites, fmt::composite)),
                periods,
                List.of(
                    new SvgCharts.Line(
                        msg.get("site.th.composite"), "unit", composites, fmt::composite),
                    new SvgCharts.Line(
                        msg.get("site.groupMedian"), "median", medians, fmt::composite)),
                0,
                scale,
                SvgCharts.scaleTicks(scale),
                fmt::number);
    final int n = maxGroup;
    SvgChart rankChart =
        ranks.values().stream().allMatch(v -> v == null)
            ? null
            : SvgCharts.chart(
                "chart-rank",
                msg.format("site.chart.rankTitle", name),
                msg.format(
                    "site.chart.rankAlt",
                    name,
                    describe(ranks, v -> String.valueOf(Math.round(v)))),
                periods,
                List.of(
                    new SvgCharts.Line(
                        msg.get("site.th.rank"),
                        "unit",
                        ranks,
                        v -> String.valueOf(Math.round(v)))),
                n,
                1,
                SvgCharts.rankTicks(n),
                v -> String.valueOf(Math.round(v)));

    return new UnitPage(
        meta,
        cells.name(unit),
        unit.unitCode(),
        unitKind(unit),
        groupTitle,
        crumbs(unit),
        summary,
        members,
        memberRows,
        findings.lines(key, latest, before),
        compositeChart,
        rankChart,
        history,
        latest.period().label(),
        indicators,
        checks,
        subRegions,
        departments,
        intervalNote,
        RatingLevelShares.of(latest.ratingLevelsOf(key))
            .map(
                s ->
                    new Pages.LevelBar(
                        s.drawn().stream()
                            .map(p -> new Pages.LevelPart(p.level(), p.width()))
                            .toList(),
                        s.alternative(words, fmt)))
            .orElse(null));
  }

  /** "Department", or the region's level ("City"). */
  String unitKind(ScoreRecord u) {
    return u.isDepartment()
        ? words.unitType(u.unitType())
        : msg.format("site.regionOfLevel", words.level(u.level()));
  }

  private ChildRow child(ScoreRecord u) {
    PeriodResults p = data.latest();
    ScoreRecord s = p.score(u.key()).orElse(null);
    int ranked = s == null ? 0 : data.stats(p, s.rankGroup()).ranked();
    return new ChildRow(
        cells.name(u),
        u.unitCode(),
        links.unitPage(u.key()),
        unitKind(u),
        UnitCells.gradeCode(s),
        cells.grade(s),
        cells.composite(s),
        cells.rankOf(s, ranked));
  }

  /**
   * The published order of indicators (the manifest's, else docs/methodology.md's), then any other
   * id the table has.
   */
  static List<String> indicatorOrder(Manifest m, Map<String, IndicatorRecord> values) {
    Set<String> out =
        new LinkedHashSet<>(
            m.methodology().indicators().isEmpty()
                ? MethodologyRegistry.indicatorIds()
                : m.methodology().indicators());
    values.keySet().stream().sorted().forEach(out::add);
    return List.copyOf(out);
  }

  private String describe(Map<String, Double> values, Function<Double, String> format) {
    List<String> parts = new ArrayList<>();
    values.forEach((p, v) -> parts.add(p + " " + (v == null ? fmt.na() : format.apply(v))));
    return String.join(msg.get("site.list.separator"), parts);
  }
}
