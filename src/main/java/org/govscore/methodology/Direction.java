package org.govscore.methodology;

/** Which way an indicator is better, for readers and for findings of a fall. */
public enum Direction {
  HIGHER_IS_BETTER("higher is better"),
  LOWER_IS_BETTER("lower is better"),
  /** Descriptive: the methodology does not say whether more is better (e.g. handovers). */
  NEITHER("descriptive");

  private final String words;

  Direction(String words) {
    this.words = words;
  }

  public String words() {
    return words;
  }
}
