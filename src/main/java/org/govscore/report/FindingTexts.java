package org.govscore.report;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.govscore.contract.UnitKey;
import org.govscore.render.results.PeriodSnapshot;
import org.govscore.render.text.FindingSentences;
import org.govscore.render.text.FindingSentences.PeriodValues;
import org.govscore.render.text.Formats;
import org.govscore.render.text.Vocabulary;
import org.govscore.report.model.UnitSection.FindingLine;
import org.govscore.store.FindingRecord;

/** The report's findings: the shared sentences, with values from the report's periods. */
final class FindingTexts {
  private final Vocabulary words;
  private final ReportData data;
  private final FindingSentences sentences;

  FindingTexts(Vocabulary words, Formats fmt, ReportData data) {
    this.words = words;
    this.data = data;
    this.sentences = new FindingSentences(words, fmt, words.messages().get("summary.composite"));
  }

  static Comparator<FindingRecord> order() {
    return FindingSentences.order();
  }

  List<FindingLine> lines(UnitKey unit) {
    return data.current().findingsOf(unit).stream()
        .sorted(order())
        .map(f -> new FindingLine(f.kind(), words.findingKind(f.kind()), text(unit, f)))
        .toList();
  }

  String text(UnitKey unit, FindingRecord f) {
    PeriodValues now =
        new PeriodValues(
            data.current().period().label(),
            m ->
                "COMPOSITE".equals(m)
                    ? data.current().score(unit).map(s -> s.composite()).orElse(null)
                    : Optional.ofNullable(data.current().indicatorsOf(unit).get(m))
                        .map(v -> v.value())
                        .orElse(null));
    Optional<PeriodValues> before =
        data.previous()
            .map(
                (PeriodSnapshot p) ->
                    new PeriodValues(
                        p.period().label(),
                        m -> "COMPOSITE".equals(m) ? p.composite(unit) : p.value(unit, m)));
    return sentences.text(f, data.current().checksOf(unit), now, before, data.current().names());
  }
}
