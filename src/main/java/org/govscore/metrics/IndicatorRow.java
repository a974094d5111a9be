package org.govscore.metrics;

/** A row of the indicators table; numerator, denominator and value are null when N/A. */
public record IndicatorRow(
    String unitType,
    String unitCode,
    String indicator,
    Double numerator,
    Double denominator,
    Double value) {}
