package org.govscore.render.text;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.govscore.contract.FindingKinds;
import org.govscore.render.results.CatalogueLabels;
import org.govscore.store.CheckRecord;
import org.govscore.store.FindingRecord;

/**
 * A finding in the reader's language, shared by report and site: written from its kind, subject and
 * metric (the engine's {@code detail} is English), with the evidence numbers the caller takes from
 * the same period's tables.
 */
public final class FindingSentences {
  /** Most telling first: falls, then what blocks sharing and collaboration, then compliance. */
  private static final List<String> ORDER =
      List.of(
          FindingKinds.FALL,
          FindingKinds.INFORMATION_ISLAND,
          FindingKinds.REFUSED_RESOURCE,
          FindingKinds.NOT_SHARED_RESOURCE,
          FindingKinds.DECLARED_ONLY_ITEM,
          FindingKinds.FAILING_CHECK);

  /** The subject of a fall of the composite itself. */
  static final String COMPOSITE = "COMPOSITE";

  /**
   * A unit's values in one period: by indicator id, or {@link #COMPOSITE}; null when unknown.
   *
   * @param label the period's label, e.g. 2026-Q2
   */
  public record PeriodValues(String label, Function<String, Double> value) {}

  private final Vocabulary words;
  private final Messages msg;
  private final Formats fmt;
  private final String compositeName;

  /** {@code compositeName}: what the composite is called where the sentence stands. */
  public FindingSentences(Vocabulary words, Formats fmt, String compositeName) {
    this.words = words;
    this.msg = words.messages();
    this.fmt = fmt;
    this.compositeName = compositeName;
  }

  public static Comparator<FindingRecord> order() {
    return Comparator.comparingInt(
            (FindingRecord f) -> ORDER.contains(f.kind()) ? ORDER.indexOf(f.kind()) : ORDER.size())
        .thenComparing(f -> f.metric() == null ? 0.0 : -Math.abs(f.metric()))
        .thenComparing(f -> f.subjectCode() == null ? "" : f.subjectCode());
  }

  /**
   * The sentence for {@code f}, a finding of a unit whose checks are {@code checks}; {@code now}
   * and {@code before} (empty without a previous period) give the values a fall compares; {@code
   * names} puts the catalogue name beside an item or resource code.
   */
  public String text(
      FindingRecord f,
      List<CheckRecord> checks,
      PeriodValues now,
      Optional<PeriodValues> before,
      CatalogueLabels names) {
    String subject = f.subjectCode() == null ? "" : f.subjectCode();
    long count = f.metric() == null ? 0 : Math.round(f.metric());
    switch (f.kind()) {
      case FindingKinds.DECLARED_ONLY_ITEM:
        return msg.format(
            "finding.text.DECLARED_ONLY_ITEM", names.item(f.subjectCode()), fmt.count(count));
      case FindingKinds.REFUSED_RESOURCE:
        return msg.format(
            "finding.text.REFUSED_RESOURCE", names.resource(f.subjectCode()), fmt.count(count));
      case FindingKinds.NOT_SHARED_RESOURCE:
        return msg.format(
            "finding.text.NOT_SHARED_RESOURCE",
            names.resource(f.subjectCode()),
            f.metric() == null ? fmt.na() : fmt.count(count));
      case FindingKinds.INFORMATION_ISLAND:
        return msg.get("finding.text.INFORMATION_ISLAND");
      case FindingKinds.FAILING_CHECK:
        {
          Optional<CheckRecord> c =
              checks.stream().filter(r -> r.checkId().equals(subject)).findFirst();
          return msg.format(
              "finding.text.FAILING_CHECK",
              subject,
              words.check(subject),
              fmt.count(count),
              c.map(r -> fmt.count(r.applicable())).orElse(fmt.na()));
        }
      case FindingKinds.FALL:
        return fall(subject, f.metric(), now, before);
      default:
        return msg.format("finding.text.OTHER", subject, f.detail() == null ? "" : f.detail());
    }
  }

  private String fall(
      String measure, Double change, PeriodValues now, Optional<PeriodValues> before) {
    boolean composite = COMPOSITE.equals(measure);
    Double to = now.value().apply(measure);
    Double from = before.map(p -> p.value().apply(measure)).orElse(null);
    String name = composite ? compositeName : measure + " " + words.indicator(measure);
    String delta = composite ? fmt.compositeChange(change) : fmt.pointsChange(change);
    if (to == null || from == null) {
      return msg.format("finding.text.FALL.short", name, delta);
    }
    return msg.format(
        "finding.text.FALL",
        name,
        composite ? fmt.composite(from) : fmt.percent(from),
        before.get().label(),
        composite ? fmt.composite(to) : fmt.percent(to),
        now.label(),
        delta);
  }
}
