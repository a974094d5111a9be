package org.govscore.config;

/**
 * {@code composite.normalization} of docs/methodology.md: how member values are made comparable.
 */
public enum CompositeNormalization {
  /** The value itself (rates in 0..1): v1's composite. */
  NONE,
  /** (x - min) / (max - min) within the rank group; 1 for every unit when max = min. */
  MIN_MAX,
  /** min(x / targets.ID, 1), no lower bound. */
  TARGET,
  /**
   * (x - mean) / population sd (0 when sd = 0, i.e. every value equal); the aggregate is rescaled
   * min-max within the group.
   */
  Z_SCORE
}
