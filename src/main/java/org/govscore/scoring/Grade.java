package org.govscore.scoring;

import org.govscore.config.Parameters;

/** Grades of the composite: 非常高 / 高 / 中 / 低. */
public enum Grade {
  VERY_HIGH,
  HIGH,
  MEDIUM,
  LOW;

  /** The grade of an unrounded composite. */
  public static Grade of(double composite, Parameters p) {
    if (composite >= p.gradeVeryHigh()) {
      return VERY_HIGH;
    }
    if (composite >= p.gradeHigh()) {
      return HIGH;
    }
    if (composite >= p.gradeMedium()) {
      return MEDIUM;
    }
    return LOW;
  }
}
