package org.govscore.site.model;

/**
 * A table cell: the text shown (already formatted, "N/A" or "Insufficient data" included) and a
 * machine sort key for the sorting script; an empty key sorts last, so a missing value is never 0.
 */
public record Cell(String text, String sort) {}
