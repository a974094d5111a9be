package org.govscore.report.model;

/** A unit's line in its group's ranking; every value pre-formatted for the language ("N/A" for none). */
public record RankRow(
    UnitLink unit, String rank, String interval, String composite, String gradeCode, String grade, String change,
    String sir, String rsr, String bcr, String scr, String quadrantCode, String quadrant, boolean insufficient) {}
