package org.govscore.methodology;

/**
 * A grade, best first, with the parameter holding its lowest composite (null for the lowest grade,
 * which is everything below the next).
 */
public record GradeEntry(String code, Text label, String thresholdKey) {}
