package org.govscore.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.govscore.config.Parameters;
import org.govscore.contract.UnitKey;
import org.govscore.metrics.Aggregation;
import org.govscore.metrics.Indicator;
import org.govscore.metrics.IndicatorRow;
import org.govscore.metrics.Methodology;
import org.govscore.metrics.UnitTree;
import org.govscore.metrics.Values;

/**
 * Composite index, grade, rank with Monte Carlo rank intervals, and quadrant, from per-unit values
 * alone: each draw is arithmetic on a small table, never a Spark job. The composite's members are
 * {@code composite.members} (by default v1's four headline indicators).
 */
public final class ScoreEngine {
  /** The indicators whose value moves with {@code credit.no_demand}: recomputed in every draw. */
  private static final List<String> CREDIT_DEPENDENT = List.of("SIR", "RSR");

  /**
   * One unit's inputs to scoring: its members' values in members order, and RSR, BCR for the
   * quadrant.
   */
  record Unit(
      UnitKey key,
      String name,
      String level,
      String rankGroup,
      Values values,
      Double[] members,
      Double rsr,
      Double bcr) {
    int available() {
      int n = 0;
      for (Double d : members) {
        if (d != null) {
          n++;
        }
      }
      return n;
    }
  }

  private final Parameters parameters;
  private final List<String> members;
  private final CompositeIndex index;

  /** Per member, the indicator to recompute with each draw's credit, or null. */
  private final Indicator[] creditDependent;

  public ScoreEngine(Parameters parameters, Methodology methodology) {
    this.parameters = parameters;
    this.members = parameters.compositeMembers();
    this.index = CompositeIndex.of(parameters);
    Map<String, Indicator> byId = new HashMap<>();
    for (Indicator i : methodology.indicators()) {
      byId.put(i.id(), i);
    }
    creditDependent = new Indicator[members.size()];
    for (int k = 0; k < members.size(); k++) {
      if (CREDIT_DEPENDENT.contains(members.get(k))) {
        creditDependent[k] = byId.get(members.get(k));
      }
    }
  }

  public List<ScoreRow> score(
      UnitTree units, List<IndicatorRow> indicators, Map<UnitKey, Values> values) {
    Map<UnitKey, Double[]> memberValues = new HashMap<>();
    Map<UnitKey, Double> rsr = new HashMap<>();
    Map<UnitKey, Double> bcr = new HashMap<>();
    for (IndicatorRow r : indicators) {
      UnitKey key = new UnitKey(r.unitType(), r.unitCode());
      int k = members.indexOf(r.indicator());
      if (k >= 0) {
        memberValues.computeIfAbsent(key, x -> new Double[members.size()])[k] = r.value();
      }
      if ("RSR".equals(r.indicator())) {
        rsr.put(key, r.value());
      } else if ("BCR".equals(r.indicator())) {
        bcr.put(key, r.value());
      }
    }
    Map<String, List<Unit>> groups = new LinkedHashMap<>();
    for (UnitTree.Department d : units.departments().values()) {
      UnitKey key = new UnitKey(UnitKey.DEPARTMENT, d.code());
      String group = "DEPARTMENT:" + d.regionCode();
      groups
          .computeIfAbsent(group, g -> new ArrayList<>())
          .add(
              new Unit(
                  key,
                  d.name(),
                  units.levelOf(d),
                  group,
                  values.get(key),
                  memberValues.getOrDefault(key, new Double[members.size()]),
                  rsr.get(key),
                  bcr.get(key)));
    }
    for (UnitTree.Region r : units.regions().values()) {
      UnitKey key = new UnitKey(UnitKey.REGION, r.code());
      String group = "REGION:" + r.level();
      groups
          .computeIfAbsent(group, g -> new ArrayList<>())
          .add(
              new Unit(
                  key,
                  r.name(),
                  r.level(),
                  group,
                  values.get(key),
                  memberValues.getOrDefault(key, new Double[members.size()]),
                  rsr.get(key),
                  bcr.get(key)));
    }
    List<ScoreRow> rows = new ArrayList<>();
    for (List<Unit> group : groups.values()) {
      rows.addAll(scoreGroup(group));
    }
    return rows;
  }

