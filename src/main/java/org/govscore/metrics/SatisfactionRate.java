package org.govscore.metrics;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import org.govscore.methodology.MethodologyRegistry;

/**
 * SAT (好评率): ratings in the period with level >= 4 / ratings in the period, per rated department.
 */
final class SatisfactionRate extends CountRatio {
  static final Aggregation GOOD =
      Aggregation.count(Grouping.RATED_DEPT, "good_ratings", col(SourceColumns.GOOD_RATING));
  static final Aggregation RATINGS = Aggregation.count(Grouping.RATED_DEPT, "ratings", lit(true));

  SatisfactionRate() {
    super(MethodologyRegistry.indicator("SAT"), GOOD, RATINGS);
  }
}
