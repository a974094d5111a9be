package org.govscore.metrics;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.govscore.methodology.MethodologyRegistry;

/**
 * TCR: (sum statutory - sum promised) / sum statutory over items having both, promised <=
 * statutory.
 */
final class TimeLimitCompression extends CountRatio {
  private static final Column BOTH =
      col(SourceColumns.STATUTORY)
          .isNotNull()
          .and(col(SourceColumns.PROMISED).isNotNull())
          .and(col(SourceColumns.PROMISED).leq(col(SourceColumns.STATUTORY)));

  TimeLimitCompression() {
    super(
        MethodologyRegistry.indicator("TCR"),
        Aggregation.sum(
            Grouping.ITEM_OWNER,
            "days_saved",
            when(BOTH, col(SourceColumns.STATUTORY).minus(col(SourceColumns.PROMISED)))
                .otherwise(0)),
        Aggregation.sum(
            Grouping.ITEM_OWNER,
            "statutory_days_total",
            when(BOTH, col(SourceColumns.STATUTORY)).otherwise(0)));
  }
}
