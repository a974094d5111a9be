package org.govscore.metrics;

import static org.apache.spark.sql.functions.col;

import org.govscore.methodology.MethodologyRegistry;

/** FCR: cross-department cases with score 1 / cross-department cases. */
final class FullCollaborationRate extends CountRatio {
  FullCollaborationRate() {
    super(
        MethodologyRegistry.indicator("FCR"),
        Aggregation.count(
            Grouping.CASE_OWNER,
            "fully_collaborative_cases",
            col(SourceColumns.CROSS_CASE).and(col(SourceColumns.FULLY))),
        Aggregation.count(
            Grouping.CASE_OWNER, "cross_department_cases", col(SourceColumns.CROSS_CASE)));
  }
}
