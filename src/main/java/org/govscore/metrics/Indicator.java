package org.govscore.metrics;

import java.util.List;
import java.util.Set;
import org.govscore.contract.DatasetKind;
import org.govscore.methodology.IndicatorEntry;

/**
 * An indicator of docs/methodology.md: declares the sums it needs and computes its ratio from a
 * unit's summed values. Because every numerator is linear in the sums, pooling a region's
 * departments is summing their values first.
 */
public interface Indicator {
  /** Its entry in the methodology registry: id, texts, dataset needs. */
  IndicatorEntry entry();

  /** The published id, e.g. {@code SIR}. */
  default String id() {
    return entry().id();
  }

  /** Datasets without which the indicator is N/A for every unit (the registry's needs). */
  default Set<DatasetKind> requires() {
    return Needs.of(entry().needs());
  }

  List<Aggregation> aggregations();

  /** Numerator and denominator for a unit, with the given no-demand credit. */
  Ratio ratio(Values values, double creditNoDemand);
}
