package org.govscore.metrics;

import static org.apache.spark.sql.functions.col;

import org.govscore.methodology.MethodologyRegistry;

/**
 * EX_STANDARD: SUCCESS exchanges of a resource with a catalogued standard, by logged provider,
 * declare that standard.
 */
final class ExchangeStandardCheck extends RowCheck {
  ExchangeStandardCheck() {
    super(
        MethodologyRegistry.check("EX_STANDARD"),
        Grouping.PROVIDER,
        col(SourceColumns.SUCCESS)
            .and(col(SourceColumns.CATALOGUED))
            .and(col(SourceColumns.CAT_STANDARD).isNotNull()),
        col(SourceColumns.STANDARD_CODE).equalTo(col(SourceColumns.CAT_STANDARD)));
  }
}
