package org.govscore.site;

import org.govscore.render.text.Vocabulary;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.govscore.metrics.Methodology;
import org.govscore.metrics.UnitKey;
import org.govscore.render.charts.ChartFile;
import org.govscore.render.charts.ChartStyle;
import org.govscore.render.charts.TrendChart;
import org.govscore.render.results.CheckResult;
import org.govscore.render.results.IndicatorValue;
import org.govscore.render.results.PeriodResults;
import org.govscore.render.results.RankGroup;
import org.govscore.render.results.UnitScore;
import org.govscore.render.text.Formats;
import org.govscore.render.text.Messages;
import org.govscore.site.model.PageMeta;
import org.govscore.site.model.Pages.Chart;
import org.govscore.site.model.Pages.CheckRow;
import org.govscore.site.model.Pages.HistoryRow;
import org.govscore.site.model.Pages.IndicatorRow;
import org.govscore.site.model.Pages.UnitPage;

/** A unit's page: its history over every period, a composite trend chart and its latest indicators and checks. */
final class UnitPages {
  private final SiteData data;
  private final Vocabulary words;
  private final Messages msg;
  private final Formats fmt;
  private final UnitCells cells;
  private final SiteLinks links;
  private final ChartStyle style;
  private final Path langDir;

  UnitPages(SiteData data, Vocabulary words, Formats fmt, SiteLinks links, ChartStyle style, Path langDir) {
    this.data = data;
    this.words = words;
    this.msg = words.messages();
    this.fmt = fmt;
    this.cells = new UnitCells(words, fmt);
    this.links = links;
    this.style = style;
    this.langDir = langDir;
  }

  UnitPage build(PageMeta meta, UnitScore unit) throws IOException {
    UnitKey key = unit.key();
    List<HistoryRow> history = new ArrayList<>();
    Map<String, Double> composites = new LinkedHashMap<>();
    PeriodResults lastSeen = null;
    for (PeriodResults p : data.periods()) {
      UnitScore s = p.score(key).orElse(null);
      UnitScore before = data.previous(p.period()).flatMap(r -> r.score(key)).orElse(null);
      history.add(new HistoryRow(p.period().label(), links.periodPage(p.period()), cells.rank(s),
          UnitCells.gradeCode(s), cells.grade(s), cells.composite(s), cells.headline(p.indicatorsOf(key)),
          cells.interval(s), cells.change(UnitCells.change(s, before))));
      composites.put(p.period().label(), s == null ? null : s.composite());
      if (s != null) {
        lastSeen = p;
      }
    }
    List<IndicatorRow> indicators = new ArrayList<>();
    List<CheckRow> checks = new ArrayList<>();
    if (lastSeen != null) {
      Map<String, IndicatorValue> values = lastSeen.indicatorsOf(key);
      for (String id : Methodology.INDICATOR_IDS) {
        IndicatorValue v = values.get(id);
        boolean latency = id.startsWith("LAT_");
        Double value = v == null ? null : v.value();
        indicators.add(new IndicatorRow(id, words.indicator(id),
            latency ? new org.govscore.site.model.Cell(fmt.millis(value), "") : cells.percent(value),
            v == null ? fmt.na() : fmt.number(v.numerator()), v == null ? fmt.na() : fmt.number(v.denominator())));
      }
      for (CheckResult c : lastSeen.checksOf(key)) {
        checks.add(new CheckRow(c.checkId(), words.check(c.checkId()), fmt.count(c.applicable()), fmt.count(c.passed())));
      }
    }
    RankGroup group = RankGroup.parse(unit.rankGroup());
    String groupTitle = group.ofRegions() ? words.level(group.level())
        : SiteData.regionName(data.latest(), group.regionCode());
    return new UnitPage(meta, unit.displayName(), unit.unitCode(), words.unitType(unit.unitType()), groupTitle,
        chart(key, unit.displayName(), composites), history,
        lastSeen == null ? "" : lastSeen.period().label(), indicators, checks);
  }

  /** The composite per period; the alternative text says the same in words, so no reader depends on the image. */
  private Chart chart(UnitKey key, String name, Map<String, Double> composites) throws IOException {
    if (composites.values().stream().allMatch(v -> v == null)) {
      return null;
    }
    List<String> periods = new ArrayList<>(composites.keySet());
    String file = links.chart(key);
    var chart = TrendChart.create(periods, List.of(new TrendChart.Line("composite", msg.get("site.th.composite"),
        composites)), new TrendChart.Labels(msg.format("site.chart.title", name), msg.get("site.chart.periodAxis"),
        msg.get("site.th.composite")), style);
    ChartFile written = ChartFile.write(chart, langDir.resolve(file), TrendChart.WIDTH, TrendChart.HEIGHT);
    List<String> parts = new ArrayList<>();
    composites.forEach((p, v) -> parts.add(p + " " + fmt.composite(v)));
    return new Chart(file, msg.format("site.chart.alt", name, String.join(msg.get("site.list.separator"), parts)),
        written.width(), written.height());
  }
}
