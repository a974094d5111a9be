package org.govscore.metrics;

import static org.apache.spark.sql.functions.col;

import java.util.Set;
import org.govscore.contract.DatasetKind;

/** CAT_NOT_SHARED_BASIS: NOT_SHARED resources, by provider, give a legal basis. */
final class NotSharedBasisCheck extends RowCheck {
  NotSharedBasisCheck() {
    super(
        "CAT_NOT_SHARED_BASIS",
        Grouping.RESOURCE_PROVIDER,
        Set.of(DatasetKind.RESOURCES),
        col(SourceColumns.SHARE_TYPE).equalTo("NOT_SHARED"),
        col(SourceColumns.LEGAL_BASIS).isNotNull());
  }
}
