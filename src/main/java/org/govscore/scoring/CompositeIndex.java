package org.govscore.scoring;

import org.govscore.config.CompositeAggregation;
import org.govscore.config.CompositeNormalization;
import org.govscore.config.Parameters;

/**
 * The composite of docs/methodology.md for one rank group, as plain arithmetic on a units x members
 * table: normalization within the group, then aggregation over each unit's available members. The
 * base run and every Monte Carlo draw go through the same code.
 */
final class CompositeIndex {
  private final CompositeNormalization normalization;
  private final CompositeAggregation aggregation;
  private final double scale;
  private final double[] targets;

  CompositeIndex(
      CompositeNormalization normalization,
      CompositeAggregation aggregation,
      double scale,
      double[] targets) {
    this.normalization = normalization;
    this.aggregation = aggregation;
    this.scale = scale;
    this.targets = targets;
  }

  static CompositeIndex of(Parameters p) {
    double[] targets = new double[p.compositeMembers().size()];
    for (int k = 0; k < targets.length; k++) {
      Double t = p.target(p.compositeMembers().get(k));
      targets[k] = t == null ? Double.NaN : t;
    }
    return new CompositeIndex(p.normalization(), p.aggregation(), p.compositeScale(), targets);
  }

  /**
   * The composites of a group.
   *
   * @param raw member values per unit (null = N/A), units x members
   * @param eligible whether a unit has enough available members to get a composite
   * @param weights the members' weights, all positive
   * @return per unit its composite, or null (not eligible, or a negative member under GEOMETRIC)
   */
  Double[] composites(Double[][] raw, boolean[] eligible, double[] weights) {
    Double[][] n = normalized(raw);
    Double[] out = new Double[raw.length];
    for (int i = 0; i < raw.length; i++) {
      if (eligible[i]) {
        out[i] = aggregate(n[i], weights);
      }
    }
    if (normalization == CompositeNormalization.Z_SCORE) {
      rescale(out);
    }
    return out;
  }

  /**
   * Normalized values; the statistics of a member use every unit of the group that has it,
   * including units that then get no composite (docs/methodology.md).
   */
  Double[][] normalized(Double[][] raw) {
    int members = raw.length == 0 ? 0 : raw[0].length;
    Double[][] out = new Double[raw.length][members];
    for (int k = 0; k < members; k++) {
      double min = Double.POSITIVE_INFINITY;
      double max = Double.NEGATIVE_INFINITY;
      double sum = 0;
      int count = 0;
      for (Double[] unit : raw) {
        if (unit[k] != null) {
          min = Math.min(min, unit[k]);
          max = Math.max(max, unit[k]);
          sum += unit[k];
          count++;
        }
      }
      double mean = count == 0 ? 0 : sum / count;
      double squares = 0;
      for (Double[] unit : raw) {
        if (unit[k] != null) {
          squares += (unit[k] - mean) * (unit[k] - mean);
        }
      }
      // Population sd; exactly 0 when every value is equal, which the sum of inexact values (0.1
      // three times: 0.30000000000000004) would miss, turning every z of an equal member into -1.
      double sd = count == 0 || max == min ? 0 : Math.sqrt(squares / count);
      for (int i = 0; i < raw.length; i++) {
        Double x = raw[i][k];
        if (x == null) {
          continue;
        }
        out[i][k] =
            switch (normalization) {
              case NONE -> x;
              case MIN_MAX -> max == min ? 1.0 : (x - min) / (max - min);
              case TARGET -> Math.min(x / targets[k], 1.0);
              case Z_SCORE -> sd == 0 ? 0.0 : (x - mean) / sd;
            };
      }
    }
    return out;
  }

  /** One unit's aggregate over its available members; null when none is available. */
  private Double aggregate(Double[] n, double[] weights) {
    double num = 0;
    double den = 0;
    for (int k = 0; k < n.length; k++) {
      if (n[k] != null) {
        num += weights[k] * n[k];
        den += weights[k];
      }
    }
    if (den == 0) {
      return null;
    }
    if (normalization == CompositeNormalization.Z_SCORE) {
      return num / den; // scaled after the group's min-max rescale
    }
    if (aggregation == CompositeAggregation.ARITHMETIC) {
      return scale * num / den; // v1's expression, so the defaults give v1's doubles
    }
    double product = 1;
    for (int k = 0; k < n.length; k++) {
      if (n[k] != null) {
        if (n[k] < 0) {
          return null; // a negative has no real weighted geometric mean
        }
        product *= Math.pow(n[k], weights[k] / den);
      }
    }
    return scale * product;
  }

  /**
   * Z_SCORE: the aggregates rescaled to 0..1 by min-max over the units that have one, 1 when max =
   * min.
   */
  private void rescale(Double[] aggregates) {
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (Double a : aggregates) {
      if (a != null) {
        min = Math.min(min, a);
        max = Math.max(max, a);
      }
    }
    for (int i = 0; i < aggregates.length; i++) {
      if (aggregates[i] != null) {
        aggregates[i] = scale * (max == min ? 1.0 : (aggregates[i] - min) / (max - min));
      }
    }
  }
}
