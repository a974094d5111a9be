package org.govscore.report.model;

import java.util.List;

/**
 * What every page shows in its header and footer.
 *
 * @param lang the BCP 47 tag of the page's language ({@code zh-CN}, {@code en})
 * @param previousPeriod the previous period of the same length, or "" when the store lacks it
 * @param evaluatedAt when the evaluation finished, in the job's zone (the report itself is
 *     reproducible: it prints no time of its own)
 * @param uncertainty the one explanation of the rank interval ({@code UncertaintyText}), as on the
 *     site
 * @param members the composite's member indicators, in order: the ranking's indicator columns
 */
public record ReportMeta(
    String lang,
    String title,
    String period,
    String periodRange,
    String previousPeriod,
    String evaluatedAt,
    String zone,
    String engineVersion,
    String uncertainty,
    List<Term> members) {

  public boolean hasPrevious() {
    return !previousPeriod.isEmpty();
  }
}