  private List<ScoreRow> scoreGroup(List<Unit> group) {
    int n = group.size();
    Double[][] raw = new Double[n][];
    boolean[] eligible = new boolean[n];
    for (int i = 0; i < n; i++) {
      raw[i] = group.get(i).members();
      int available = group.get(i).available();
      eligible[i] = available > 0 && available >= parameters.rankingMinIndicators();
    }
    Double[] composites = index.composites(raw, eligible, parameters.memberWeights());
    List<Integer> ranked = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (composites[i] != null) {
        ranked.add(i);
      }
    }
    BigDecimal[] keys = new BigDecimal[ranked.size()];
    for (int j = 0; j < keys.length; j++) {
      keys[j] = Ranking.rankingKey(composites[ranked.get(j)], parameters.rankingDecimals());
    }
    int[] ranks = Ranking.competitionRanks(keys);
    int[][] drawn = drawRanks(group, raw, ranked);

    List<ScoreRow> rows = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Unit u = group.get(i);
      String quadrant =
          Quadrant.of(u.rsr(), u.bcr(), parameters.quadrantX(), parameters.quadrantY()).name();
      int j = ranked.indexOf(i);
      if (j < 0) {
        rows.add(
            new ScoreRow(
                u.key().unitType(),
                u.key().unitCode(),
                u.name(),
                u.level(),
                u.rankGroup(),
                null,
                null,
                null,
                null,
                null,
                null,
                quadrant,
                u.available()));
        continue;
      }
      double ci = composites[i];
      int[] sorted = drawn[j].clone();
      Arrays.sort(sorted);
      rows.add(
          new ScoreRow(
              u.key().unitType(),
              u.key().unitCode(),
              u.name(),
              u.level(),
              u.rankGroup(),
              ci,
              Grade.of(ci, parameters).name(),
              ranks[j],
              Ranking.nearestRank(sorted, 5),
              (double) Ranking.nearestRank(sorted, 50),
              Ranking.nearestRank(sorted, 95),
              quadrant,
              u.available()));
    }
    return rows;
  }

  /** The same values, each looked up in {@code v} once (aggregations are shared constants). */
  private static Values remembered(Values v) {
    Map<Aggregation, Double> seen = new IdentityHashMap<>();
    return a -> seen.computeIfAbsent(a, v::get);
  }

  /**
   * Ranks of each ranked unit in every draw. The draws come from one seeded stream in a fixed order
   * (each member's weight factor in members order, then the credit), so the same inputs and seed
   * give the same intervals, and the default members consume it exactly as v1 did; every unit of
   * the group sees the same draw and the whole group is re-normalized.
   */
  private int[][] drawRanks(List<Unit> group, Double[][] raw, List<Integer> ranked) {
    int draws = parameters.uncertaintyDraws();
    int[][] out = new int[ranked.size()][draws];
    if (ranked.isEmpty()) {
      return out;
    }
    SplittableRandom random = new SplittableRandom(parameters.uncertaintySeed());
    int decimals = parameters.rankingDecimals();
    double[] base = parameters.memberWeights();
    int m = base.length;
    boolean[] eligible = new boolean[group.size()];
    ranked.forEach(i -> eligible[i] = true);
    BigDecimal[] keys = new BigDecimal[ranked.size()];
    double[] w = new double[m];
    Double[][] drawnRaw = new Double[group.size()][];
    // Every draw reads the same few sums of every unit: looked up once, not once per draw.
    Values[] values = new Values[group.size()];
    for (int i = 0; i < group.size(); i++) {
      values[i] = group.get(i).values() == null ? null : remembered(group.get(i).values());
    }
    for (int d = 0; d < draws; d++) {
      for (int k = 0; k < m; k++) {
        w[k] = base[k] * (0.75 + 0.5 * random.nextDouble());
      }
      double credit = random.nextDouble();
      for (int i = 0; i < group.size(); i++) {
        Double[] h = raw[i].clone();
        for (int k = 0; k < m; k++) {
          // Only SIR and RSR depend on the no-demand credit; an N/A indicator stays N/A.
          if (creditDependent[k] != null && h[k] != null && values[i] != null) {
            h[k] = creditDependent[k].ratio(values[i], credit).value();
          }
        }
        drawnRaw[i] = h;
      }
      Double[] ci = index.composites(drawnRaw, eligible, w);
      for (int j = 0; j < keys.length; j++) {
        Double c = ci[ranked.get(j)];
        keys[j] = Ranking.rankingKey(c == null ? 0 : c, decimals);
      }
      int[] r = Ranking.competitionRanks(keys);
      for (int j = 0; j < r.length; j++) {
        out[j][d] = r[j];
      }
    }
    return out;
  }
}
