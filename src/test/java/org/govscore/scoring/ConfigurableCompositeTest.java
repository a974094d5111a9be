package org.govscore.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.govscore.config.Parameters;
import org.govscore.contract.UnitKey;
import org.govscore.metrics.IndicatorRow;
import org.govscore.metrics.Methodology;
import org.govscore.metrics.ResourceSharingRate;
import org.govscore.metrics.ServiceInclusionRate;
import org.govscore.metrics.UnitTree;
import org.govscore.metrics.Values;
import org.junit.jupiter.api.Test;

/**
 * The configurable composite of METHODOLOGY.md v2 through the ScoreEngine, and v1's numbers under
 * the defaults.
 */
class ConfigurableCompositeTest {
  private static final String REGION = "511600";

  /**
   * A department with indicator values by id; SIR and RSR come from counts so the credit draw moves
   * them.
   */
  private record Dept(
      String code, Map<String, Double> values, double noDemandItems, double unrequested) {}

  private static Dept dept(String code, Object... idValue) {
    Map<String, Double> v = new LinkedHashMap<>();
    for (int i = 0; i < idValue.length; i += 2) {
      v.put((String) idValue[i], (Double) idValue[i + 1]);
    }
    return new Dept(code, v, 0, 0);
  }

  private record Fixture(UnitTree tree, List<IndicatorRow> rows, Map<UnitKey, Values> values) {}

  private static Fixture fixture(Dept... depts) {
    List<UnitTree.Department> ds = new ArrayList<>();
    List<IndicatorRow> rows = new ArrayList<>();
    Map<UnitKey, Values> values = new HashMap<>();
    for (Dept d : depts) {
      ds.add(new UnitTree.Department(d.code(), "部门" + d.code(), REGION));
      d.values()
          .forEach(
              (id, v) -> rows.add(new IndicatorRow("DEPARTMENT", d.code(), id, null, null, v)));
      Map<String, Double> sums = new HashMap<>();
      Double sir = d.values().get("SIR");
      Double rsr = d.values().get("RSR");
      // 100 items: EVIDENCED + credit * NO_DEMAND; with the base credit 0.5 they give the stated
      // SIR
      sums.put(
          ServiceInclusionRate.EVIDENCED.columnName(),
          sir == null ? 0 : sir * 100 - 0.5 * d.noDemandItems());
      sums.put(ServiceInclusionRate.NO_DEMAND.columnName(), d.noDemandItems());
      sums.put(ServiceInclusionRate.ITEMS.columnName(), sir == null ? 0.0 : 100.0);
      sums.put(
          ResourceSharingRate.SERVED.columnName(),
          rsr == null ? 0 : rsr * 100 - 0.5 * d.unrequested());
      sums.put(ResourceSharingRate.UNREQUESTED.columnName(), d.unrequested());
      sums.put(ResourceSharingRate.NON_EXEMPT.columnName(), rsr == null ? 0.0 : 100.0);
      values.put(new UnitKey("DEPARTMENT", d.code()), a -> sums.getOrDefault(a.columnName(), 0.0));
    }
    values.put(new UnitKey("REGION", REGION), a -> 0.0);
    return new Fixture(
        new UnitTree(List.of(new UnitTree.Region(REGION, "广安市", "CITY", null)), ds), rows, values);
  }

  private static Map<String, ScoreRow> score(Parameters p, Dept... depts) {
    Fixture f = fixture(depts);
    Map<String, ScoreRow> out = new LinkedHashMap<>();
    for (ScoreRow r : new ScoreEngine(p, new Methodology()).score(f.tree(), f.rows(), f.values())) {
      if (r.unitType().equals("DEPARTMENT")) {
        out.put(r.unitCode(), r);
      }
    }
    return out;
  }

