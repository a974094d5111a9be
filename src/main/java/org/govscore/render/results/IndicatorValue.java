package org.govscore.render.results;

/**
 * A row of the indicators table for one unit: value null means N/A (latency rows have no ratio
 * parts).
 */
public record IndicatorValue(String indicator, Double numerator, Double denominator, Double value) {
  public boolean available() {
    return value != null;
  }
}
