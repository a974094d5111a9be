package org.govscore.report;

import org.govscore.render.text.Vocabulary;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.govscore.metrics.UnitKey;
import org.govscore.render.results.CheckResult;
import org.govscore.render.results.Finding;
import org.govscore.render.results.PeriodSnapshot;
import org.govscore.render.text.Formats;
import org.govscore.render.text.Messages;
import org.govscore.report.model.UnitSection.FindingLine;
import org.govscore.scoring.Findings;

/**
 * Findings in the reader's language, written from their kind, subject and metric (the engine's
 * {@code detail} is English); the evidence numbers come from the same period's tables.
 */
final class FindingTexts {
  /** Most telling first: falls, then what blocks sharing and collaboration, then compliance. */
  private static final List<String> ORDER = List.of(Findings.FALL, Findings.INFORMATION_ISLAND,
      Findings.REFUSED_RESOURCE, Findings.NOT_SHARED_RESOURCE, Findings.DECLARED_ONLY_ITEM, Findings.FAILING_CHECK);

  private final Vocabulary words;
  private final Messages msg;
  private final Formats fmt;
  private final ReportData data;

  FindingTexts(Vocabulary words, Formats fmt, ReportData data) {
    this.words = words;
    this.msg = words.messages();
    this.fmt = fmt;
    this.data = data;
  }

  static Comparator<Finding> order() {
    return Comparator.comparingInt((Finding f) -> ORDER.contains(f.kind()) ? ORDER.indexOf(f.kind()) : ORDER.size())
        .thenComparing(f -> f.metric() == null ? 0.0 : -Math.abs(f.metric()))
        .thenComparing(f -> f.subjectCode() == null ? "" : f.subjectCode());
  }

  List<FindingLine> lines(UnitKey unit) {
    return data.current().findingsOf(unit).stream().sorted(order())
        .map(f -> new FindingLine(f.kind(), words.findingKind(f.kind()), text(unit, f))).toList();
  }

  String text(UnitKey unit, Finding f) {
    String subject = f.subjectCode() == null ? "" : f.subjectCode();
    long count = f.metric() == null ? 0 : Math.round(f.metric());
    switch (f.kind()) {
      case Findings.DECLARED_ONLY_ITEM:
        return msg.format("finding.text.DECLARED_ONLY_ITEM", subject, fmt.count(count));
      case Findings.REFUSED_RESOURCE:
        return msg.format("finding.text.REFUSED_RESOURCE", subject, fmt.count(count));
      case Findings.NOT_SHARED_RESOURCE:
        return msg.format("finding.text.NOT_SHARED_RESOURCE", subject,
            f.metric() == null ? fmt.na() : fmt.count(count));
      case Findings.INFORMATION_ISLAND:
        return msg.get("finding.text.INFORMATION_ISLAND");
      case Findings.FAILING_CHECK: {
        Optional<CheckResult> c = data.current().checksOf(unit).stream()
            .filter(r -> r.checkId().equals(subject)).findFirst();
        return msg.format("finding.text.FAILING_CHECK", subject, words.check(subject), fmt.count(count),
            c.map(r -> fmt.count(r.applicable())).orElse(fmt.na()));
      }
      case Findings.FALL:
        return fall(unit, subject, f.metric());
      default:
        return msg.format("finding.text.OTHER", subject, f.detail() == null ? "" : f.detail());
    }
  }

  private String fall(UnitKey unit, String measure, Double change) {
    boolean composite = "COMPOSITE".equals(measure);
    Double now = composite ? data.current().score(unit).map(s -> s.composite()).orElse(null)
        : Optional.ofNullable(data.current().indicatorsOf(unit).get(measure)).map(v -> v.value()).orElse(null);
    Double before = data.previous().map(p -> composite ? p.composite(unit) : p.value(unit, measure)).orElse(null);
    String name = composite ? msg.get("summary.composite") : measure + " " + words.indicator(measure);
    String delta = composite ? fmt.compositeChange(change) : fmt.pointsChange(change);
    if (now == null || before == null) {
      return msg.format("finding.text.FALL.short", name, delta);
    }
    String from = composite ? fmt.composite(before) : fmt.percent(before);
    String to = composite ? fmt.composite(now) : fmt.percent(now);
    PeriodSnapshot p = data.previous().get();
    return msg.format("finding.text.FALL", name, from, p.period().label(), to, data.current().period().label(), delta);
  }
}
