package org.govscore.metrics;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.util.Set;
import org.govscore.contract.DatasetKind;

/** EX_EXTRANET: exchanges in the period, by consumer, pass on the government extranet. */
final class ExtranetCheck extends RowCheck {
  ExtranetCheck() {
    super(
        "EX_EXTRANET",
        Grouping.CONSUMER,
        Set.of(DatasetKind.EXCHANGES),
        lit(true),
        col(SourceColumns.NETWORK).equalTo("EXTRANET"));
  }
}
