package org.govscore.site;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.govscore.config.Period;
import org.govscore.contract.UnitKey;
import org.govscore.render.results.PeriodResults;
import org.govscore.store.RankGroup;
import org.govscore.store.ScoreRecord;

/** Every period of the results store, oldest first: all the site is built from. */
record SiteData(List<PeriodResults> periods, Map<String, GroupStats> statsCache) {

  SiteData(List<PeriodResults> periods) {
    this(periods, new HashMap<>());
  }

  PeriodResults latest() {
    return periods.get(periods.size() - 1);
  }

  /**
   * The period just before {@code p} of the same length, when the store has it: changes compare
   * like with like.
   */
  Optional<PeriodResults> previous(Period p) {
    Period before = p.previous();
    return periods.stream().filter(r -> r.period().equals(before)).findFirst();
  }

  /**
   * The composite's members of a period as its manifest records them (v1's four for an old one).
   */
  static List<String> members(PeriodResults p) {
    return p.manifest().members();
  }

  /** The composite's scale of a period (100 unless the methodology set another). */
  static double scale(PeriodResults p) {
    return p.manifest().methodology().composite().scale();
  }

  /**
   * The rank groups of a period in display order, each with its units ranked first, then the
   * unranked.
   */
  static Map<RankGroup, List<ScoreRecord>> groups(PeriodResults results) {
    Map<RankGroup, List<ScoreRecord>> out = new TreeMap<>();
    for (ScoreRecord s : results.scores()) {
      out.computeIfAbsent(RankGroup.parse(s.rankGroup()), g -> new ArrayList<>()).add(s);
    }
    out.values().forEach(list -> list.sort(ScoreRecord.RANKING_ORDER));
    return out;
  }

  /**
   * The reference values of a unit's rank group in a period (computed once per group and period).
   */
  synchronized GroupStats stats(PeriodResults p, String rankGroup) {
    return statsCache.computeIfAbsent(
        p.period().label() + "\u0000" + rankGroup,
        k ->
            GroupStats.of(
                p,
                p.scores().stream().filter(s -> rankGroup.equals(s.rankGroup())).toList(),
                members(p)));
  }

  /** Every unit seen in any period, with its most recent score (for its name and group). */
  Map<UnitKey, ScoreRecord> units() {
    Map<UnitKey, ScoreRecord> out = new LinkedHashMap<>();
    for (PeriodResults p : periods) {
      p.scores().forEach(s -> out.put(s.key(), s));
    }
    return out;
  }

  /** The name of a region in a period (to title its departments' group), or its code. */
  static String regionName(PeriodResults results, String code) {
    return results
        .score(new UnitKey(UnitKey.REGION, code))
        .map(ScoreRecord::displayName)
        .orElse(code);
  }
}
