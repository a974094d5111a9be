package org.govscore.metrics;

/** A numerator over a denominator; the value is N/A (null) when the denominator is 0. */
public record Ratio(double numerator, double denominator) {
  public Double value() {
    return denominator == 0 ? null : numerator / denominator;
  }
}
