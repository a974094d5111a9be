package org.govscore.metrics;

import static org.apache.spark.sql.functions.col;

import org.govscore.methodology.MethodologyRegistry;

/**
 * OTR: completed cases whose item has promised days, finished within them (working days) / such
 * cases.
 */
final class OnTimeRate extends CountRatio {
  OnTimeRate() {
    super(
        MethodologyRegistry.indicator("OTR"),
        Aggregation.count(
            Grouping.CASE_OWNER,
            "on_time_cases",
            col(SourceColumns.OTR_APPLICABLE).and(col(SourceColumns.ON_TIME))),
        Aggregation.count(
            Grouping.CASE_OWNER,
            "completed_cases_with_promise",
            col(SourceColumns.OTR_APPLICABLE)));
  }
}
