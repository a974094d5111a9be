package org.govscore.site;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.govscore.metrics.UnitKey;
import org.govscore.render.results.CheckResult;
import org.govscore.render.results.Finding;
import org.govscore.render.results.PeriodResults;
import org.govscore.render.text.Formats;
import org.govscore.render.text.Messages;
import org.govscore.render.text.Vocabulary;
import org.govscore.scoring.Findings;
import org.govscore.site.model.Pages.FindingLine;

/**
 * A unit's findings in plain words, with the texts the report uses (finding.text.*): the engine's
 * {@code detail} is English, so the sentence is written from kind, subject and metric, and the
 * evidence numbers come from the same period's tables. Most telling first.
 */
final class SiteFindings {
  private static final List<String> ORDER = List.of(Findings.FALL, Findings.INFORMATION_ISLAND,
      Findings.REFUSED_RESOURCE, Findings.NOT_SHARED_RESOURCE, Findings.DECLARED_ONLY_ITEM, Findings.FAILING_CHECK);

  private final Vocabulary words;
  private final Messages msg;
  private final Formats fmt;

  SiteFindings(Vocabulary words, Formats fmt) {
    this.words = words;
    this.msg = words.messages();
    this.fmt = fmt;
  }

  List<FindingLine> lines(UnitKey unit, PeriodResults now, Optional<PeriodResults> before) {
    return now.findingsOf(unit).stream()
        .sorted(Comparator.comparingInt((Finding f) -> ORDER.contains(f.kind()) ? ORDER.indexOf(f.kind()) : ORDER.size())
            .thenComparing(f -> f.metric() == null ? 0.0 : -Math.abs(f.metric()))
            .thenComparing(f -> f.subjectCode() == null ? "" : f.subjectCode()))
        .map(f -> new FindingLine(f.kind(), words.findingKind(f.kind()), text(unit, f, now, before)))
        .toList();
  }

  private String text(UnitKey unit, Finding f, PeriodResults now, Optional<PeriodResults> before) {
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
        Optional<CheckResult> c = now.checksOf(unit).stream().filter(r -> r.checkId().equals(subject)).findFirst();
        return msg.format("finding.text.FAILING_CHECK", subject, words.check(subject), fmt.count(count),
            c.map(r -> fmt.count(r.applicable())).orElse(fmt.na()));
      }
      case Findings.FALL:
        return fall(unit, subject, f.metric(), now, before);
      default:
        return msg.format("finding.text.OTHER", subject, f.detail() == null ? "" : f.detail());
    }
  }

  private String fall(UnitKey unit, String measure, Double change, PeriodResults now, Optional<PeriodResults> before) {
    boolean composite = "COMPOSITE".equals(measure);
    Double to = value(unit, measure, composite, now);
    Double from = before.map(p -> value(unit, measure, composite, p)).orElse(null);
    String name = composite ? msg.get("site.th.composite") : measure + " " + words.indicator(measure);
    String delta = composite ? fmt.compositeChange(change) : fmt.pointsChange(change);
    if (to == null || from == null) {
      return msg.format("finding.text.FALL.short", name, delta);
    }
    return msg.format("finding.text.FALL", name, composite ? fmt.composite(from) : fmt.percent(from),
        before.get().period().label(), composite ? fmt.composite(to) : fmt.percent(to), now.period().label(), delta);
  }

  private static Double value(UnitKey unit, String measure, boolean composite, PeriodResults p) {
    if (composite) {
      return p.score(unit).map(s -> s.composite()).orElse(null);
    }
    var v = p.indicatorsOf(unit).get(measure);
    return v == null ? null : v.value();
  }
}
