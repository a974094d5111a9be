package org.govscore.metrics;

/**
 * The summed aggregation values of one unit: a department's own, or for a region the sum over the
 * departments of the region and its descendants (pooling sums before dividing).
 */
@FunctionalInterface
public interface Values {
  /** The sum of {@code aggregation} over the unit's rows; 0 when it has none. */
  double get(Aggregation aggregation);
}
