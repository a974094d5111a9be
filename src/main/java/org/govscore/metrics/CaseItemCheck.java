package org.govscore.metrics;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import org.govscore.methodology.MethodologyRegistry;

/**
 * CASE_ITEM: cases in the period, by the department of their earliest event, name a catalogued
 * item.
 */
final class CaseItemCheck extends RowCheck {
  CaseItemCheck() {
    super(
        MethodologyRegistry.check("CASE_ITEM"),
        Grouping.CASE_FIRST_DEPT,
        lit(true),
        col(SourceColumns.ITEM_CATALOGUED));
  }
}
