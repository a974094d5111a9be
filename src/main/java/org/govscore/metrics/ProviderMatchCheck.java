package org.govscore.metrics;

import static org.apache.spark.sql.functions.col;

import org.govscore.methodology.MethodologyRegistry;

/**
 * EX_PROVIDER_MATCH: exchanges of a catalogued resource, by logged provider, name the catalogue's
 * provider.
 */
final class ProviderMatchCheck extends RowCheck {
  ProviderMatchCheck() {
    super(
        MethodologyRegistry.check("EX_PROVIDER_MATCH"),
        Grouping.PROVIDER,
        col(SourceColumns.CATALOGUED),
        col(SourceColumns.PROVIDER).equalTo(col(SourceColumns.CAT_PROVIDER)));
  }
}
