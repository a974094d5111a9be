package org.govscore.report;

import org.govscore.render.text.Vocabulary;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.govscore.metrics.Methodology;
import org.govscore.metrics.UnitKey;
import org.govscore.render.charts.QuadrantChart;
import org.govscore.render.results.DatasetQuality;
import org.govscore.render.results.Finding;
import org.govscore.render.results.IndicatorValue;
import org.govscore.render.results.PeriodSnapshot;
import org.govscore.render.results.RankGroup;
import org.govscore.render.results.UnitScore;
import org.govscore.render.text.Formats;
import org.govscore.render.text.Messages;
import org.govscore.report.model.SummarySection;
import org.govscore.scoring.Findings;

/**
 * The executive summary, written from the data: who leads, who falls behind and on what evidence,
 * what moved since the previous period of the same length and why (citing the findings), and
 * what the data could not show.
 */
final class SummaryWriter {
  /** How many units a sentence names before it says "and N more". */
  static final int NAMED = 3;
  private static final int CODES = 3;

  private final Vocabulary words;
  private final Messages msg;
  private final Formats fmt;
  private final ReportData data;
  private final DatasetNeeds needs;

  SummaryWriter(Vocabulary words, Formats fmt, ReportData data, DatasetNeeds needs) {
    this.words = words;
    this.msg = words.messages();
    this.fmt = fmt;
    this.data = data;
    this.needs = needs;
  }

  SummarySection build() {
    return new SummarySection(overview(), leaders(), behind(), movement(), dataGaps());
  }

  private List<UnitScore> departments() {
    return data.current().scores().stream().filter(UnitScore::isDepartment).toList();
  }

  private List<UnitScore> rankedDepartmentsBestFirst() {
    return departments().stream().filter(u -> u.composite() != null)
        .sorted(Comparator.comparing(UnitScore::composite).reversed().thenComparing(UnitScore::unitCode)).toList();
  }

  private List<String> overview() {
    List<UnitScore> all = data.current().scores();
    List<UnitScore> depts = departments();
    long regions = all.size() - depts.size();
    long rankedDepts = depts.stream().filter(u -> u.rank() != null).count();
    long rankedRegions = all.stream().filter(u -> !u.isDepartment() && u.rank() != null).count();
    long insufficient = all.stream().filter(UnitScore::insufficientData).count();
    List<String> out = new ArrayList<>();
    out.add(msg.format("summary.overview", data.current().period().label(), fmt.count(depts.size()),
        fmt.count(regions), fmt.count(rankedDepts), fmt.count(rankedRegions), fmt.count(insufficient)));
    Map<String, Long> grades = GradeSections.counts(depts);
    out.add(msg.format("summary.grades", fmt.count(grades.get("VERY_HIGH")), fmt.count(grades.get("HIGH")),
        fmt.count(grades.get("MEDIUM")), fmt.count(grades.get("LOW")), fmt.count(grades.get("NONE"))));
    Map<String, Long> quadrants = new LinkedHashMap<>();
    QuadrantChart.CLASSES.forEach(q -> quadrants.put(q, 0L));
    quadrants.put("UNCLASSIFIED", 0L);
    depts.forEach(u -> quadrants.merge(GroupSections.quadrantCode(u), 1L, Long::sum));
    List<String> parts = new ArrayList<>();
    quadrants.forEach((q, n) -> parts.add(msg.format("summary.quadrantCount", words.quadrant(q), fmt.count(n))));
    out.add(msg.format("summary.quadrants", join(parts)));
    return out;
  }

