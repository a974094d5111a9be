package org.govscore.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.govscore.contract.UnitKey;
import org.govscore.methodology.MethodologyRegistry;
import org.govscore.render.charts.GradeDistributionChart;
import org.govscore.render.charts.QuadrantChart;
import org.govscore.render.results.DatasetQuality;
import org.govscore.render.results.PeriodSnapshot;
import org.govscore.render.text.Formats;
import org.govscore.render.text.Messages;
import org.govscore.render.text.Vocabulary;
import org.govscore.report.model.SummarySection;
import org.govscore.report.model.SummarySection.Figure;
import org.govscore.report.model.Term;
import org.govscore.store.IndicatorRecord;
import org.govscore.store.RankGroup;
import org.govscore.store.ScoreRecord;

/**
 * The executive summary, for a reader with thirty seconds: headline figures, then at most {@value
 * #MAX_SENTENCES} sentences naming units (codes stay on the unit pages): who leads and who trails
 * (only within groups of two or more, where leading means something), what moved by more than
 * {@code report.material_change} points, who changed quadrant, and whether any change needs its
 * evidence checked before publishing.
 */
final class SummaryWriter {
  /** How many units a sentence names before it says "and N more". */
  static final int NAMED = 3;

  static final int MAX_SENTENCES = 5;

  private final Vocabulary words;
  private final Messages msg;
  private final Formats fmt;
  private final ReportData data;
  private final DatasetNeeds needs;
  private final GroupSections groups;

  SummaryWriter(
      Vocabulary words, Formats fmt, ReportData data, DatasetNeeds needs, GroupSections groups) {
    this.words = words;
    this.msg = words.messages();
    this.fmt = fmt;
    this.data = data;
    this.needs = needs;
    this.groups = groups;
  }

  SummarySection build() {
    List<DataWarnings.Warning> warnings = DataWarnings.of(data);
    List<String> sentences = new ArrayList<>();
    sentences.add(leaders());
    String behind = behind();
    if (!behind.isEmpty()) {
      sentences.add(behind);
    }
    sentences.add(movement());
    String quadrants = quadrantChanges();
    if (!quadrants.isEmpty()) {
      sentences.add(quadrants);
    }
    sentences.add(
        warnings.isEmpty()
            ? msg.get("summary.s.noWarnings")
            : msg.format("summary.s.warnings", fmt.count(warnings.size())));
    return new SummarySection(
        figures(),
        List.copyOf(sentences.subList(0, Math.min(MAX_SENTENCES, sentences.size()))),
        warningLines(words, fmt, data, warnings),
        dataGaps(),
        glossary());
  }

  private List<ScoreRecord> departments() {
    return data.current().scores().stream().filter(ScoreRecord::isDepartment).toList();
  }

  /** Ranked units of groups with at least two ranked units: a group of one has no leader. */
  private List<ScoreRecord> comparable(boolean departmentsOnly) {
    List<ScoreRecord> out = new ArrayList<>();
    for (Map.Entry<RankGroup, List<ScoreRecord>> g : data.groups().entrySet()) {
      List<ScoreRecord> ranked =
          g.getValue().stream().filter(u -> u.rank() != null && u.composite() != null).toList();
      if (ranked.size() >= 2 && (!departmentsOnly || !g.getKey().ofRegions())) {
        out.addAll(ranked);
      }
    }
    return out;
  }

  // ---- figures

