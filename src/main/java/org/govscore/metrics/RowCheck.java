package org.govscore.metrics;

import org.apache.spark.sql.Column;
import org.govscore.methodology.CheckEntry;

/**
 * A check that counts rows of one grouping: applicable when a condition holds, passed when another
 * does too.
 */
abstract class RowCheck implements Check {
  private final CheckEntry entry;
  private final Aggregation applicable;
  private final Aggregation passed;

  RowCheck(CheckEntry entry, Grouping grouping, Column applies, Column passes) {
    this.entry = entry;
    String id = entry.id();
    this.applicable = Aggregation.count(grouping, id + "_applicable", applies);
    // A null pass condition (e.g. comparing with a null standard) is a failure, never a pass.
    this.passed =
        Aggregation.count(
            grouping,
            id + "_passed",
            applies.and(
                org.apache.spark.sql.functions.coalesce(
                    passes, org.apache.spark.sql.functions.lit(false))));
  }

  @Override
  public final CheckEntry entry() {
    return entry;
  }

  @Override
  public final Aggregation applicable() {
    return applicable;
  }

  @Override
  public final Aggregation passed() {
    return passed;
  }
}
