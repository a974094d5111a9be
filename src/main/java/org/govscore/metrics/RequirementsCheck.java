package org.govscore.metrics;

import static org.apache.spark.sql.functions.col;

import java.util.Set;
import org.govscore.contract.DatasetKind;

/** CAT_REQUIREMENTS: items with required resources, by owner, list only catalogued resources. */
final class RequirementsCheck extends RowCheck {
  RequirementsCheck() {
    super(
        "CAT_REQUIREMENTS",
        Grouping.ITEM_OWNER,
        Set.of(DatasetKind.SERVICE_ITEMS, DatasetKind.RESOURCES),
        col(SourceColumns.HAS_REQUIREMENTS),
        col(SourceColumns.REQUIREMENTS_CATALOGUED));
  }
}
