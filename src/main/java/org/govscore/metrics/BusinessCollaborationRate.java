package org.govscore.metrics;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.when;

import org.govscore.methodology.MethodologyRegistry;

/**
 * BCR (业务协同率): over cross-department cases (item with external required resources), the mean share
 * of those resources that a SUCCESS exchange of the case delivered.
 */
final class BusinessCollaborationRate extends CountRatio {
  BusinessCollaborationRate() {
    super(
        MethodologyRegistry.indicator("BCR"),
        Aggregation.fractionalSum(
            Grouping.CASE_OWNER,
            "collaboration_score",
            when(col(SourceColumns.CROSS_CASE), col(SourceColumns.BCR_SCORE))),
        Aggregation.count(
            Grouping.CASE_OWNER, "cross_department_cases", col(SourceColumns.CROSS_CASE)));
  }
}
