package org.govscore.metrics;

import static org.apache.spark.sql.functions.col;

import org.govscore.methodology.MethodologyRegistry;

/**
 * BRR (差评整改率): bad ratings (level <= 2) in the period rectified within {@code ratings.rectify_days}
 * working days / bad ratings in the period, per rated department.
 */
final class BadRatingRectificationRate extends CountRatio {
  static final Aggregation RECTIFIED =
      Aggregation.count(
          Grouping.RATED_DEPT,
          "bad_ratings_rectified_in_time",
          col(SourceColumns.RECTIFIED_IN_TIME));
  static final Aggregation BAD =
      Aggregation.count(Grouping.RATED_DEPT, "bad_ratings", col(SourceColumns.BAD_RATING));

  BadRatingRectificationRate() {
    super(MethodologyRegistry.indicator("BRR"), RECTIFIED, BAD);
  }
}
