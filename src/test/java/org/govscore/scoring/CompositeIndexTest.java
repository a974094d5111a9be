package org.govscore.scoring;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.govscore.config.CompositeAggregation;
import org.govscore.config.CompositeNormalization;
import org.junit.jupiter.api.Test;

/** Every normalization and aggregation of METHODOLOGY.md v2 on hand-computed groups. */
class CompositeIndexTest {
  private static final double EPS = 1e-12;

  private static CompositeIndex index(
      CompositeNormalization n, CompositeAggregation a, double scale, double... targets) {
    return new CompositeIndex(n, a, scale, targets);
  }

  private static boolean[] all(int n) {
    boolean[] b = new boolean[n];
    java.util.Arrays.fill(b, true);
    return b;
  }

  @Test
  void noneArithmeticIsV1() {
    // 100 * (0.25*0.9 + 0.25*0.6 + 0.25*0.3) / 0.75 = 60 (the N/A member is left out)
    Double[] ci =
        index(CompositeNormalization.NONE, CompositeAggregation.ARITHMETIC, 100)
            .composites(
                new Double[][] {{0.9, 0.6, null, 0.3}},
                all(1),
                new double[] {0.25, 0.25, 0.25, 0.25});
    assertEquals(60.0, ci[0], EPS);
    // scale 1, weights 3:1 -> (3*0.8 + 1*0.4) / 4 = 0.7
    assertEquals(
        0.7,
        index(CompositeNormalization.NONE, CompositeAggregation.ARITHMETIC, 1)
            .composites(new Double[][] {{0.8, 0.4}}, all(1), new double[] {3, 1})[0],
        EPS);
  }

  @Test
  void minMaxUsesEveryUnitHavingTheValueIncludingUnitsWithoutAComposite() {
    // X over all three units 0, 5, 10 (U1 has no composite but counts): U2 0.5, U3 1.
    // Y over U2, U3 (U1 N/A): 1, 3 -> 0, 1. CI U2 = 100 * (0.5 + 0) / 2 = 25, U3 = 100.
    Double[][] raw = {{0.0, null}, {5.0, 1.0}, {10.0, 3.0}};
    CompositeIndex i = index(CompositeNormalization.MIN_MAX, CompositeAggregation.ARITHMETIC, 100);
    Double[] ci = i.composites(raw, new boolean[] {false, true, true}, new double[] {1, 1});
    assertNull(ci[0]);
    assertEquals(25.0, ci[1], EPS);
    assertEquals(100.0, ci[2], EPS);
    Double[][] n = i.normalized(raw);
    assertEquals(0.0, n[0][0], EPS);
    assertNull(n[0][1], "N/A stays N/A");
  }

  @Test
  void minMaxGivesOneToEveryUnitWhenAllAreEqual() {
    Double[][] n =
        index(CompositeNormalization.MIN_MAX, CompositeAggregation.ARITHMETIC, 100)
            .normalized(new Double[][] {{0.4}, {0.4}, {null}});
    assertEquals(1.0, n[0][0]);
    assertEquals(1.0, n[1][0]);
    assertNull(n[2][0]);
  }

  @Test
  void targetCapsAtOneAndHasNoLowerBound() {
    // 0.45 / 0.9 = 0.5; 1.2 / 0.9 capped at 1; -0.3 / 0.6 = -0.5 (no lower bound)
    Double[][] n =
        index(CompositeNormalization.TARGET, CompositeAggregation.ARITHMETIC, 100, 0.9, 0.6)
            .normalized(new Double[][] {{0.45, -0.3}, {1.2, 0.6}});
    assertEquals(0.5, n[0][0], EPS);
    assertEquals(-0.5, n[0][1], EPS);
    assertEquals(1.0, n[1][0], EPS);
    assertEquals(1.0, n[1][1], EPS);
    // CI = 100 * (0.5 - 0.5) / 2 = 0
    assertEquals(
        0.0,
        index(CompositeNormalization.TARGET, CompositeAggregation.ARITHMETIC, 100, 0.9, 0.6)
            .composites(new Double[][] {{0.45, -0.3}}, all(1), new double[] {1, 1})[0],
        EPS);
  }

