package org.govscore.render.results;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import org.govscore.config.Period;
import org.govscore.contract.UnitKey;
import org.govscore.store.IndicatorRecord;
import org.govscore.store.ScoreRecord;

/**
 * The composite and every measured indicator of every unit in one period: what trends and data
 * warnings compare. Every indicator, not only v1's four, since a composite's members may include
 * SAT, BRR or an external indicator (bounded: one value per unit and indicator).
 */
public record PeriodSnapshot(
    Period period, Map<UnitKey, ScoreRecord> scores, Map<UnitKey, Map<String, Double>> values) {

  static PeriodSnapshot of(
      Period period,
      Iterable<ScoreRecord> scores,
      Map<UnitKey, Map<String, IndicatorRecord>> indicators) {
    Map<UnitKey, ScoreRecord> byUnit = new HashMap<>();
    scores.forEach(s -> byUnit.put(s.key(), s));
    Map<UnitKey, Map<String, Double>> values = new HashMap<>();
    indicators.forEach(
        (unit, rows) -> {
          Map<String, Double> measured = new HashMap<>();
          rows.forEach(
              (id, v) -> {
                if (v.value() != null) {
                  measured.put(id, v.value());
                }
              });
          values.put(unit, Collections.unmodifiableMap(measured));
        });
    return new PeriodSnapshot(
        period, Collections.unmodifiableMap(byUnit), Collections.unmodifiableMap(values));
  }

  /** The unit's composite, or null when it had none (or was not evaluated). */
  public Double composite(UnitKey unit) {
    ScoreRecord s = scores.get(unit);
    return s == null ? null : s.composite();
  }

  /** An indicator's value, or null when N/A or not measured in the period. */
  public Double value(UnitKey unit, String indicator) {
    return values.getOrDefault(unit, Map.of()).get(indicator);
  }
}
