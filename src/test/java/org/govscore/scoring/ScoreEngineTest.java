package org.govscore.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.govscore.config.Parameters;
import org.govscore.contract.UnitKey;
import org.govscore.metrics.IndicatorRow;
import org.govscore.metrics.Methodology;
import org.govscore.metrics.ResourceSharingRate;
import org.govscore.metrics.ServiceInclusionRate;
import org.govscore.metrics.UnitTree;
import org.govscore.metrics.Values;
import org.junit.jupiter.api.Test;

/** Composite, grade, rank, rank intervals and quadrant on small hand-made unit tables. */
class ScoreEngineTest {
  private static final String REGION = "511600";

  /**
   * A department's headline values; SIR and RSR come from item/resource counts so draws can vary
   * them.
   */
  private record Dept(String code, Double sir, Double rsr, Double bcr, Double scr) {}

  private static List<ScoreRow> score(Parameters p, Dept... depts) {
    List<UnitTree.Department> ds = new ArrayList<>();
    List<IndicatorRow> rows = new ArrayList<>();
    Map<UnitKey, Values> values = new HashMap<>();
    for (Dept d : depts) {
      ds.add(new UnitTree.Department(d.code(), "部门" + d.code(), REGION));
      String[] ids = {"SIR", "RSR", "BCR", "SCR"};
      Double[] v = {d.sir(), d.rsr(), d.bcr(), d.scr()};
      for (int k = 0; k < 4; k++) {
        rows.add(new IndicatorRow("DEPARTMENT", d.code(), ids[k], null, null, v[k]));
      }
      // 100 items all EVIDENCED share sir; no NO_DEMAND so draws of the credit leave SIR alone
      Map<String, Double> sums = new HashMap<>();
      sums.put(ServiceInclusionRate.EVIDENCED.columnName(), d.sir() == null ? 0 : d.sir() * 100);
      sums.put(ServiceInclusionRate.ITEMS.columnName(), d.sir() == null ? 0.0 : 100.0);
      sums.put(ResourceSharingRate.SERVED.columnName(), d.rsr() == null ? 0 : d.rsr() * 100);
      sums.put(ResourceSharingRate.NON_EXEMPT.columnName(), d.rsr() == null ? 0.0 : 100.0);
      values.put(new UnitKey("DEPARTMENT", d.code()), a -> sums.getOrDefault(a.columnName(), 0.0));
    }
    UnitTree tree = new UnitTree(List.of(new UnitTree.Region(REGION, "广安市", "CITY", null)), ds);
    rows.addAll(List.of(new IndicatorRow("REGION", REGION, "SIR", null, null, null)));
    values.put(new UnitKey("REGION", REGION), a -> 0.0);
    List<ScoreRow> out = new ScoreEngine(p, new Methodology()).score(tree, rows, values);
    return out.stream().filter(r -> r.unitType().equals("DEPARTMENT")).toList();
  }

  private static ScoreRow row(List<ScoreRow> rows, String code) {
    return rows.stream().filter(r -> r.unitCode().equals(code)).findFirst().orElseThrow();
  }

  @Test
  void compositeRenormalisesOverAvailableIndicators() {
    // BCR N/A: 100 * (0.25*0.9 + 0.25*0.6 + 0.25*0.3) / 0.75 = 60
    ScoreRow r = row(score(Parameters.defaultsOnly(), new Dept("A", 0.9, 0.6, null, 0.3)), "A");
    assertEquals(60.0, r.composite(), 1e-9);
    assertEquals(3, r.indicatorsAvailable());
    assertEquals("LOW", r.grade());
    // with weights 0.5/0.25/-/0.25: 100 * (0.45 + 0.15 + 0.075) / 1.0 = 67.5
    ScoreRow w =
        row(
            score(
                Parameters.defaultsOnly().with("weights.SIR", "0.5"),
                new Dept("A", 0.9, 0.6, null, 0.3)),
            "A");
    assertEquals(67.5, w.composite(), 1e-9);
  }

  @Test
  void insufficientDataHasNoCompositeRankOrGrade() {
    ScoreRow r = row(score(Parameters.defaultsOnly(), new Dept("A", 0.9, null, null, 0.3)), "A");
    assertNull(r.composite());
    assertNull(r.rank());
    assertNull(r.grade());
    assertNull(r.rankP05());
    assertEquals(2, r.indicatorsAvailable());
    // with ranking.min_indicators = 2 it is ranked: 100 * 1.2 / 2 = 60
    ScoreRow lenient =
        row(
            score(
                Parameters.defaultsOnly().with("ranking.min_indicators", "2"),
                new Dept("A", 0.9, null, null, 0.3)),
            "A");
    assertEquals(60.0, lenient.composite(), 1e-9);
    assertEquals(1, lenient.rank());
  }