  private List<String> leaders() {
    List<String> out = new ArrayList<>();
    for (Map.Entry<RankGroup, List<UnitScore>> g : data.groups().entrySet()) {
      if (g.getKey().ofRegions() && !g.getValue().isEmpty() && g.getValue().get(0).rank() != null) {
        UnitScore top = g.getValue().get(0);
        out.add(msg.format("summary.leader.region", words.level(g.getKey().level()), top.displayName(),
            fmt.composite(top.composite()), words.grade(top.grade())));
      }
    }
    List<UnitScore> ranked = rankedDepartmentsBestFirst();
    List<UnitScore> top = ranked.subList(0, topCount(ranked.size()));
    if (!top.isEmpty()) {
      out.add(msg.format("summary.leader.departments", join(top.stream().map(this::withRegion).toList())));
      UnitScore best = top.get(0);
      String strongest = extreme(best.key(), true);
      if (!strongest.isEmpty()) {
        out.add(msg.format("summary.leader.strength", best.displayName(), strongest));
      }
    } else {
      out.add(msg.get("summary.leader.none"));
    }
    return out;
  }

  /** Leaders and laggards do not overlap: a small group is split between them. */
  static int topCount(int ranked) {
    return Math.min(NAMED, (ranked + 1) / 2);
  }

  private String withRegion(UnitScore u) {
    return msg.format("summary.unitWithScore", u.displayName(), data.regionName(u.groupRegionCode()),
        fmt.composite(u.composite()));
  }

  private List<String> behind() {
    List<String> out = new ArrayList<>();
    List<UnitScore> ranked = rankedDepartmentsBestFirst();
    int bottom = Math.min(NAMED, ranked.size() - topCount(ranked.size()));
    for (int i = ranked.size() - 1; i >= ranked.size() - bottom; i--) {
      UnitScore u = ranked.get(i);
      String evidence = evidence(u.key());
      out.add(msg.format("summary.behind", u.displayName(), fmt.composite(u.composite()), words.grade(u.grade()),
          extreme(u.key(), false), evidence.isEmpty() ? msg.get("summary.noEvidence") : evidence));
    }
    List<UnitScore> insufficient = data.current().scores().stream().filter(UnitScore::insufficientData).toList();
    if (!insufficient.isEmpty()) {
      out.add(msg.format("summary.insufficient", fmt.count(insufficient.size()),
          names(insufficient.stream().map(UnitScore::displayName).toList()),
          data.current().manifest().parameter("ranking.min_indicators")));
    }
    return out;
  }

  /** The unit's weakest (or strongest) headline indicator with its value, "" when none is available. */
  private String extreme(UnitKey unit, boolean strongest) {
    Map<String, IndicatorValue> values = data.current().indicatorsOf(unit);
    String pick = null;
    for (String id : Methodology.HEADLINE_IDS) {
      IndicatorValue v = values.get(id);
      if (v != null && v.value() != null && (pick == null
          || (strongest ? v.value() > values.get(pick).value() : v.value() < values.get(pick).value()))) {
        pick = id;
      }
    }
    return pick == null ? "" : msg.format("summary.indicatorValue", pick, words.indicator(pick),
        fmt.percent(values.get(pick).value()));
  }

  /** The unit's findings as evidence: counts per kind with the first few codes. */
  String evidence(UnitKey unit) {
    Map<String, List<String>> byKind = new LinkedHashMap<>();
    for (Finding f : data.current().findingsOf(unit).stream().sorted(FindingTexts.order()).toList()) {
      if (!Findings.FALL.equals(f.kind())) {
        byKind.computeIfAbsent(f.kind(), k -> new ArrayList<>()).add(f.subjectCode() == null ? "" : f.subjectCode());
      }
    }
    List<String> parts = new ArrayList<>();
    byKind.forEach((kind, codes) -> {
      String key = "summary.evidence." + kind;
      if (msg.has(key)) {
        parts.add(msg.format(key, fmt.count(codes.size()), codes(codes)));
      }
    });
    return String.join(msg.get("list.clauseSeparator"), parts);
  }

