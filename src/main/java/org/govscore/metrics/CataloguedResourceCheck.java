package org.govscore.metrics;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import org.govscore.methodology.MethodologyRegistry;

/** EX_CATALOGUED: exchanges in the period, by consumer, request a catalogued resource. */
final class CataloguedResourceCheck extends RowCheck {
  CataloguedResourceCheck() {
    super(
        MethodologyRegistry.check("EX_CATALOGUED"),
        Grouping.CONSUMER,
        lit(true),
        col(SourceColumns.CATALOGUED));
  }
}
