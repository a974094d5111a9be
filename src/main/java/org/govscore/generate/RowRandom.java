package org.govscore.generate;

import java.util.SplittableRandom;

/**
 * Per-row random streams: each row's generator is seeded from (seed, stream, row index) alone, so a
 * row's content does not depend on partitioning, task order or which executor makes it.
 */
final class RowRandom {
  static final long CATALOGUE = 1;
  static final long CASE_PLAN = 2;
  static final long CASE_EVENTS = 3;
  static final long EXCHANGES = 4;
  static final long PROFILES = 5;

  /** Ratings have streams of their own, so that generating them changes no other dataset. */
  static final long RATINGS = 6;

  static final long RATING_PLAN = 7;

  private RowRandom() {}

  static SplittableRandom of(long seed, long stream, long index) {
    return new SplittableRandom(mix(mix(seed * 0x9E3779B97F4A7C15L + stream) ^ index));
  }

  /** The SplitMix64 finaliser: neighbouring inputs give unrelated outputs. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  static boolean chance(SplittableRandom r, double p) {
    return p > 0 && r.nextDouble() < p;
  }

  /** A log-normal draw with the given median and shape. */
  static double logNormal(SplittableRandom r, double median, double sigma) {
    // Box-Muller; one uniform pair per call keeps the stream simple.
    double u1 = 1.0 - r.nextDouble();
    double u2 = r.nextDouble();
    double z = Math.sqrt(-2.0 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    return median * Math.exp(sigma * z);
  }
}
