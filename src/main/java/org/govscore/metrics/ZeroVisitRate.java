package org.govscore.metrics;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import org.govscore.methodology.MethodologyRegistry;

/** ZVR: cases with no VISIT event / cases (零跑动). */
final class ZeroVisitRate extends CountRatio {
  ZeroVisitRate() {
    super(
        MethodologyRegistry.indicator("ZVR"),
        Aggregation.count(
            Grouping.CASE_OWNER, "zero_visit_cases", col(SourceColumns.VISITS).equalTo(0)),
        Aggregation.count(Grouping.CASE_OWNER, "cases", lit(true)));
  }
}
