package org.govscore.pipeline;

import static org.apache.spark.sql.functions.col;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.govscore.config.Period;
import org.govscore.metrics.IndicatorRow;
import org.govscore.metrics.UnitKey;
import org.govscore.scoring.Findings;
import org.govscore.scoring.ScoreRow;
import org.govscore.store.ResultTables;
import org.govscore.store.ResultsStore;

/** The measures FALL findings compare per unit: COMPOSITE and {@link Findings#FALL_INDICATORS}. */
final class TrendInputs {
  private TrendInputs() {}

  static Map<UnitKey, Map<String, Double>> of(
      List<ScoreRow> scores, List<IndicatorRow> indicators) {
    Map<UnitKey, Map<String, Double>> out = new HashMap<>();
    for (ScoreRow s : scores) {
      out.computeIfAbsent(new UnitKey(s.unitType(), s.unitCode()), k -> new HashMap<>())
          .put("COMPOSITE", s.composite());
    }
    for (IndicatorRow r : indicators) {
      if (Findings.FALL_INDICATORS.contains(r.indicator())) {
        out.computeIfAbsent(new UnitKey(r.unitType(), r.unitCode()), k -> new HashMap<>())
            .put(r.indicator(), r.value());
      }
    }
    return out;
  }

  /** The same measures read back from the store (bounded: one row per unit and measure). */
  static Map<UnitKey, Map<String, Double>> read(ResultsStore store, Period period) {
    Map<UnitKey, Map<String, Double>> out = new HashMap<>();
    for (Row r :
        store
            .read(ResultTables.SCORES, period)
            .select(col("unit_type"), col("unit_code"), col("composite"))
            .collectAsList()) {
      out.computeIfAbsent(new UnitKey(r.getString(0), r.getString(1)), k -> new HashMap<>())
          .put("COMPOSITE", r.isNullAt(2) ? null : r.getDouble(2));
    }
    for (Row r :
        store
            .read(ResultTables.INDICATORS, period)
            .filter(col("indicator").isin(Findings.FALL_INDICATORS.toArray()))
            .select(col("unit_type"), col("unit_code"), col("indicator"), col("value"))
            .collectAsList()) {
      out.computeIfAbsent(new UnitKey(r.getString(0), r.getString(1)), k -> new HashMap<>())
          .put(r.getString(2), r.isNullAt(3) ? null : r.getDouble(3));
    }
    return out;
  }
}
