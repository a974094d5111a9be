package org.govscore.scoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.govscore.config.Parameters;
import org.govscore.metrics.Indicator;
import org.govscore.metrics.IndicatorRow;
import org.govscore.metrics.Methodology;
import org.govscore.metrics.UnitKey;
import org.govscore.metrics.UnitTree;
import org.govscore.metrics.Values;

/**
 * Composite index, grade, rank with Monte Carlo rank intervals, and quadrant, from per-unit
 * values alone: each draw is arithmetic on a small table, never a Spark job.
 */
public final class ScoreEngine {
  private static final String[] HEADLINE = {"SIR", "RSR", "BCR", "SCR"};

  /** One unit's inputs to scoring. */
  record Unit(UnitKey key, String name, String level, String rankGroup, Values values, Double[] headline) {
    int available() {
      int n = 0;
      for (Double d : headline) {
        if (d != null) {
          n++;
        }
      }
      return n;
    }
  }

  private final Parameters parameters;
  private final Map<String, Indicator> headlineIndicators = new HashMap<>();

  public ScoreEngine(Parameters parameters, Methodology methodology) {
    this.parameters = parameters;
    for (Indicator i : methodology.indicators()) {
      headlineIndicators.put(i.id(), i);
    }
  }

  public List<ScoreRow> score(UnitTree units, List<IndicatorRow> indicators, Map<UnitKey, Values> values) {
    Map<UnitKey, Double[]> headline = new HashMap<>();
    for (IndicatorRow r : indicators) {
      int k = Arrays.asList(HEADLINE).indexOf(r.indicator());
      if (k >= 0) {
        headline.computeIfAbsent(new UnitKey(r.unitType(), r.unitCode()), x -> new Double[4])[k] = r.value();
      }
    }
    Map<String, List<Unit>> groups = new LinkedHashMap<>();
    for (UnitTree.Department d : units.departments().values()) {
      UnitKey key = new UnitKey(UnitKey.DEPARTMENT, d.code());
      groups.computeIfAbsent("DEPARTMENT:" + d.regionCode(), g -> new ArrayList<>()).add(new Unit(key, d.name(),
          units.levelOf(d), "DEPARTMENT:" + d.regionCode(), values.get(key), headline.getOrDefault(key, new Double[4])));
    }
    for (UnitTree.Region r : units.regions().values()) {
      UnitKey key = new UnitKey(UnitKey.REGION, r.code());
      groups.computeIfAbsent("REGION:" + r.level(), g -> new ArrayList<>()).add(new Unit(key, r.name(), r.level(),
          "REGION:" + r.level(), values.get(key), headline.getOrDefault(key, new Double[4])));
    }
    List<ScoreRow> rows = new ArrayList<>();
    for (List<Unit> group : groups.values()) {
      rows.addAll(scoreGroup(group));
    }
    return rows;
  }

  private List<ScoreRow> scoreGroup(List<Unit> group) {
    double[] weights = weights();
    List<Unit> ranked = new ArrayList<>();
    Map<Unit, Double> composites = new HashMap<>();
    for (Unit u : group) {
      Double ci = u.available() >= parameters.rankingMinIndicators() ? composite(u.headline(), weights) : null;
      if (ci != null) {
        composites.put(u, ci);
        ranked.add(u);
      }
    }
    long[] keys = new long[ranked.size()];
    for (int i = 0; i < keys.length; i++) {
      keys[i] = Ranking.rankingKey(composites.get(ranked.get(i)));
    }
    int[] ranks = Ranking.competitionRanks(keys);
    int[][] drawn = drawRanks(ranked);

    List<ScoreRow> rows = new ArrayList<>();
    for (Unit u : group) {
      Double[] h = u.headline();
      String quadrant = Quadrant.of(h[1], h[2], parameters.quadrantX(), parameters.quadrantY()).name();
      int i = ranked.indexOf(u);
      if (i < 0) {
        rows.add(new ScoreRow(u.key().unitType(), u.key().unitCode(), u.name(), u.level(), u.rankGroup(),
            null, null, null, null, null, null, quadrant, u.available()));
        continue;
      }
      double ci = composites.get(u);
      int[] sorted = drawn[i].clone();
      Arrays.sort(sorted);
      rows.add(new ScoreRow(u.key().unitType(), u.key().unitCode(), u.name(), u.level(), u.rankGroup(),
          ci, Grade.of(ci, parameters).name(), ranks[i],
          Ranking.nearestRank(sorted, 5), (double) Ranking.nearestRank(sorted, 50), Ranking.nearestRank(sorted, 95),
          quadrant, u.available()));
    }
    return rows;
  }

  private double[] weights() {
    double[] w = new double[4];
    for (int k = 0; k < 4; k++) {
      w[k] = parameters.weight(HEADLINE[k]);
    }
    return w;
  }

  /** CI = 100 * sum(w_k I_k) / sum(w_k) over available indicators; null if their weights sum to 0. */
  static Double composite(Double[] headline, double[] weights) {
    double num = 0;
    double den = 0;
    for (int k = 0; k < 4; k++) {
      if (headline[k] != null) {
        num += weights[k] * headline[k];
        den += weights[k];
      }
    }
    return den == 0 ? null : 100 * num / den;
  }

  /**
   * Ranks of each unit in every draw. The draws come from one seeded stream in a fixed order, so
   * the same inputs and seed give the same intervals; every unit of the group sees the same draw.
   */
  private int[][] drawRanks(List<Unit> ranked) {
    int draws = parameters.uncertaintyDraws();
    int[][] out = new int[ranked.size()][draws];
    if (ranked.isEmpty()) {
      return out;
    }
    SplittableRandom random = new SplittableRandom(parameters.uncertaintySeed());
    double[] base = weights();
    Indicator sir = headlineIndicators.get("SIR");
    Indicator rsr = headlineIndicators.get("RSR");
    long[] keys = new long[ranked.size()];
    double[] w = new double[4];
    for (int d = 0; d < draws; d++) {
      for (int k = 0; k < 4; k++) {
        w[k] = base[k] * (0.75 + 0.5 * random.nextDouble());
      }
      double credit = random.nextDouble();
      for (int i = 0; i < ranked.size(); i++) {
        Unit u = ranked.get(i);
        Double[] h = u.headline().clone();
        // Only SIR and RSR depend on the no-demand credit; an N/A indicator stays N/A.
        if (h[0] != null) {
          h[0] = sir.ratio(u.values(), credit).value();
        }
        if (h[1] != null) {
          h[1] = rsr.ratio(u.values(), credit).value();
        }
        Double ci = composite(h, w);
        keys[i] = Ranking.rankingKey(ci == null ? 0 : ci);
      }
      int[] r = Ranking.competitionRanks(keys);
      for (int i = 0; i < r.length; i++) {
        out[i][d] = r[i];
      }
    }
    return out;
  }
}