  @Test
  void zScoreUsesPopulationSdAndRescalesTheAggregate() {
    // X 1,2,3: mean 2, population sd sqrt(2/3), z = -a, 0, a (a = 1.2247...). Y 3,1,2: z = a, -a,
    // 0.
    // weights 3:1: aggregate = 0.75 zX + 0.25 zY = -0.5a, -0.25a, 0.75a; min-max -> 0, 0.2, 1.
    Double[][] raw = {{1.0, 3.0}, {2.0, 1.0}, {3.0, 2.0}};
    CompositeIndex i = index(CompositeNormalization.Z_SCORE, CompositeAggregation.ARITHMETIC, 100);
    double a = 1 / Math.sqrt(2.0 / 3);
    Double[][] z = i.normalized(raw);
    assertEquals(-a, z[0][0], EPS);
    assertEquals(a, z[0][1], EPS);
    Double[] ci = i.composites(raw, all(3), new double[] {3, 1});
    assertEquals(0.0, ci[0], EPS);
    assertEquals(20.0, ci[1], 1e-9);
    assertEquals(100.0, ci[2], EPS);
  }

  @Test
  void zScoreIsZeroWhenSdIsZeroAndTheRescaleIsOneWhenAllAggregatesAreEqual() {
    CompositeIndex i = index(CompositeNormalization.Z_SCORE, CompositeAggregation.ARITHMETIC, 1);
    Double[][] raw = {{0.7}, {0.7}};
    assertEquals(0.0, i.normalized(raw)[0][0]);
    assertArrayEquals(new Double[] {1.0, 1.0}, i.composites(raw, all(2), new double[] {1}));
    // the rescale is over the units that get a composite: U3 counts in the z statistics only.
    // X 0, 1, 2 -> z -b, 0, b; rescale over U1, U2 alone: 0 and 1 (not 0 and 0.5).
    Double[] ci =
        i.composites(
            new Double[][] {{0.0}, {1.0}, {2.0}},
            new boolean[] {true, true, false},
            new double[] {1});
    assertEquals(0.0, ci[0], EPS);
    assertEquals(1.0, ci[1], EPS);
    assertNull(ci[2]);
  }

  @Test
  void aMemberEqualInEveryUnitHasZeroSdEvenWhenItsMeanIsInexact() {
    // 0.1 three times sums to 0.30000000000000004: a mean computed from the sum misses 0.1 by
    // 1.4e-17, so the sd came out as 1.4e-17 and every z as -1 instead of 0.
    CompositeIndex i = index(CompositeNormalization.Z_SCORE, CompositeAggregation.ARITHMETIC, 100);
    Double[][] raw = {{0.1, null}, {0.1, 0.0}, {0.1, 1.0}};
    Double[][] z = i.normalized(raw);
    for (Double[] unit : z) {
      assertEquals(0.0, unit[0]);
    }
    // Y 0, 1 (U1 N/A): z -1, 1. Aggregates 0 / 1 = 0, (0 - 1) / 2 = -0.5, (0 + 1) / 2 = 0.5;
    // rescaled over -0.5..0.5 to 0.5, 0, 1.
    Double[] ci = i.composites(raw, all(3), new double[] {1, 1});
    assertEquals(50.0, ci[0], EPS);
    assertEquals(0.0, ci[1], EPS);
    assertEquals(100.0, ci[2], EPS);
  }

