package org.govscore.metrics;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import org.govscore.methodology.MethodologyRegistry;

/**
 * RCR (评价覆盖率): cases in the period with at least one accepted rating carrying their case_id (a
 * rating of any time, level or rated department) / cases in the period, per case department like
 * the other case indicators. It rides in the case pass.
 */
final class RatingCoverage extends CountRatio {
  RatingCoverage() {
    super(
        MethodologyRegistry.indicator("RCR"),
        Aggregation.count(Grouping.CASE_OWNER, "rated_cases", col(SourceColumns.RATED_CASE)),
        Aggregation.count(Grouping.CASE_OWNER, "cases", lit(true)));
  }
}