  private List<String> movement() {
    List<String> out = new ArrayList<>();
    if (data.previous().isEmpty()) {
      out.add(msg.format("summary.noPrevious", data.current().period().previous().label()));
      return out;
    }
    PeriodSnapshot before = data.previous().get();
    List<UnitScore> compared = data.current().scores().stream()
        .filter(u -> u.composite() != null && before.composite(u.key()) != null).toList();
    long rose = compared.stream().filter(u -> data.compositeChange(u.key()) > 0.005).count();
    long fell = compared.stream().filter(u -> data.compositeChange(u.key()) < -0.005).count();
    out.add(msg.format("summary.movement", before.period().label(), fmt.count(compared.size()), fmt.count(rose),
        fmt.count(fell), fmt.count(compared.size() - rose - fell)));
    compared.stream().filter(u -> data.compositeChange(u.key()) < -0.005)
        .sorted(Comparator.comparing((UnitScore u) -> data.compositeChange(u.key())).thenComparing(UnitScore::unitCode))
        .limit(NAMED)
        .forEach(u -> out.add(msg.format("summary.fall", u.displayName(), fmt.composite(-data.compositeChange(u.key())),
            fmt.composite(before.composite(u.key())), fmt.composite(u.composite()), reasons(u.key()))));
    compared.stream().filter(u -> data.compositeChange(u.key()) > 0.005)
        .sorted(Comparator.comparing((UnitScore u) -> -data.compositeChange(u.key())).thenComparing(UnitScore::unitCode))
        .limit(NAMED)
        .forEach(u -> out.add(msg.format("summary.rise", u.displayName(), fmt.composite(data.compositeChange(u.key())),
            fmt.composite(before.composite(u.key())), fmt.composite(u.composite()))));
    List<String> lost = data.current().scores().stream()
        .filter(u -> u.composite() == null && before.composite(u.key()) != null).map(UnitScore::displayName).toList();
    if (!lost.isEmpty()) {
      out.add(msg.format("summary.lostComposite", names(lost)));
    }
    return out;
  }

  /** Why a unit fell: its FALL findings on the headline indicators, largest first, then other evidence. */
  private String reasons(UnitKey unit) {
    List<String> falls = data.current().findingsOf(unit).stream()
        .filter(f -> Findings.FALL.equals(f.kind()) && !"COMPOSITE".equals(f.subjectCode()) && f.metric() != null)
        .sorted(Comparator.comparing(Finding::metric))
        .map(f -> msg.format("summary.indicatorFall", f.subjectCode(), words.indicator(f.subjectCode()),
            fmt.pointsChange(f.metric())))
        .toList();
    String evidence = evidence(unit);
    String because = falls.isEmpty() ? msg.get("summary.fall.noIndicator") : join(falls);
    return evidence.isEmpty() ? because : msg.format("summary.fall.withEvidence", because, evidence);
  }

  private List<String> dataGaps() {
    List<String> out = new ArrayList<>();
    for (String dataset : data.current().manifest().missingDatasets()) {
      out.add(msg.format("summary.missing", words.dataset(dataset),
          join(needs.indicatorsWithout(dataset)), fmt.count(needs.checksWithout(dataset).size())));
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
        worst.add(msg.format("summary.datasetRejects", words.dataset(q.dataset()), fmt.count(q.rowsRejected()),
            fmt.percent(q.rejectShare())));
      }
    }
    if (rejected > 0) {
      out.add(msg.format("summary.rejected", fmt.count(read), fmt.count(rejected), fmt.count(duplicates), join(worst)));
    } else {
      out.add(msg.format("summary.noRejects", fmt.count(read), fmt.count(duplicates)));
    }
    return out;
  }

  private String join(List<String> parts) {
    return String.join(msg.get("list.separator"), parts);
  }

  private String codes(List<String> codes) {
    String shown = join(codes.subList(0, Math.min(CODES, codes.size())));
    return codes.size() > CODES ? msg.format("list.more", shown, fmt.count(codes.size() - CODES)) : shown;
  }

  private String names(List<String> names) {
    String shown = join(names.subList(0, Math.min(5, names.size())));
    return names.size() > 5 ? msg.format("list.more", shown, fmt.count(names.size() - 5)) : shown;
  }
}
