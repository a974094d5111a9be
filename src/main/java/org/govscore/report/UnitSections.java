package org.govscore.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.govscore.contract.UnitKey;
import org.govscore.methodology.MethodologyRegistry;
import org.govscore.render.text.Formats;
import org.govscore.render.text.Messages;
import org.govscore.render.text.RatingLevelShares;
import org.govscore.render.text.Vocabulary;
import org.govscore.report.model.UnitLink;
import org.govscore.report.model.UnitSection;
import org.govscore.report.model.UnitSection.CheckRow;
import org.govscore.report.model.UnitSection.Header;
import org.govscore.report.model.UnitSection.IndicatorRow;
import org.govscore.report.model.UnitSection.ItemRow;
import org.govscore.report.model.UnitSection.ResourceRow;
import org.govscore.store.CheckRecord;
import org.govscore.store.IndicatorRecord;
import org.govscore.store.RankGroup;
import org.govscore.store.ScoreRecord;

/**
 * One section per department and region: every indicator with its parts, checks, findings,
 * evidence.
 */
final class UnitSections {
  private final Vocabulary words;
  private final Messages msg;
  private final Formats fmt;
  private final ReportData data;
  private final UnitDirectory dir;
  private final ReportCharts charts;
  private final GroupSections groups;
  private final FindingTexts findings;
  private final DatasetNeeds needs;

  UnitSections(
      Vocabulary words,
      Formats fmt,
      ReportData data,
      UnitDirectory dir,
      ReportCharts charts,
      GroupSections groups,
      DatasetNeeds needs) {
    this.words = words;
    this.msg = words.messages();
    this.fmt = fmt;
    this.data = data;
    this.dir = dir;
    this.charts = charts;
    this.groups = groups;
    this.findings = new FindingTexts(words, fmt, data);
    this.needs = needs;
    List<DataWarnings.Warning> all = DataWarnings.of(data);
    List<String> lines = SummaryWriter.warningLines(words, fmt, data, all);
    for (int i = 0; i < all.size(); i++) {
      warnings.put(all.get(i).unit().key(), lines.get(i));
    }
  }

  /** The data warning of each unit that has one, worded as in the summary. */
  private final Map<UnitKey, String> warnings = new HashMap<>();

  /** Regions first (top level down), then departments, each by code. */
  List<UnitSection> all() throws IOException {
    List<UnitSection> out = new ArrayList<>();
    List<ScoreRecord> units = new ArrayList<>(data.current().scores());
    units.sort(
        Comparator.comparing((ScoreRecord u) -> u.isDepartment())
            .thenComparing(u -> RankGroup.parse(u.rankGroup()))
            .thenComparing(ScoreRecord.RANKING_ORDER));
    for (ScoreRecord u : units) {
      out.add(section(u));
    }
    return out;
  }

  UnitSection section(ScoreRecord u) throws IOException {
    UnitKey key = u.key();
    RankGroup g = RankGroup.parse(u.rankGroup());
    List<ScoreRecord> group = groups.groupOf(u);
    long ranked = group.stream().filter(x -> x.rank() != null).count();
    Header header =
        new Header(
            words.unitType(u.unitType()),
            words.level(u.level()),
            groups.title(g),
            dir.groupHref(g),
            dir.groupName(g),
            fmt.composite(u.composite()),
            GroupSections.gradeCode(u),
            words.grade(u.grade()),
            u.rank() == null
                ? fmt.na()
                : msg.format("unit.rankOf", String.valueOf(u.rank()), String.valueOf(ranked)),
            fmt.interval(u.rankP05(), u.rankP95()),
            GroupSections.quadrantCode(u),
            words.quadrant(GroupSections.quadrantCode(u)),
            msg.format(
                "unit.available",
                String.valueOf(u.indicatorsAvailable()),
                String.valueOf(data.current().manifest().members().size())),
            fmt.compositeChange(data.compositeChange(key)),
            u.insufficientData());
    List<UnitLink> members =
        u.isDepartment()
            ? List.of()
            : data
                .groups()
                .getOrDefault(RankGroup.parse("DEPARTMENT:" + u.unitCode()), List.of())
                .stream()
                .map(dir::link)
                .toList();
    return new UnitSection(
        dir.link(u),
        header,
        charts.radar(u, group),
        charts.unitTrend(u),
        indicators(key),
        checks(key),
        findings.lines(key),
        u.isDepartment() ? items(u.unitCode()) : List.of(),
        u.isDepartment() ? resources(u.unitCode()) : List.of(),
        members,
        warnings.getOrDefault(key, ""),
        levels(key));
  }

