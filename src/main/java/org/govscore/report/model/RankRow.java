package org.govscore.report.model;

import java.util.List;

/**
 * A unit's line in its group's ranking; every value pre-formatted (indicators: the composite's
 * members in order) for the language ("N/A" for none).
 */
public record RankRow(
    UnitLink unit,
    String rank,
    String interval,
    String composite,
    String gradeCode,
    String grade,
    String change,
    List<String> indicators,
    String quadrantCode,
    String quadrant,
    boolean insufficient) {}
