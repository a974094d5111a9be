package org.govscore.metrics;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import org.govscore.methodology.MethodologyRegistry;

/** CAT_STANDARD: resources, by provider, name a data standard. */
final class ResourceStandardCheck extends RowCheck {
  ResourceStandardCheck() {
    super(
        MethodologyRegistry.check("CAT_STANDARD"),
        Grouping.RESOURCE_PROVIDER,
        lit(true),
        col(SourceColumns.STANDARD_CODE).isNotNull());
  }
}
