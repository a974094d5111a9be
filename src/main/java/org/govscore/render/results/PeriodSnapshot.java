package org.govscore.render.results;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import org.govscore.config.Period;
import org.govscore.metrics.Methodology;
import org.govscore.metrics.UnitKey;

/** The composite and the four headline indicators of every unit in one period: what trends need. */
public record PeriodSnapshot(
    Period period, Map<UnitKey, UnitScore> scores, Map<UnitKey, Map<String, Double>> headline) {

  static PeriodSnapshot of(
      Period period,
      Iterable<UnitScore> scores,
      Map<UnitKey, Map<String, IndicatorValue>> indicators) {
    Map<UnitKey, UnitScore> byUnit = new HashMap<>();
    scores.forEach(s -> byUnit.put(s.key(), s));
    Map<UnitKey, Map<String, Double>> headline = new HashMap<>();
    indicators.forEach(
        (unit, values) -> {
          Map<String, Double> h = new HashMap<>();
          for (String id : Methodology.HEADLINE_IDS) {
            IndicatorValue v = values.get(id);
            if (v != null && v.value() != null) {
              h.put(id, v.value());
            }
          }
          headline.put(unit, Collections.unmodifiableMap(h));
        });
    return new PeriodSnapshot(
        period, Collections.unmodifiableMap(byUnit), Collections.unmodifiableMap(headline));
  }

  /** The unit's composite, or null when it had none (or was not evaluated). */
  public Double composite(UnitKey unit) {
    UnitScore s = scores.get(unit);
    return s == null ? null : s.composite();
  }

  /** A headline indicator's value, or null when N/A. */
  public Double value(UnitKey unit, String indicator) {
    return headline.getOrDefault(unit, Map.of()).get(indicator);
  }
}
