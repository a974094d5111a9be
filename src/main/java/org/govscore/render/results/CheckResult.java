package org.govscore.render.results;

/**
 * A row of the checks table for one unit: how many rows the check applied to and how many passed.
 */
public record CheckResult(String checkId, long applicable, long passed) {
  public long failed() {
    return applicable - passed;
  }

  public boolean failing() {
    return passed < applicable;
  }
}
