package org.govscore.methodology;

/** What an indicator's value counts in. */
public enum MeasureUnit {
  /** numerator / denominator, 0 to 1. */
  SHARE("share, 0 to 1"),
  /** A latency percentile, without numerator and denominator. */
  MILLISECONDS("milliseconds");

  private final String words;

  MeasureUnit(String words) {
    this.words = words;
  }

  public String words() {
    return words;
  }
}
