package org.govscore.metrics;

import java.util.ArrayList;
import java.util.List;
import org.govscore.methodology.IndicatorEntry;
import org.govscore.methodology.MethodologyRegistry;

/**
 * SCR (标准规范率): the mean of passed/applicable over the checks that apply to the unit (each check one
 * vote). Numerator: the sum of those shares; denominator: their number. A region pools applicable
 * and passed per check first, which summed values already do.
 */
final class StandardComplianceRate implements Indicator {
  private final List<Check> checks;

  StandardComplianceRate(List<Check> checks) {
    this.checks = List.copyOf(checks);
  }

  /** Needs nothing of its own: each check brings its needs; no applicable check means N/A. */
  @Override
  public IndicatorEntry entry() {
    return MethodologyRegistry.indicator("SCR");
  }

  @Override
  public List<Aggregation> aggregations() {
    List<Aggregation> all = new ArrayList<>();
    checks.forEach(c -> all.addAll(c.aggregations()));
    return all;
  }

  @Override
  public Ratio ratio(Values v, double creditNoDemand) {
    double sum = 0;
    int votes = 0;
    for (Check c : checks) {
      double a = v.get(c.applicable());
      if (a > 0) {
        sum += v.get(c.passed()) / a;
        votes++;
      }
    }
    return new Ratio(sum, votes);
  }
}
