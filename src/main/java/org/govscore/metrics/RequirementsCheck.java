package org.govscore.metrics;

import static org.apache.spark.sql.functions.col;

import org.govscore.methodology.MethodologyRegistry;

/** CAT_REQUIREMENTS: items with required resources, by owner, list only catalogued resources. */
final class RequirementsCheck extends RowCheck {
  RequirementsCheck() {
    super(
        MethodologyRegistry.check("CAT_REQUIREMENTS"),
        Grouping.ITEM_OWNER,
        col(SourceColumns.HAS_REQUIREMENTS),
        col(SourceColumns.REQUIREMENTS_CATALOGUED));
  }
}
