package org.govscore.metrics;

import static org.apache.spark.sql.functions.col;

import org.govscore.methodology.MethodologyRegistry;

/**
 * EX_SUBJECT_ID: PERSON and ENTITY exchanges, by consumer, carry a valid citizen ID or credit code
 * (a null ID fails).
 */
final class SubjectIdCheck extends RowCheck {
  SubjectIdCheck() {
    super(
        MethodologyRegistry.check("EX_SUBJECT_ID"),
        Grouping.CONSUMER,
        col(SourceColumns.SUBJECT_TYPE).isin("PERSON", "ENTITY"),
        col(SourceColumns.SUBJECT_ID_VALID));
  }
}
