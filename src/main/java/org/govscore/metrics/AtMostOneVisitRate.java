package org.govscore.metrics;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import org.govscore.methodology.MethodologyRegistry;

/** MOV: cases with at most one VISIT event / cases (最多跑一次). */
final class AtMostOneVisitRate extends CountRatio {
  AtMostOneVisitRate() {
    super(
        MethodologyRegistry.indicator("MOV"),
        Aggregation.count(
            Grouping.CASE_OWNER, "at_most_one_visit_cases", col(SourceColumns.VISITS).leq(1)),
        Aggregation.count(Grouping.CASE_OWNER, "cases", lit(true)));
  }
}
