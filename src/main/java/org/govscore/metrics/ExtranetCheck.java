package org.govscore.metrics;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import org.govscore.methodology.MethodologyRegistry;

/** EX_EXTRANET: exchanges in the period, by consumer, pass on the government extranet. */
final class ExtranetCheck extends RowCheck {
  ExtranetCheck() {
    super(
        MethodologyRegistry.check("EX_EXTRANET"),
        Grouping.CONSUMER,
        lit(true),
        col(SourceColumns.NETWORK).equalTo("EXTRANET"));
  }
}
