package org.govscore.metrics;

import java.util.List;
import org.govscore.methodology.IndicatorEntry;

/** An indicator that is one summed numerator over one summed denominator. */
abstract class CountRatio implements Indicator {
  private final IndicatorEntry entry;
  private final Aggregation numerator;
  private final Aggregation denominator;

  CountRatio(IndicatorEntry entry, Aggregation numerator, Aggregation denominator) {
    this.entry = entry;
    this.numerator = numerator;
    this.denominator = denominator;
  }

  @Override
  public final IndicatorEntry entry() {
    return entry;
  }

  @Override
  public final List<Aggregation> aggregations() {
    return List.of(numerator, denominator);
  }

  @Override
  public final Ratio ratio(Values values, double creditNoDemand) {
    return new Ratio(values.get(numerator), values.get(denominator));
  }
}
