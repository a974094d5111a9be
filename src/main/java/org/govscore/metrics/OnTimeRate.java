package org.govscore.metrics;

import static org.apache.spark.sql.functions.col;

import java.util.Set;
import org.govscore.contract.DatasetKind;

/**
 * OTR: completed cases whose item has promised days, finished within them (working days) / such
 * cases.
 */
final class OnTimeRate extends CountRatio {
  OnTimeRate() {
    super(
        "OTR",
        Set.of(DatasetKind.CASE_EVENTS, DatasetKind.SERVICE_ITEMS),
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
