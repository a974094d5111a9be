package org.govscore.metrics;

import static org.apache.spark.sql.functions.col;

import java.util.Set;
import org.govscore.contract.DatasetKind;

/**
 * EX_PROVIDER_MATCH: exchanges of a catalogued resource, by logged provider, name the catalogue's
 * provider.
 */
final class ProviderMatchCheck extends RowCheck {
  ProviderMatchCheck() {
    super(
        "EX_PROVIDER_MATCH",
        Grouping.PROVIDER,
        Set.of(DatasetKind.EXCHANGES, DatasetKind.RESOURCES),
        col(SourceColumns.CATALOGUED),
        col(SourceColumns.PROVIDER).equalTo(col(SourceColumns.CAT_PROVIDER)));
  }
}
