package org.govscore.metrics;

import java.util.Set;
import org.apache.spark.sql.Column;
import org.govscore.contract.DatasetKind;

/**
 * A check that counts rows of one grouping: applicable when a condition holds, passed when another
 * does too.
 */
abstract class RowCheck implements Check {
  private final String id;
  private final Set<DatasetKind> requires;
  private final Aggregation applicable;
  private final Aggregation passed;

  RowCheck(String id, Grouping grouping, Set<DatasetKind> requires, Column applies, Column passes) {
    this.id = id;
    this.requires = Set.copyOf(requires);
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
  public final String id() {
    return id;
  }

  @Override
  public final Set<DatasetKind> requires() {
    return requires;
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