  /** The unit's level shares, or null when it had no ratings in the period. */
  private UnitSection.LevelBar levels(UnitKey unit) {
    return RatingLevelShares.of(data.current().ratingLevelsOf(unit))
        .map(
            s ->
                new UnitSection.LevelBar(
                    s.drawn().stream()
                        .map(p -> new UnitSection.LevelPart(p.level(), p.width()))
                        .toList(),
                    s.alternative(words, fmt)))
        .orElse(null);
  }

  private List<IndicatorRow> indicators(UnitKey unit) {
    Map<String, IndicatorRecord> values = data.current().indicatorsOf(unit);
    List<IndicatorRow> out = new ArrayList<>();
    Set<String> ids = new LinkedHashSet<>(data.current().manifest().members());
    ids.addAll(MethodologyRegistry.indicatorIds());
    ids.addAll(data.current().manifest().methodology().indicators());
    ids.addAll(values.keySet());
    for (String id : ids) {
      IndicatorRecord v = values.get(id);
      boolean latency = id.startsWith("LAT_");
      String value =
          latency
              ? fmt.millis(v == null ? null : v.value())
              : fmt.percent(v == null ? null : v.value());
      String numerator = latency ? "" : quantity(v == null ? null : v.numerator());
      String denominator = latency ? "" : quantity(v == null ? null : v.denominator());
      out.add(
          new IndicatorRow(
              id,
              words.indicator(id),
              value,
              numerator,
              denominator,
              data.current().manifest().members().contains(id),
              note(id, v)));
    }
    return out;
  }

  /**
   * A numerator or denominator by kind: a count as an integer; a pooled one with fractional credit
   * (no-demand items, averaged parts) to two decimals, never 9.4292.
   */
  String quantity(Double v) {
    if (v == null || v.isNaN()) {
      return fmt.na();
    }
    return Math.rint(v) == v && Math.abs(v) < 1e15
        ? fmt.count((long) v.doubleValue())
        : fmt.composite(v);
  }

  /** Why a value is N/A: a missing dataset, a zero denominator, or nothing to measure. */
  private String note(String id, IndicatorRecord v) {
    if (v != null && v.value() != null) {
      return "";
    }
    Set<String> missing = needs.missingFor(id);
    if (!missing.isEmpty()) {
      return msg.format(
          "indicator.na.missing", String.join(", ", missing.stream().map(words::dataset).toList()));
    }
    if (id.startsWith("LAT_")) {
      return msg.get("indicator.na.latency");
    }
    return msg.get("indicator.na.zero");
  }

  private List<CheckRow> checks(UnitKey unit) {
    List<CheckRecord> results = new ArrayList<>(data.current().checksOf(unit));
    // Failing checks first, the most failures on top: they are what the unit has to fix.
    results.sort(
        Comparator.comparing((CheckRecord c) -> !c.failing())
            .thenComparing(c -> -c.failed())
            .thenComparing(c -> needs.checkOrder(c.checkId())));
    return results.stream()
        .map(
            c ->
                new CheckRow(
                    c.checkId(),
                    words.check(c.checkId()),
                    fmt.count(c.applicable()),
                    fmt.count(c.passed()),
                    fmt.count(c.failed()),
                    fmt.percent(c.applicable() == 0 ? null : (double) c.passed() / c.applicable()),
                    c.failing()))
        .toList();
  }

  private List<ItemRow> items(String dept) {
    return data.current().itemsOf(dept).stream()
        .map(
            i ->
                new ItemRow(
                    i.itemCode(),
                    data.current().names().item(i.itemCode()),
                    i.status(),
                    words.itemStatus(i.status()),
                    fmt.count(i.onlineCases()),
                    fmt.count(i.allCases()),
                    i.undeclaredOnline()))
        .toList();
  }

  private List<ResourceRow> resources(String dept) {
    return data.current().resourcesOf(dept).stream()
        .map(
            r ->
                new ResourceRow(
                    r.resourceCode(),
                    data.current().names().resource(r.resourceCode()),
                    words.shareType(r.shareType()),
                    r.status(),
                    words.resourceStatus(r.status()),
                    fmt.count(r.requests()),
                    fmt.count(r.successes())))
        .toList();
  }
}
