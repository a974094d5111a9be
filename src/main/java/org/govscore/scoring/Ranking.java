package org.govscore.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;

/**
 * Competition ranking (1, 2, 2, 4) on composites rounded half-up to {@code ranking.decimals}
 * (default 2).
 */
public final class Ranking {
  private Ranking() {}

  /** The composite as ranked: rounded half-up to 2 decimals, as a comparable long of hundredths. */
  public static long rankingKey(double composite) {
    return BigDecimal.valueOf(composite)
        .setScale(2, RoundingMode.HALF_UP)
        .movePointRight(2)
        .longValueExact();
  }

  /**
   * The composite as ranked: rounded half-up (away from zero) to {@code decimals} on the double's
   * shortest decimal form, as {@link BigDecimal#valueOf(double)} gives it (12.34499999999951 ->
   * 12.34).
   */
  public static BigDecimal rankingKey(double composite, int decimals) {
    // The uncertainty draws rank every unit of a group in every draw, and the decimal form costs
    // a Double.toString each time. Away from a half-way point the double itself rounds the same
    // way: below 2^30 the product differs from the decimal form times 10^decimals by less than
    // 4e-7, so a fraction more than 1e-6 from .5 cannot fall on the other side of it.
    if (decimals >= 0 && decimals < POWERS_OF_TEN.length && Double.isFinite(composite)) {
      double magnitude = Math.abs(composite * POWERS_OF_TEN[decimals]);
      if (magnitude < FAST_LIMIT) {
        double whole = Math.floor(magnitude);
        double fraction = magnitude - whole;
        if (Math.abs(fraction - 0.5) > HALF_WAY_MARGIN) {
          long units = (long) whole + (fraction > 0.5 ? 1 : 0);
          return BigDecimal.valueOf(composite < 0 ? -units : units, decimals);
        }
      }
    }
    return BigDecimal.valueOf(composite).setScale(decimals, RoundingMode.HALF_UP);
  }

  /** 10^0 .. 10^15, each exact as a double. */
  private static final double[] POWERS_OF_TEN = {
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15
  };

  private static final double FAST_LIMIT = 0x1p30;
  private static final double HALF_WAY_MARGIN = 1e-6;

  /** Ranks of {@code keys} (higher is better): 1 + the number of strictly better keys. */
  public static int[] competitionRanks(BigDecimal[] keys) {
    int n = keys.length;
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> keys[b].compareTo(keys[a]));
    int[] ranks = new int[n];
    for (int pos = 0; pos < n; pos++) {
      int i = order[pos];
      ranks[i] =
          pos > 0 && keys[order[pos - 1]].compareTo(keys[i]) == 0 ? ranks[order[pos - 1]] : pos + 1;
    }
    return ranks;
  }

  /** Ranks of {@code keys} (higher is better): 1 + the number of strictly better keys. */
  public static int[] competitionRanks(long[] keys) {
    int n = keys.length;
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Long.compare(keys[b], keys[a]));
    int[] ranks = new int[n];
    for (int pos = 0; pos < n; pos++) {
      int i = order[pos];
      ranks[i] = pos > 0 && keys[order[pos - 1]] == keys[i] ? ranks[order[pos - 1]] : pos + 1;
    }
    return ranks;
  }

  /** Nearest-rank percentile of sorted values: the value at rank ceil(p/100 * n). */
  public static int nearestRank(int[] sorted, int percent) {
    int rank = (int) ((percent * (long) sorted.length + 99) / 100);
    return sorted[Math.max(1, rank) - 1];
  }
}
