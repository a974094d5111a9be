package org.govscore.metrics;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.util.Set;
import org.govscore.contract.DatasetKind;

/**
 * CASE_ITEM: cases in the period, by the department of their earliest event, name a catalogued
 * item.
 */
final class CaseItemCheck extends RowCheck {
  CaseItemCheck() {
    super(
        "CASE_ITEM",
        Grouping.CASE_FIRST_DEPT,
        Set.of(DatasetKind.CASE_EVENTS, DatasetKind.SERVICE_ITEMS),
        lit(true),
        col(SourceColumns.ITEM_CATALOGUED));
  }
}
