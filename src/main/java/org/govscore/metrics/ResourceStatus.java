package org.govscore.metrics;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;

/** The status of a catalogued data resource in the period (docs/methodology.md, RSR). */
public enum ResourceStatus {
  /** NOT_SHARED with a legal basis: left out of RSR. */
  EXEMPT,
  NOT_SHARED,
  SERVED,
  UNREQUESTED,
  REFUSED;

  /** The status expression over share_type, legal_basis, requests and successes. */
  static Column expression() {
    Column notShared = col("share_type").equalTo("NOT_SHARED");
    return when(notShared.and(col("legal_basis").isNotNull()), lit(EXEMPT.name()))
        .when(notShared, lit(NOT_SHARED.name()))
        .when(col("successes").geq(1), lit(SERVED.name()))
        .when(col("requests").equalTo(0), lit(UNREQUESTED.name()))
        .otherwise(lit(REFUSED.name()));
  }
}
