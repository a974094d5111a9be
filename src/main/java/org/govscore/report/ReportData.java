package org.govscore.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.govscore.contract.UnitKey;
import org.govscore.render.results.PeriodResults;
import org.govscore.render.results.PeriodSnapshot;
import org.govscore.store.RankGroup;
import org.govscore.store.ScoreRecord;

/**
 * What one report is made of: the period's results, the earlier periods of the same length (for
 * trends) and the previous one (for changes), all from the results store.
 *
 * @param history snapshots of the periods of the same length up to and including the report's,
 *     oldest first
 * @param previous the period just before, when the store has it
 * @param baseLibraries each resource's base library, empty when the store predates the column
 * @param settings the report's own settings (report.material_change)
 */
record ReportData(
    PeriodResults current,
    List<PeriodSnapshot> history,
    Optional<PeriodSnapshot> previous,
    Optional<Map<String, String>> baseLibraries,
    ReportSettings settings) {

  /**
   * The rank groups in display order, each with its units: ranked ones by rank, then the unranked
   * by name.
   */
  Map<RankGroup, List<ScoreRecord>> groups() {
    Map<RankGroup, List<ScoreRecord>> out = new TreeMap<>();
    for (ScoreRecord s : current.scores()) {
      out.computeIfAbsent(RankGroup.parse(s.rankGroup()), g -> new ArrayList<>()).add(s);
    }
    out.values().forEach(list -> list.sort(ScoreRecord.RANKING_ORDER));
    return out;
  }

  /** The name of a region by code (for naming department groups), or the code itself. */
  String regionName(String code) {
    return current
        .score(new UnitKey(UnitKey.REGION, code))
        .map(ScoreRecord::displayName)
        .orElse(code);
  }

  /** The change of a unit's composite since the previous period, when both exist. */
  Double compositeChange(UnitKey unit) {
    if (previous.isEmpty()) {
      return null;
    }
    Double before = previous.get().composite(unit);
    Double now = current.score(unit).map(ScoreRecord::composite).orElse(null);
    return before == null || now == null ? null : now - before;
  }
}
