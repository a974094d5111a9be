package org.govscore.config;

/** {@code composite.aggregation} of docs/methodology.md. */
public enum CompositeAggregation {
  /** scale * sum(w N) / sum(w): members compensate each other (v1). */
  ARITHMETIC,
  /** scale * prod(N ^ (w / sum w)): no compensation, a 0 makes the composite 0. */
  GEOMETRIC
}