  private List<Figure> figures() {
    List<Figure> out = new ArrayList<>();
    List<ScoreRecord> all = data.current().scores();
    List<ScoreRecord> depts = departments();
    long ranked = all.stream().filter(u -> u.rank() != null).count();
    out.add(
        new Figure(
            msg.get("summary.fig.units"),
            fmt.count(all.size()),
            msg.format(
                "summary.fig.unitsDetail",
                fmt.count(depts.size()),
                fmt.count(all.size() - depts.size()),
                fmt.count(ranked))));
    List<ScoreRecord> scored = depts.stream().filter(u -> u.composite() != null).toList();
    Double mean =
        scored.isEmpty()
            ? null
            : scored.stream().mapToDouble(ScoreRecord::composite).average().orElseThrow();
    String change = "";
    if (data.previous().isPresent()) {
      PeriodSnapshot before = data.previous().get();
      List<ScoreRecord> both =
          scored.stream().filter(u -> before.composite(u.key()) != null).toList();
      if (!both.isEmpty()) {
        double delta =
            both.stream()
                .mapToDouble(u -> u.composite() - before.composite(u.key()))
                .average()
                .orElseThrow();
        change =
            msg.format(
                "summary.fig.meanChange",
                fmt.compositeChange(delta),
                before.period().label(),
                fmt.count(both.size()));
      }
    }
    out.add(
        new Figure(
            msg.get("summary.fig.mean"),
            mean == null ? fmt.insufficient() : fmt.composite(mean),
            change));
    if (data.previous().isPresent()) {
      PeriodSnapshot before = data.previous().get();
      int up = 0;
      int down = 0;
      int compared = 0;
      for (ScoreRecord u : depts) {
        ScoreRecord was = before.scores().get(u.key());
        int now = gradeOrder(u.grade());
        int then = was == null ? -1 : gradeOrder(was.grade());
        if (now >= 0 && then >= 0) {
          compared++;
          up += now < then ? 1 : 0;
          down += now > then ? 1 : 0;
        }
      }
      String of = msg.format("summary.fig.gradeOf", fmt.count(compared), before.period().label());
      out.add(new Figure(msg.get("summary.fig.gradeUp"), fmt.count(up), of));
      out.add(new Figure(msg.get("summary.fig.gradeDown"), fmt.count(down), of));
    }
    Map<String, Long> quadrants = new LinkedHashMap<>();
    QuadrantChart.CLASSES.forEach(q -> quadrants.put(q, 0L));
    depts.forEach(u -> quadrants.computeIfPresent(GroupSections.quadrantCode(u), (k, n) -> n + 1));
    quadrants.forEach(
        (q, n) ->
            out.add(
                new Figure(
                    msg.format("summary.fig.quadrant", words.quadrant(q)), fmt.count(n), "")));
    return out;
  }

  /** 0 = very high ... 3 = low; -1 = no grade. */
  static int gradeOrder(String grade) {
    int i = grade == null ? -1 : GradeDistributionChart.GRADES.indexOf(grade);
    return i >= 0 && i < 4 ? i : -1;
  }

  // ---- sentences

  private String leaders() {
    List<String> regionLeads = new ArrayList<>();
    for (Map.Entry<RankGroup, List<ScoreRecord>> g : data.groups().entrySet()) {
      List<ScoreRecord> ranked = g.getValue().stream().filter(u -> u.rank() != null).toList();
      if (g.getKey().ofRegions() && ranked.size() >= 2) {
        ScoreRecord top = ranked.get(0);
        regionLeads.add(
            msg.format(
                "summary.lead.region",
                words.level(g.getKey().level()),
                top.displayName(),
                fmt.composite(top.composite())));
      }
    }
    List<ScoreRecord> best =
        comparable(true).stream()
            .sorted(
                Comparator.comparing(ScoreRecord::composite)
                    .reversed()
                    .thenComparing(ScoreRecord::unitCode))
            .toList();
    List<ScoreRecord> top = best.subList(0, topCount(best.size()));
    String depts = top.isEmpty() ? "" : join(top.stream().map(this::withRegion).toList());
    if (regionLeads.isEmpty() && depts.isEmpty()) {
      return msg.get("summary.s.noLeaders");
    }
    if (regionLeads.isEmpty()) {
      return msg.format("summary.s.leadersDepartments", depts);
    }
    if (depts.isEmpty()) {
      return msg.format("summary.s.leadersRegions", join(regionLeads));
    }
    return msg.format("summary.s.leaders", join(regionLeads), depts);
  }

  /** Leaders and laggards do not overlap: a small group is split between them. */
  static int topCount(int ranked) {
    return Math.min(NAMED, (ranked + 1) / 2);
  }

  private String withRegion(ScoreRecord u) {
    return msg.format(
        "summary.unitWithScore",
        u.displayName(),
        data.regionName(u.groupRegionCode()),
        fmt.composite(u.composite()));
  }

