package org.govscore.metrics;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import org.govscore.methodology.MethodologyRegistry;

/**
 * ESR: SUCCESS exchanges / exchanges to the department (as logged provider) in the period;
 * self-exchanges count.
 */
final class ExchangeSuccessRate extends CountRatio {
  ExchangeSuccessRate() {
    super(
        MethodologyRegistry.indicator("ESR"),
        Aggregation.count(Grouping.PROVIDER, "successful_exchanges", col(SourceColumns.SUCCESS)),
        Aggregation.count(Grouping.PROVIDER, "exchanges", lit(true)));
  }
}
