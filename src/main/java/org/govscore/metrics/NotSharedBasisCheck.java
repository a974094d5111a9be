package org.govscore.metrics;

import static org.apache.spark.sql.functions.col;

import org.govscore.methodology.MethodologyRegistry;

/** CAT_NOT_SHARED_BASIS: NOT_SHARED resources, by provider, give a legal basis. */
final class NotSharedBasisCheck extends RowCheck {
  NotSharedBasisCheck() {
    super(
        MethodologyRegistry.check("CAT_NOT_SHARED_BASIS"),
        Grouping.RESOURCE_PROVIDER,
        col(SourceColumns.SHARE_TYPE).equalTo("NOT_SHARED"),
        col(SourceColumns.LEGAL_BASIS).isNotNull());
  }
}