  private static Parameters params(String... keyValues) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      m.put(keyValues[i], keyValues[i + 1]);
    }
    return Parameters.of(m);
  }

  @Test
  void externalMembersOnScaleOneWithFourDecimalsAndTheirOwnGrades() {
    // Index = (A + B + C) / 3 on scale 1: P1 (0.9, 0.8, 0.7) = 0.8; P2 (0.6, 0.5, 0.4) = 0.5;
    // P3 (0.50004, 0.5, 0.49996) = 0.5 -> ties P2 at 4 decimals; P4 (0.2, 0.3, null) insufficient
    // (min 3)
    Parameters p =
        params(
            "composite.members",
            "IDX_A,IDX_B,IDX_C",
            "composite.scale",
            "1",
            "ranking.decimals",
            "4",
            "grades.very_high",
            "0.75",
            "grades.high",
            "0.50",
            "grades.medium",
            "0.25",
            "uncertainty.draws",
            "50");
    Map<String, ScoreRow> r =
        score(
            p,
            dept("P1", "IDX_A", 0.9, "IDX_B", 0.8, "IDX_C", 0.7),
            dept("P2", "IDX_A", 0.6, "IDX_B", 0.5, "IDX_C", 0.4),
            dept("P3", "IDX_A", 0.50004, "IDX_B", 0.5, "IDX_C", 0.49996),
            dept("P4", "IDX_A", 0.2, "IDX_B", 0.3, "IDX_C", null, "SIR", 0.9));
    assertEquals(0.8, r.get("P1").composite(), 1e-12);
    assertEquals("VERY_HIGH", r.get("P1").grade());
    assertEquals(1, r.get("P1").rank());
    assertEquals(0.5, r.get("P2").composite(), 1e-12);
    assertEquals("HIGH", r.get("P2").grade(), "0.50 is the HIGH boundary, inclusive");
    assertEquals(2, r.get("P2").rank());
    assertEquals(2, r.get("P3").rank(), "0.50000 = 0.50000 at four decimals: a tie");
    assertNull(r.get("P4").composite());
    assertNull(r.get("P4").rank());
    assertEquals(2, r.get("P4").indicatorsAvailable(), "SIR is not a member and does not count");
    assertEquals("UNCLASSIFIED", r.get("P1").quadrant(), "the quadrant stays RSR x BCR");
  }

  @Test
  void rankingDecimalsDecideTies() {
    // four decimals: A 0.1234 (0.123449999 half-up), B 0.1235, C 0.1234 -> 2, 1, 2
    // five decimals: A 0.12345, B 0.12345, C 0.12340 -> 1, 1, 3
    Parameters p =
        params(
            "composite.members",
            "X",
            "composite.scale",
            "1",
            "ranking.min_indicators",
            "1",
            "grades.very_high",
            "1",
            "grades.high",
            "0.8",
            "grades.medium",
            "0.6",
            "uncertainty.draws",
            "10");
    Dept[] d = {dept("A", "X", 0.123449999), dept("B", "X", 0.12345), dept("C", "X", 0.1234)};
    Map<String, ScoreRow> four = score(p.with("ranking.decimals", "4"), d);
    assertEquals(
        List.of(2, 1, 2),
        List.of(four.get("A").rank(), four.get("B").rank(), four.get("C").rank()));
    Map<String, ScoreRow> five = score(p.with("ranking.decimals", "5"), d);
    assertEquals(
        List.of(1, 1, 3),
        List.of(five.get("A").rank(), five.get("B").rank(), five.get("C").rank()));
  }

  @Test
  void minIndicatorsCountsAvailableMembers() {
    Parameters p =
        params(
            "composite.members", "SIR,X", "ranking.min_indicators", "2", "uncertainty.draws", "10");
    Map<String, ScoreRow> r =
        score(p, dept("A", "SIR", 0.8, "X", 0.6), dept("B", "SIR", 0.8, "X", null));
    assertEquals(70.0, r.get("A").composite(), 1e-12);
    assertNull(r.get("B").composite());
    assertEquals(1, r.get("B").indicatorsAvailable());
    Map<String, ScoreRow> lenient =
        score(
            p.with("ranking.min_indicators", "0"),
            dept("A", "SIR", 0.8, "X", 0.6),
            dept("B", "SIR", 0.8, "X", null),
            dept("C", "SIR", null, "X", null));
    assertEquals(80.0, lenient.get("B").composite(), 1e-12);
    assertNull(
        lenient.get("C").composite(),
        "no available member: no composite, even with min_indicators 0");
  }

  @Test
  void geometricWithANegativeMemberGivesNoComposite() {
    Parameters p =
        params(
            "composite.members",
            "SIR,X",
            "composite.aggregation",
            "GEOMETRIC",
            "ranking.min_indicators",
            "2",
            "uncertainty.draws",
            "10");
    Map<String, ScoreRow> r =
        score(
            p,
            dept("A", "SIR", 0.64, "X", 1.0),
            dept("B", "SIR", 0.9, "X", -0.1),
            dept("C", "SIR", 0.9, "X", 0.0));
    assertEquals(80.0, r.get("A").composite(), 1e-9); // sqrt(0.64 * 1) = 0.8
    assertEquals(1, r.get("A").rank());
    assertNull(r.get("B").composite());
    assertNull(r.get("B").rank());
    assertEquals(2, r.get("B").indicatorsAvailable());
    assertEquals(0.0, r.get("C").composite());
    assertEquals(2, r.get("C").rank());
  }

  @Test
  void drawsRenormalizeTheWholeGroupAndStayInsideIt() {
    Parameters p = params("composite.normalization", "MIN_MAX", "uncertainty.draws", "200");
    Dept[] close = {
      new Dept("A", Map.of("SIR", 0.9, "RSR", 0.2, "BCR", 0.5, "SCR", 0.6), 40, 10),
      new Dept("B", Map.of("SIR", 0.2, "RSR", 0.9, "BCR", 0.6, "SCR", 0.5), 10, 40),
      new Dept("C", Map.of("SIR", 0.5, "RSR", 0.5, "BCR", 0.9, "SCR", 0.3), 20, 20)
    };
    Map<String, ScoreRow> r = score(p, close);
    assertEquals(r, score(p, close), "same inputs and seed, same numbers");
    for (ScoreRow s : r.values()) {
      assertEquals(
          true,
          1 <= s.rankP05()
              && s.rankP05() <= s.rankMedian()
              && s.rankMedian() <= s.rankP95()
              && s.rankP95() <= 3,
          s.toString());
    }
  }

  @Test
  void defaultsGiveExactlyV1sNumbers() {
    SplittableRandom gen = new SplittableRandom(7);
    List<Dept> depts = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      Map<String, Double> v = new LinkedHashMap<>();
      for (String id : List.of("SIR", "RSR", "BCR", "SCR", "OCR")) {
        v.put(id, gen.nextInt(8) == 0 ? null : Math.round(gen.nextDouble() * 100) / 100.0);
      }
      depts.add(
          new Dept(
              "D" + i,
              v,
              v.get("SIR") == null ? 0 : gen.nextInt(30),
              v.get("RSR") == null ? 0 : gen.nextInt(30)));
    }
    Dept[] all = depts.toArray(Dept[]::new);
    for (Parameters p :
        List.of(
            params("uncertainty.draws", "300"),
            params(
                "uncertainty.draws",
                "300",
                "weights.SIR",
                "0.4",
                "ranking.min_indicators",
                "2",
                "uncertainty.seed",
                "9"))) {
      Fixture f = fixture(all);
      List<ScoreRow> v2 =
          new ScoreEngine(p, new Methodology())
              .score(f.tree(), f.rows(), f.values()).stream()
                  .filter(s -> s.unitType().equals("DEPARTMENT"))
                  .toList();
      List<ScoreRow> v1 = V1.score(p, f, all);
      assertEquals(sorted(v1), sorted(v2));
      assertEquals(
          true,
          v2.stream().anyMatch(s -> s.rank() != null && s.rankP05() < s.rankP95()),
          "the draws move some ranks, so the random stream is exercised");
    }
  }

  private static List<ScoreRow> sorted(List<ScoreRow> rows) {
    return rows.stream().sorted(java.util.Comparator.comparing(ScoreRow::unitCode)).toList();
  }

  /** v1's ScoreEngine for one group of departments, verbatim in its arithmetic. */
  private static final class V1 {
    static List<ScoreRow> score(Parameters p, Fixture f, Dept[] depts) {
      String[] headline = {"SIR", "RSR", "BCR", "SCR"};
      double[] weights = new double[4];
      for (int k = 0; k < 4; k++) {
        weights[k] = p.weight(headline[k]);
      }
      List<Double[]> h = new ArrayList<>();
      List<Integer> ranked = new ArrayList<>();
      Map<Integer, Double> ci = new HashMap<>();
      for (int i = 0; i < depts.length; i++) {
        Double[] v = new Double[4];
        for (int k = 0; k < 4; k++) {
          v[k] = depts[i].values().get(headline[k]);
        }
        h.add(v);
        int available = (int) Arrays.stream(v).filter(x -> x != null).count();
        if (available >= p.rankingMinIndicators()) {
          ci.put(i, composite(v, weights));
          ranked.add(i);
        }
      }
      long[] keys = new long[ranked.size()];
      for (int j = 0; j < keys.length; j++) {
        keys[j] = Ranking.rankingKey(ci.get(ranked.get(j)));
      }
      int[] ranks = Ranking.competitionRanks(keys);
      int draws = p.uncertaintyDraws();
      int[][] drawn = new int[ranked.size()][draws];
      SplittableRandom random = new SplittableRandom(p.uncertaintySeed());
      ServiceInclusionRate sir = new ServiceInclusionRate();
      ResourceSharingRate rsr = new ResourceSharingRate();
      double[] w = new double[4];
      for (int d = 0; d < draws; d++) {
        for (int k = 0; k < 4; k++) {
          w[k] = weights[k] * (0.75 + 0.5 * random.nextDouble());
        }
        double credit = random.nextDouble();
        long[] dk = new long[ranked.size()];
        for (int j = 0; j < dk.length; j++) {
          int i = ranked.get(j);
          Double[] x = h.get(i).clone();
          Values values = f.values().get(new UnitKey("DEPARTMENT", depts[i].code()));
          if (x[0] != null) {
            x[0] = sir.ratio(values, credit).value();
          }
          if (x[1] != null) {
            x[1] = rsr.ratio(values, credit).value();
          }
          dk[j] = Ranking.rankingKey(composite(x, w));
        }
        int[] r = Ranking.competitionRanks(dk);
        for (int j = 0; j < r.length; j++) {
          drawn[j][d] = r[j];
        }
      }
      List<ScoreRow> out = new ArrayList<>();
      for (int i = 0; i < depts.length; i++) {
        Double[] v = h.get(i);
        String quadrant = Quadrant.of(v[1], v[2], p.quadrantX(), p.quadrantY()).name();
        int available = (int) Arrays.stream(v).filter(x -> x != null).count();
        int j = ranked.indexOf(i);
        if (j < 0) {
          out.add(
              new ScoreRow(
                  "DEPARTMENT",
                  depts[i].code(),
                  "部门" + depts[i].code(),
                  "CITY",
                  "DEPARTMENT:" + REGION,
                  null,
                  null,
                  null,
                  null,
                  null,
                  null,
                  quadrant,
                  available));
          continue;
        }
        int[] sorted = drawn[j].clone();
        Arrays.sort(sorted);
        out.add(
            new ScoreRow(
                "DEPARTMENT",
                depts[i].code(),
                "部门" + depts[i].code(),
                "CITY",
                "DEPARTMENT:" + REGION,
                ci.get(i),
                Grade.of(ci.get(i), p).name(),
                ranks[j],
                Ranking.nearestRank(sorted, 5),
                (double) Ranking.nearestRank(sorted, 50),
                Ranking.nearestRank(sorted, 95),
                quadrant,
                available));
      }
      return out;
    }

    static double composite(Double[] headline, double[] weights) {
      double num = 0;
      double den = 0;
      for (int k = 0; k < 4; k++) {
        if (headline[k] != null) {
          num += weights[k] * headline[k];
          den += weights[k];
        }
      }
      return 100 * num / den;
    }
  }
}
