package org.govscore.render.results;

/** A row of the findings table for one unit (kinds in {@link org.govscore.scoring.Findings}). */
public record Finding(String kind, String subjectCode, Double metric, String detail) {}
