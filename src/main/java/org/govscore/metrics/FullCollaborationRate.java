package org.govscore.metrics;

import static org.apache.spark.sql.functions.col;

import java.util.Set;
import org.govscore.contract.DatasetKind;

/** FCR: cross-department cases with score 1 / cross-department cases. */
final class FullCollaborationRate extends CountRatio {
  FullCollaborationRate() {
    super(
        "FCR",
        Set.of(
            DatasetKind.SERVICE_ITEMS,
            DatasetKind.RESOURCES,
            DatasetKind.CASE_EVENTS,
            DatasetKind.EXCHANGES),
        Aggregation.count(
            Grouping.CASE_OWNER,
            "fully_collaborative_cases",
            col(SourceColumns.CROSS_CASE).and(col(SourceColumns.FULLY))),
        Aggregation.count(
            Grouping.CASE_OWNER, "cross_department_cases", col(SourceColumns.CROSS_CASE)));
  }
}
