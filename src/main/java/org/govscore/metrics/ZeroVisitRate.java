package org.govscore.metrics;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.util.Set;
import org.govscore.contract.DatasetKind;

/** ZVR: cases with no VISIT event / cases (零跑动). */
final class ZeroVisitRate extends CountRatio {
  ZeroVisitRate() {
    super(
        "ZVR",
        Set.of(DatasetKind.CASE_EVENTS),
        Aggregation.count(
            Grouping.CASE_OWNER, "zero_visit_cases", col(SourceColumns.VISITS).equalTo(0)),
        Aggregation.count(Grouping.CASE_OWNER, "cases", lit(true)));
  }
}
