package org.govscore.metrics;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.util.Set;
import org.govscore.contract.DatasetKind;

/** EX_CATALOGUED: exchanges in the period, by consumer, request a catalogued resource. */
final class CataloguedResourceCheck extends RowCheck {
  CataloguedResourceCheck() {
    super(
        "EX_CATALOGUED",
        Grouping.CONSUMER,
        Set.of(DatasetKind.EXCHANGES, DatasetKind.RESOURCES),
        lit(true),
        col(SourceColumns.CATALOGUED));
  }
}
