package org.govscore.pipeline;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.govscore.config.Period;
import org.govscore.contract.UnitKey;
import org.govscore.scoring.Findings;
import org.govscore.store.IndicatorRecord;
import org.govscore.store.PeriodStore;
import org.govscore.store.ScoreRecord;

/** The measures FALL findings compare per unit: COMPOSITE and {@link Findings#FALL_INDICATORS}. */
final class TrendInputs {
  private TrendInputs() {}

  static Map<UnitKey, Map<String, Double>> of(
      List<ScoreRecord> scores, List<IndicatorRecord> indicators) {
    Map<UnitKey, Map<String, Double>> out = new HashMap<>();
    for (ScoreRecord s : scores) {
      out.computeIfAbsent(s.key(), k -> new HashMap<>()).put("COMPOSITE", s.composite());
    }
    for (IndicatorRecord r : indicators) {
      if (Findings.FALL_INDICATORS.contains(r.indicator())) {
        out.computeIfAbsent(r.key(), k -> new HashMap<>()).put(r.indicator(), r.value());
      }
    }
    return out;
  }

  /** The same measures read back from the store (bounded: one row per unit and measure). */
  static Map<UnitKey, Map<String, Double>> read(PeriodStore store, Period period) {
    return of(
        store.readAll(ScoreRecord.CODEC, period), store.readAll(IndicatorRecord.CODEC, period));
  }
}
