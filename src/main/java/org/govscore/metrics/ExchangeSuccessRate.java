package org.govscore.metrics;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.util.Set;
import org.govscore.contract.DatasetKind;

/**
 * ESR: SUCCESS exchanges / exchanges to the department (as logged provider) in the period;
 * self-exchanges count.
 */
final class ExchangeSuccessRate extends CountRatio {
  ExchangeSuccessRate() {
    super(
        "ESR",
        Set.of(DatasetKind.EXCHANGES),
        Aggregation.count(Grouping.PROVIDER, "successful_exchanges", col(SourceColumns.SUCCESS)),
        Aggregation.count(Grouping.PROVIDER, "exchanges", lit(true)));
  }
}
