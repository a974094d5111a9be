package org.govscore.scoring;

/** A row of the findings table: the evidence behind a weak score. */
public record FindingRow(
    String unitType,
    String unitCode,
    String kind,
    String subjectCode,
    Double metric,
    String detail) {}