  private String behind() {
    List<ScoreRecord> worst =
        comparable(true).stream()
            .sorted(
                Comparator.comparing(ScoreRecord::composite).thenComparing(ScoreRecord::unitCode))
            .toList();
    int n = Math.min(NAMED, worst.size() - topCount(worst.size()));
    List<String> named = new ArrayList<>();
    for (ScoreRecord u : worst.subList(0, Math.max(0, n))) {
      String weakest = weakest(u.key());
      named.add(
          weakest.isEmpty()
              ? withRegion(u)
              : msg.format(
                  "summary.unitWithWeakest",
                  u.displayName(),
                  data.regionName(u.groupRegionCode()),
                  fmt.composite(u.composite()),
                  weakest));
    }
    long insufficient =
        data.current().scores().stream().filter(ScoreRecord::insufficientData).count();
    String tail =
        insufficient == 0 ? "" : msg.format("summary.s.insufficient", fmt.count(insufficient));
    if (named.isEmpty()) {
      return tail.isEmpty()
          ? ""
          : msg.format("summary.s.onlyInsufficient", fmt.count(insufficient));
    }
    return msg.format("summary.s.behind", join(named), tail);
  }

  /** The unit's weakest member indicator by name and value, "" when none is available. */
  private String weakest(UnitKey unit) {
    Map<String, IndicatorRecord> values = data.current().indicatorsOf(unit);
    String pick = null;
    for (String id : data.current().manifest().members()) {
      IndicatorRecord v = values.get(id);
      if (v != null
          && v.value() != null
          && (pick == null || v.value() < values.get(pick).value())) {
        pick = id;
      }
    }
    return pick == null
        ? ""
        : msg.format(
            "summary.indicatorValue", words.indicator(pick), fmt.percent(values.get(pick).value()));
  }

  private String movement() {
    if (data.previous().isEmpty()) {
      return msg.format("summary.noPrevious", data.current().period().previous().label());
    }
    PeriodSnapshot before = data.previous().get();
    double material = data.settings().materialChange();
    List<ScoreRecord> compared =
        data.current().scores().stream()
            .filter(u -> u.composite() != null && before.composite(u.key()) != null)
            .toList();
    List<ScoreRecord> rose =
        compared.stream()
            .filter(u -> data.compositeChange(u.key()) > material + 1e-9)
            .sorted(
                Comparator.comparing((ScoreRecord u) -> -data.compositeChange(u.key()))
                    .thenComparing(ScoreRecord::unitCode))
            .toList();
    List<ScoreRecord> fell =
        compared.stream()
            .filter(u -> data.compositeChange(u.key()) < -material - 1e-9)
            .sorted(
                Comparator.comparing((ScoreRecord u) -> data.compositeChange(u.key()))
                    .thenComparing(ScoreRecord::unitCode))
            .toList();
    String threshold = fmt.number(material);
    if (rose.isEmpty() && fell.isEmpty()) {
      return msg.format(
          "summary.s.noMovement", before.period().label(), fmt.count(compared.size()), threshold);
    }
    List<String> extremes = new ArrayList<>();
    if (!fell.isEmpty()) {
      extremes.add(
          msg.format(
              "summary.s.largestFall",
              fell.get(0).displayName(),
              fmt.compositeChange(data.compositeChange(fell.get(0).key()))));
    }
    if (!rose.isEmpty()) {
      extremes.add(
          msg.format(
              "summary.s.largestRise",
              rose.get(0).displayName(),
              fmt.compositeChange(data.compositeChange(rose.get(0).key()))));
    }
    return msg.format(
        "summary.s.movement",
        before.period().label(),
        fmt.count(rose.size() + fell.size()),
        fmt.count(compared.size()),
        threshold,
        fmt.count(rose.size()),
        fmt.count(fell.size()),
        join(extremes));
  }

