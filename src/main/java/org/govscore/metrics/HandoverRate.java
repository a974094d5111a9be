package org.govscore.metrics;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import org.govscore.methodology.MethodologyRegistry;

/** HOR: cases whose events involve two or more departments / cases. */
final class HandoverRate extends CountRatio {
  HandoverRate() {
    super(
        MethodologyRegistry.indicator("HOR"),
        Aggregation.count(Grouping.CASE_OWNER, "handover_cases", col(SourceColumns.HANDOVER)),
        Aggregation.count(Grouping.CASE_OWNER, "cases", lit(true)));
  }
}
