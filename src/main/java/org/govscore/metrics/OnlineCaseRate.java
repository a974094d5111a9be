package org.govscore.metrics;

import static org.apache.spark.sql.functions.col;

import org.govscore.methodology.MethodologyRegistry;

/** OCR: online cases (channel ONLINE or MOBILE) / cases with a channel. */
final class OnlineCaseRate extends CountRatio {
  OnlineCaseRate() {
    super(
        MethodologyRegistry.indicator("OCR"),
        Aggregation.count(Grouping.CASE_OWNER, "online_cases", col(SourceColumns.ONLINE)),
        Aggregation.count(
            Grouping.CASE_OWNER, "cases_with_channel", col(SourceColumns.HAS_CHANNEL)));
  }
}
