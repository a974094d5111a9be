package org.govscore.metrics;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import org.govscore.methodology.MethodologyRegistry;

/**
 * CAT_TIME_LIMITS: service items, by owner, state statutory and promised days with 0 <= promised <=
 * statutory.
 */
final class TimeLimitsCheck extends RowCheck {
  TimeLimitsCheck() {
    super(
        MethodologyRegistry.check("CAT_TIME_LIMITS"),
        Grouping.ITEM_OWNER,
        lit(true),
        col(SourceColumns.STATUTORY)
            .isNotNull()
            .and(col(SourceColumns.PROMISED).isNotNull())
            .and(col(SourceColumns.PROMISED).geq(0))
            .and(col(SourceColumns.PROMISED).leq(col(SourceColumns.STATUTORY))));
  }
}