  @Test
  void gradeBoundariesAreInclusive() {
    Parameters p = Parameters.defaultsOnly();
    assertEquals(Grade.VERY_HIGH, Grade.of(90.0, p));
    assertEquals(Grade.HIGH, Grade.of(89.99999, p));
    assertEquals(Grade.HIGH, Grade.of(80.0, p));
    assertEquals(Grade.MEDIUM, Grade.of(79.999, p));
    assertEquals(Grade.MEDIUM, Grade.of(65.0, p));
    assertEquals(Grade.LOW, Grade.of(64.9999, p));
  }

  @Test
  void competitionRankingOnTwoDecimals() {
    // A 80.004 and B 80.001 both round to 80.00: tie at 1; C 79 is 3rd (1, 1, 3); D ties C
    List<ScoreRow> rows =
        score(
            Parameters.defaultsOnly(),
            new Dept("A", 0.80004, 0.80004, 0.80004, 0.80004),
            new Dept("B", 0.80001, 0.80001, 0.80001, 0.80001),
            new Dept("C", 0.79, 0.79, 0.79, 0.79),
            new Dept("D", 0.79, 0.79, 0.79, 0.79),
            new Dept("E", 0.5, 0.5, 0.5, 0.5));
    assertEquals(1, row(rows, "A").rank());
    assertEquals(1, row(rows, "B").rank());
    assertEquals(3, row(rows, "C").rank());
    assertEquals(3, row(rows, "D").rank());
    assertEquals(5, row(rows, "E").rank());
    // half-up: 80.005 rounds to 80.01 and beats 80.004
    assertEquals(8001, Ranking.rankingKey(80.005));
    assertEquals(8000, Ranking.rankingKey(80.004));
  }

  @Test
  void groupOfOne() {
    ScoreRow r = row(score(Parameters.defaultsOnly(), new Dept("A", 0.5, 0.5, 0.5, 0.5)), "A");
    assertEquals(1, r.rank());
    assertEquals(1, r.rankP05());
    assertEquals(1.0, r.rankMedian());
    assertEquals(1, r.rankP95());
    assertEquals("DEPARTMENT:" + REGION, r.rankGroup());
  }

  @Test
  void aUnitFarAheadHasAnIntervalOfOne() {
    List<ScoreRow> rows =
        score(
            Parameters.defaultsOnly(),
            new Dept("A", 1.0, 1.0, 1.0, 1.0),
            new Dept("B", 0.3, 0.4, 0.2, 0.3),
            new Dept("C", 0.35, 0.3, 0.3, 0.2));
    assertEquals(1, row(rows, "A").rankP05());
    assertEquals(1, row(rows, "A").rankP95());
  }

  @Test
  void rankIntervalsAreDeterministicForASeedAndVaryWithIt() {
    Dept[] close = {
      new Dept("A", 0.9, 0.2, 0.5, 0.6), new Dept("B", 0.2, 0.9, 0.6, 0.5),
      new Dept("C", 0.5, 0.5, 0.9, 0.3), new Dept("D", 0.55, 0.55, 0.3, 0.8)
    };
    Parameters p = Parameters.defaultsOnly().with("uncertainty.draws", "200");
    List<ScoreRow> first = score(p, close);
    assertEquals(first, score(p, close));
    List<String> intervals =
        first.stream().map(r -> r.rankP05() + "-" + r.rankMedian() + "-" + r.rankP95()).toList();
    boolean anyDiffers = false;
    for (int seed = 1; seed <= 5 && !anyDiffers; seed++) {
      List<String> other =
          score(p.with("uncertainty.seed", String.valueOf(seed)), close).stream()
              .map(r -> r.rankP05() + "-" + r.rankMedian() + "-" + r.rankP95())
              .toList();
      anyDiffers = !other.equals(intervals);
    }
    assertEquals(true, anyDiffers, "another seed gives other intervals");
    assertNotEquals(first.get(0).rankP05(), null);
  }

  @Test
  void nearestRankPercentiles() {
    int[] sorted = {1, 1, 2, 2, 2, 3, 3, 3, 3, 4};
    assertEquals(1, Ranking.nearestRank(sorted, 5)); // rank ceil(0.5) = 1
    assertEquals(2, Ranking.nearestRank(sorted, 50)); // rank 5
    assertEquals(4, Ranking.nearestRank(sorted, 95)); // rank ceil(9.5) = 10
  }

  @Test
  void quadrantOnBothSidesOfEachThreshold() {
    assertEquals(Quadrant.COLLABORATIVE, Quadrant.of(0.6, 0.6, 0.6, 0.6));
    assertEquals(Quadrant.DATA_ISLAND, Quadrant.of(0.6, 0.5999, 0.6, 0.6));
    assertEquals(Quadrant.STARVED, Quadrant.of(0.5999, 0.6, 0.6, 0.6));
    assertEquals(Quadrant.SILOED, Quadrant.of(0.1, 0.1, 0.6, 0.6));
    assertEquals(Quadrant.UNCLASSIFIED, Quadrant.of(null, 0.9, 0.6, 0.6));
    assertEquals(Quadrant.UNCLASSIFIED, Quadrant.of(0.9, null, 0.6, 0.6));
  }
}
