package org.govscore.metrics;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.util.Set;
import org.govscore.contract.DatasetKind;

/** CAT_STANDARD: resources, by provider, name a data standard. */
final class ResourceStandardCheck extends RowCheck {
  ResourceStandardCheck() {
    super(
        "CAT_STANDARD",
        Grouping.RESOURCE_PROVIDER,
        Set.of(DatasetKind.RESOURCES),
        lit(true),
        col(SourceColumns.STANDARD_CODE).isNotNull());
  }
}
