package org.govscore.metrics;

import java.util.List;
import java.util.Set;
import org.govscore.contract.DatasetKind;

/** An indicator that is one summed numerator over one summed denominator. */
abstract class CountRatio implements Indicator {
  private final String id;
  private final Set<DatasetKind> requires;
  private final Aggregation numerator;
  private final Aggregation denominator;

  CountRatio(String id, Set<DatasetKind> requires, Aggregation numerator, Aggregation denominator) {
    this.id = id;
    this.requires = Set.copyOf(requires);
    this.numerator = numerator;
    this.denominator = denominator;
  }

  @Override
  public final String id() {
    return id;
  }

  @Override
  public final Set<DatasetKind> requires() {
    return requires;
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