  @Test
  void geometricDoesNotCompensate() {
    CompositeIndex g = index(CompositeNormalization.NONE, CompositeAggregation.GEOMETRIC, 100);
    // sqrt(0.25 * 1) = 0.5 -> 50
    assertEquals(
        50.0, g.composites(new Double[][] {{0.25, 1.0}}, all(1), new double[] {1, 1})[0], EPS);
    // weights 3:1: 0.25^0.75 * 1^0.25 = 0.353553390593... -> 35.3553390593
    assertEquals(
        35.35533905932738,
        g.composites(new Double[][] {{0.25, 1.0}}, all(1), new double[] {3, 1})[0],
        1e-9);
    // a 0 makes the composite 0, however good the rest
    assertEquals(
        0.0, g.composites(new Double[][] {{0.0, 0.9, null}}, all(1), new double[] {1, 1, 1})[0]);
    // a negative normalized member: no composite
    assertNull(g.composites(new Double[][] {{-0.2, 0.9}}, all(1), new double[] {1, 1})[0]);
    // N/A members are left out: 0.81^(1/1) over the one available member -> 81
    assertEquals(
        81.0, g.composites(new Double[][] {{null, 0.81}}, all(1), new double[] {1, 1})[0], 1e-9);
  }

  @Test
  void noAvailableMemberMeansNoComposite() {
    assertNull(
        index(CompositeNormalization.NONE, CompositeAggregation.ARITHMETIC, 100)
            .composites(new Double[][] {{null, null}}, all(1), new double[] {1, 1})[0]);
  }

  @Test
  void halfUpOnTheShortestDecimalForm() {
    assertEquals(new BigDecimal("12.34"), Ranking.rankingKey(12.34499999999951, 2));
    assertEquals(new BigDecimal("12.35"), Ranking.rankingKey(12.345, 2));
    assertEquals(new BigDecimal("0.1235"), Ranking.rankingKey(0.12345, 4));
    assertEquals(new BigDecimal("0.1234"), Ranking.rankingKey(0.123449999, 4));
    assertEquals(new BigDecimal("-1"), Ranking.rankingKey(-0.5, 0), "half-up is away from zero");
    assertEquals(new BigDecimal("80"), Ranking.rankingKey(79.5, 0));
    // ties share the best rank on the rounded key: 80, 80, 79, 80.4 (decimals 0: 80) -> 1, 1, 4, 1
    assertArrayEquals(
        new int[] {1, 1, 4, 1},
        Ranking.competitionRanks(
            new BigDecimal[] {
              Ranking.rankingKey(79.6, 0),
              Ranking.rankingKey(80.0, 0),
              Ranking.rankingKey(79.4, 0),
              Ranking.rankingKey(80.4, 0)
            }));
  }

  /**
   * The fast rounding of the double equals half-up on the decimal form for every value tried:
   * random magnitudes and decimals, values a hair either side of half-way points, integers,
   * negatives, zero, and values beyond the fast range.
   */
  @Test
  void theFastRoundingAgreesWithTheDecimalForm() {
    java.util.Random random = new java.util.Random(2016);
    List<double[]> cases = new java.util.ArrayList<>();
    for (int i = 0; i < 200_000; i++) {
      int decimals = random.nextInt(16);
      double magnitude = Math.pow(10, random.nextInt(14) - 4);
      cases.add(new double[] {(random.nextDouble() - 0.3) * magnitude, decimals});
      // near a half-way point of this many decimals: k + 0.5 units, nudged by a few ulps or 1e-7
      double unit = Math.pow(10, -decimals);
      double half = (random.nextInt(100_000) + 0.5) * unit;
      cases.add(new double[] {half, decimals});
      cases.add(new double[] {Math.nextUp(half), decimals});
      cases.add(new double[] {Math.nextDown(half), decimals});
      cases.add(new double[] {half + 1e-7 * unit, decimals});
      cases.add(new double[] {-(half - 1e-7 * unit), decimals});
    }
    for (double v : new double[] {0, -0.0, 1, -1, 79.5, 2.675, 1.005, 1e9 + 0.5, 0x1p30, 1e15}) {
      for (int decimals = 0; decimals < 16; decimals++) {
        cases.add(new double[] {v, decimals});
      }
    }
    for (double[] c : cases) {
      int decimals = (int) c[1];
      BigDecimal expected = BigDecimal.valueOf(c[0]).setScale(decimals, RoundingMode.HALF_UP);
      assertEquals(expected, Ranking.rankingKey(c[0], decimals), c[0] + " to " + decimals);
    }
  }
}