  private String quadrantChanges() {
    if (data.previous().isEmpty()) {
      return "";
    }
    List<String> moves = new ArrayList<>();
    List<ScoreRecord> units = new ArrayList<>(data.current().scores());
    units.sort(
        Comparator.comparing((ScoreRecord u) -> u.isDepartment())
            .thenComparing(ScoreRecord::unitCode));
    for (ScoreRecord u : units) {
      String before = groups.previousQuadrant(u);
      if (before != null
          && QuadrantChart.CLASSES.contains(u.quadrant())
          && !before.equals(u.quadrant())) {
        moves.add(
            msg.format(
                "summary.quadrantMove",
                u.displayName(),
                words.quadrant(before),
                words.quadrant(u.quadrant())));
      }
    }
    String label = data.previous().get().period().label();
    return moves.isEmpty()
        ? msg.format("summary.s.noQuadrantMoves", label)
        : msg.format("summary.s.quadrantMoves", label, fmt.count(moves.size()), names(moves));
  }

  /** The warnings as lines, for the summary and the data-quality page alike. */
  static List<String> warningLines(
      Vocabulary words, Formats fmt, ReportData data, List<DataWarnings.Warning> warnings) {
    Messages msg = words.messages();
    List<String> out = new ArrayList<>();
    for (DataWarnings.Warning w : warnings) {
      List<String> parts = new ArrayList<>();
      if (w.fall() != null
          && DataWarnings.compositeCollapsed(
              w.before(), w.now(), data.current().manifest().methodology().composite().scale())) {
        parts.add(
            msg.format(
                "warning.composite",
                fmt.composite(w.before()),
                fmt.composite(w.now()),
                fmt.compositeChange(-w.fall())));
      }
      if (!w.zeroed().isEmpty()) {
        parts.add(
            msg.format(
                "warning.zeroed",
                String.join(
                    msg.get("list.separator"),
                    w.zeroed().stream()
                        .map(id -> msg.format("term.named", words.indicator(id), id))
                        .toList())));
      }
      out.add(
          msg.format(
              "warning.line",
              w.unit().displayName(),
              String.join(msg.get("list.clauseSeparator"), parts)));
    }
    return out;
  }

  private List<String> dataGaps() {
    List<String> out = new ArrayList<>();
    for (String dataset : data.current().manifest().missingEvidence()) {
      out.add(
          msg.format(
              "summary.missing",
              words.dataset(dataset),
              join(needs.indicatorsWithout(dataset)),
              fmt.count(needs.checksWithout(dataset).size())));
    }
    long read = 0;
    long rejected = 0;
    long duplicates = 0;
    List<String> worst = new ArrayList<>();
    for (DatasetQuality q : data.current().quality()) {
      read += q.rowsRead();
      rejected += q.rowsRejected();
      duplicates += q.duplicatesRemoved();
      if (q.rowsRejected() > 0) {
        worst.add(
            msg.format(
                "summary.datasetRejects",
                words.dataset(q.dataset()),
                fmt.count(q.rowsRejected()),
                fmt.percent(q.rejectShare())));
      }
    }
    if (rejected > 0) {
      out.add(
          msg.format(
              "summary.rejected",
              fmt.count(read),
              fmt.count(rejected),
              fmt.count(duplicates),
              join(worst)));
    } else {
      out.add(msg.format("summary.noRejects", fmt.count(read), fmt.count(duplicates)));
    }
    return out;
  }

  /**
   * Every indicator id the report shows, the abbreviations of rank intervals and percentage points.
   */
  private List<Term> glossary() {
    Set<String> ids = new LinkedHashSet<>(data.current().manifest().members());
    ids.addAll(MethodologyRegistry.indicatorIds());
    ids.addAll(data.current().manifest().methodology().indicators());
    List<Term> out = new ArrayList<>();
    for (String id : ids) {
      out.add(new Term(id, words.indicator(id)));
    }
    out.add(new Term("p05, p95", msg.get("glossary.percentiles")));
    out.add(new Term(msg.get("glossary.ppAbbr"), msg.get("glossary.pp")));
    return out;
  }

  private String join(List<String> parts) {
    return String.join(msg.get("list.separator"), parts);
  }

  private String names(List<String> names) {
    int shown = Math.min(5, names.size());
    String text = join(names.subList(0, shown));
    return names.size() > shown
        ? msg.format("list.more", text, fmt.count(names.size() - shown))
        : text;
  }
}
