package org.govscore.site;

import java.util.List;
import java.util.Optional;
import org.govscore.contract.UnitKey;
import org.govscore.render.results.PeriodResults;
import org.govscore.render.text.FindingSentences;
import org.govscore.render.text.FindingSentences.PeriodValues;
import org.govscore.render.text.Formats;
import org.govscore.render.text.Vocabulary;
import org.govscore.site.model.Pages.FindingLine;

/**
 * A unit's findings in plain words on the site: the report's sentences (render/text's
 * FindingSentences), with values from the site's periods. Most telling first.
 */
final class SiteFindings {
  private final Vocabulary words;
  private final FindingSentences sentences;

  SiteFindings(Vocabulary words, Formats fmt) {
    this.words = words;
    this.sentences = new FindingSentences(words, fmt, words.messages().get("site.th.composite"));
  }

  List<FindingLine> lines(UnitKey unit, PeriodResults now, Optional<PeriodResults> before) {
    return now.findingsOf(unit).stream()
        .sorted(FindingSentences.order())
        .map(
            f ->
                new FindingLine(
                    f.kind(),
                    words.findingKind(f.kind()),
                    sentences.text(
                        f,
                        now.checksOf(unit),
                        values(unit, now),
                        before.map(p -> values(unit, p)),
                        now.names())))
        .toList();
  }

  private static PeriodValues values(UnitKey unit, PeriodResults p) {
    return new PeriodValues(
        p.period().label(),
        measure -> {
          if ("COMPOSITE".equals(measure)) {
            return p.score(unit).map(s -> s.composite()).orElse(null);
          }
          var v = p.indicatorsOf(unit).get(measure);
          return v == null ? null : v.value();
        });
  }
}
