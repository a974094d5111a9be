package org.govscore.generate;

import java.io.Serializable;

/**
 * How exchange row indexes are used, so every row can be made from its index alone:
 *
 * <ol>
 *   <li>[0, linked): three slots per case for its first cases, slot j serving the case's j-th
 *       required resource (a slot past the item's requirements becomes a free request);
 *   <li>[linked, linked + coverage): for each requested resource and period, one planted request
 *       that fixes the resource's status (SERVED gets its success, REFUSED its refusal);
 *   <li>the rest: free requests between departments.
 * </ol>
 *
 * Case-linked slots take at most 60 % of the exchanges; with fewer exchanges than three per case
 * the later cases have no linked requests (their BCR score is then 0).
 */
final class ExchangeLayout implements Serializable {
  private static final long serialVersionUID = 1L;
  static final int SLOTS_PER_CASE = 3;
  static final double MAX_LINKED_SHARE = 0.6;

  final long total;
  final long linkedEnd;
  final long coverageEnd;
  final int periods;

  ExchangeLayout(long exchanges, long cases, int coverageResources, int periods) {
    this.total = exchanges;
    this.periods = periods;
    long linkedCases = Math.min(cases, (long) (exchanges * MAX_LINKED_SHARE) / SLOTS_PER_CASE);
    this.linkedEnd = linkedCases * SLOTS_PER_CASE;
    this.coverageEnd =
        linkedEnd + Math.min((long) coverageResources * periods, exchanges - linkedEnd);
  }

  boolean linked(long e) {
    return e < linkedEnd;
  }

  boolean coverage(long e) {
    return e >= linkedEnd && e < coverageEnd;
  }

  /** Whether a defect at e could spoil a planted coverage row (its own or, as a copy, e - 1's). */
  boolean touchesCoverage(long e) {
    return e >= linkedEnd && e <= coverageEnd;
  }
}
