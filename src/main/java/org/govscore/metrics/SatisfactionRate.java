package org.govscore.metrics;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.util.Set;
import org.govscore.contract.DatasetKind;

/**
 * SAT (好评率): ratings in the period with level >= 4 / ratings in the period, per rated department.
 */
final class SatisfactionRate extends CountRatio {
  static final Aggregation GOOD =
      Aggregation.count(Grouping.RATED_DEPT, "good_ratings", col(SourceColumns.GOOD_RATING));
  static final Aggregation RATINGS = Aggregation.count(Grouping.RATED_DEPT, "ratings", lit(true));

  SatisfactionRate() {
    super("SAT", Set.of(DatasetKind.RATINGS), GOOD, RATINGS);
  }
}
