package org.govscore.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.govscore.contract.UnitKey;
import org.govscore.render.results.PeriodSnapshot;
import org.govscore.store.IndicatorRecord;
import org.govscore.store.ScoreRecord;

/**
 * Changes too large to publish unchecked: a composite that falls by {@value #COMPOSITE_FALL} points
 * or more (on a scale of 100), or a member indicator that drops to exactly 0 from {@value
 * #FROM_AT_LEAST} or more. Such a change is more often a gap in the evidence (a log not delivered,
 * a mapping lost) than a collapse of the service, so the report says so instead of stating it as
 * fact.
 */
final class DataWarnings {
  static final double COMPOSITE_FALL = 30;
  static final double FROM_AT_LEAST = 0.5;

  /**
   * A unit to check: its composite before and now (null = none) and the members that dropped to 0.
   */
  record Warning(ScoreRecord unit, Double before, Double now, List<String> zeroed) {
    Double fall() {
      return before == null || now == null ? null : before - now;
    }
  }

  private DataWarnings() {}

  /** True when the composite fell by 30 points or more, scaled to the composite's scale. */
  static boolean compositeCollapsed(Double before, Double now, double scale) {
    return before != null && now != null && before - now >= COMPOSITE_FALL * scale / 100 - 1e-9;
  }

  /** True when an indicator is exactly 0 now after at least 0.5 before. */
  static boolean droppedToZero(Double before, Double now) {
    return before != null && now != null && now == 0.0 && before >= FROM_AT_LEAST;
  }

  /** Every unit with a warning, the largest composite fall first, then by code. */
  static List<Warning> of(ReportData data) {
    if (data.previous().isEmpty()) {
      return List.of();
    }
    PeriodSnapshot before = data.previous().get();
    double scale = data.current().manifest().methodology().composite().scale();
    List<String> members = data.current().manifest().members();
    List<Warning> out = new ArrayList<>();
    for (ScoreRecord u : data.current().scores()) {
      UnitKey key = u.key();
      Map<String, IndicatorRecord> now = data.current().indicatorsOf(key);
      List<String> zeroed = new ArrayList<>();
      for (String id : members) {
        IndicatorRecord v = now.get(id);
        if (droppedToZero(before.value(key, id), v == null ? null : v.value())) {
          zeroed.add(id);
        }
      }
      Double was = before.composite(key);
      if (compositeCollapsed(was, u.composite(), scale) || !zeroed.isEmpty()) {
        out.add(new Warning(u, was, u.composite(), List.copyOf(zeroed)));
      }
    }
    out.sort(
        Comparator.comparing((Warning w) -> w.fall() == null ? Double.POSITIVE_INFINITY : -w.fall())
            .thenComparing(w -> w.unit().unitType())
            .thenComparing(w -> w.unit().unitCode()));
    return out;
  }
}
