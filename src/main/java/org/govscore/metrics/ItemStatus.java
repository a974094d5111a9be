package org.govscore.metrics;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;

/** The status of a catalogued service item in the period (docs/methodology.md, SIR). */
public enum ItemStatus {
  EVIDENCED,
  NO_DEMAND,
  DECLARED_ONLY,
  OFFLINE;

  /** The status expression over online_depth, online_cases and all_cases. */
  static Column expression(int minDepth) {
    Column depthOk = col("online_depth").geq(minDepth);
    return when(col("online_cases").geq(1), lit(EVIDENCED.name()))
        .when(depthOk.and(col("all_cases").equalTo(0)), lit(NO_DEMAND.name()))
        .when(
            depthOk.and(col("all_cases").geq(1)).and(col("online_cases").equalTo(0)),
            lit(DECLARED_ONLY.name()))
        .otherwise(lit(OFFLINE.name()));
  }

  /** EVIDENCED although the catalogue declares a depth below min_depth. */
  static Column undeclaredOnline(int minDepth) {
    return col("online_cases").geq(1).and(col("online_depth").lt(minDepth));
  }
}
