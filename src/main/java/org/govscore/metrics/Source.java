package org.govscore.metrics;

/** The row sets aggregations run over; each is scanned once per evaluation. */
public enum Source {
  /** Accepted exchanges with ts in the period, enriched with their resource's catalogue entry. */
  EXCHANGES,
  /** Cases (grouped case events) starting in the period, enriched with their item. */
  CASES,
  /** Catalogued service items with their status in the period. */
  ITEMS,
  /** Catalogued resources with their status in the period. */
  RESOURCES,
  /** Accepted ratings (好差评) with ts in the period. */
  RATINGS
}
