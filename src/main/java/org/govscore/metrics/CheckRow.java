package org.govscore.metrics;

/** A row of the checks table (only written where applicable &gt; 0). */
public record CheckRow(
    String unitType, String unitCode, String checkId, long applicable, long passed) {}
