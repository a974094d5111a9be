package org.govscore.config;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The methodology parameters of METHODOLOGY.md and DATA-CONTRACT.md, by their published names,
 * with defaults beside them. Parsed once at the command-line boundary; the engine reads only the
 * typed accessors.
 */
public final class Parameters {
  public static final String TIME_ZONE = "time.zone";
  public static final String TIME_ZONE_DEFAULT = "Asia/Shanghai";
  public static final String TIME_CALENDAR = "time.calendar";
  public static final String TIME_CALENDAR_DEFAULT = "";
  public static final String MAX_REJECT_SHARE = "validation.max_reject_share";
  public static final String MAX_REJECT_SHARE_DEFAULT = "0.05";
  public static final String INCLUSION_MIN_DEPTH = "inclusion.min_depth";
  public static final String INCLUSION_MIN_DEPTH_DEFAULT = "3";
  public static final String CREDIT_NO_DEMAND = "credit.no_demand";
  public static final String CREDIT_NO_DEMAND_DEFAULT = "0.5";
  /** BRR's deadline in working days (15 in many provinces' 好差评 rules). */
  public static final String RATINGS_RECTIFY_DAYS = "ratings.rectify_days";
  public static final String RATINGS_RECTIFY_DAYS_DEFAULT = "15";
  public static final String WEIGHT_SIR = "weights.SIR";
  public static final String WEIGHT_RSR = "weights.RSR";
  public static final String WEIGHT_BCR = "weights.BCR";
  public static final String WEIGHT_SCR = "weights.SCR";
  public static final String WEIGHT_DEFAULT = "0.25";
  public static final String RANKING_MIN_INDICATORS = "ranking.min_indicators";
  public static final String RANKING_MIN_INDICATORS_DEFAULT = "3";
  public static final String GRADE_VERY_HIGH = "grades.very_high";
  public static final String GRADE_VERY_HIGH_DEFAULT = "90";
  public static final String GRADE_HIGH = "grades.high";
  public static final String GRADE_HIGH_DEFAULT = "80";
  public static final String GRADE_MEDIUM = "grades.medium";
  public static final String GRADE_MEDIUM_DEFAULT = "65";
  public static final String UNCERTAINTY_DRAWS = "uncertainty.draws";
  public static final String UNCERTAINTY_DRAWS_DEFAULT = "1000";
  public static final String UNCERTAINTY_SEED = "uncertainty.seed";
  public static final String UNCERTAINTY_SEED_DEFAULT = "2016";
  public static final String QUADRANT_X = "quadrant.x";
  public static final String QUADRANT_Y = "quadrant.y";
  public static final String QUADRANT_DEFAULT = "0.6";

  private static final Map<String, String> DEFAULTS = defaults();

  private final Map<String, String> values;

  private Parameters(Map<String, String> values) {
    this.values = values;
  }

  private static Map<String, String> defaults() {
    Map<String, String> d = new LinkedHashMap<>();
    d.put(TIME_ZONE, TIME_ZONE_DEFAULT);
    d.put(TIME_CALENDAR, TIME_CALENDAR_DEFAULT);
    d.put(MAX_REJECT_SHARE, MAX_REJECT_SHARE_DEFAULT);
    d.put(INCLUSION_MIN_DEPTH, INCLUSION_MIN_DEPTH_DEFAULT);
    d.put(CREDIT_NO_DEMAND, CREDIT_NO_DEMAND_DEFAULT);
    d.put(RATINGS_RECTIFY_DAYS, RATINGS_RECTIFY_DAYS_DEFAULT);
    d.put(WEIGHT_SIR, WEIGHT_DEFAULT);
    d.put(WEIGHT_RSR, WEIGHT_DEFAULT);
    d.put(WEIGHT_BCR, WEIGHT_DEFAULT);
    d.put(WEIGHT_SCR, WEIGHT_DEFAULT);
    d.put(RANKING_MIN_INDICATORS, RANKING_MIN_INDICATORS_DEFAULT);
    d.put(GRADE_VERY_HIGH, GRADE_VERY_HIGH_DEFAULT);
    d.put(GRADE_HIGH, GRADE_HIGH_DEFAULT);
    d.put(GRADE_MEDIUM, GRADE_MEDIUM_DEFAULT);
    d.put(UNCERTAINTY_DRAWS, UNCERTAINTY_DRAWS_DEFAULT);
    d.put(UNCERTAINTY_SEED, UNCERTAINTY_SEED_DEFAULT);
    d.put(QUADRANT_X, QUADRANT_DEFAULT);
    d.put(QUADRANT_Y, QUADRANT_DEFAULT);
    return Collections.unmodifiableMap(d);
  }

  public static Parameters defaultsOnly() {
    return of(Map.of());
  }

  /**
   * Defaults overridden by {@code overrides}; every name must be a published parameter and every
   * value must parse, or an IllegalArgumentException names the offender.
   */
  public static Parameters of(Map<String, String> overrides) {
    Map<String, String> merged = new LinkedHashMap<>(DEFAULTS);
    for (Map.Entry<String, String> e : overrides.entrySet()) {
      if (!DEFAULTS.containsKey(e.getKey())) {
        throw new IllegalArgumentException(
            "Unknown parameter '" + e.getKey() + "'; known: " + String.join(", ", new TreeMap<>(DEFAULTS).keySet()));
      }
      merged.put(e.getKey(), e.getValue().trim());
    }
    Parameters p = new Parameters(Collections.unmodifiableMap(merged));
    p.check();
    return p;
  }

  private void check() {
    zone();
    fraction(MAX_REJECT_SHARE);
    fraction(CREDIT_NO_DEMAND);
    if (integer(RATINGS_RECTIFY_DAYS) < 0) {
      throw new IllegalArgumentException(RATINGS_RECTIFY_DAYS + " must be >= 0, got " + values.get(RATINGS_RECTIFY_DAYS));
    }
    int depth = integer(INCLUSION_MIN_DEPTH);
    if (depth < 0 || depth > 4) {
      throw new IllegalArgumentException(INCLUSION_MIN_DEPTH + " must be 0..4, got " + depth);
    }
    for (String w : new String[] {WEIGHT_SIR, WEIGHT_RSR, WEIGHT_BCR, WEIGHT_SCR}) {
      if (number(w) < 0) {
        throw new IllegalArgumentException(w + " must be >= 0, got " + values.get(w));
      }
    }
    int min = integer(RANKING_MIN_INDICATORS);
    if (min < 1 || min > 4) {
      throw new IllegalArgumentException(RANKING_MIN_INDICATORS + " must be 1..4, got " + min);
    }
    if (!(number(GRADE_VERY_HIGH) >= number(GRADE_HIGH) && number(GRADE_HIGH) >= number(GRADE_MEDIUM))) {
      throw new IllegalArgumentException("grades must satisfy very_high >= high >= medium, got "
          + values.get(GRADE_VERY_HIGH) + ", " + values.get(GRADE_HIGH) + ", " + values.get(GRADE_MEDIUM));
    }
    if (integer(UNCERTAINTY_DRAWS) < 1) {
      throw new IllegalArgumentException(UNCERTAINTY_DRAWS + " must be >= 1, got " + values.get(UNCERTAINTY_DRAWS));
    }
    Long.parseLong(values.get(UNCERTAINTY_SEED));
    fraction(QUADRANT_X);
    fraction(QUADRANT_Y);
  }

  private double fraction(String key) {
    double v = number(key);
    if (v < 0 || v > 1) {
      throw new IllegalArgumentException(key + " must be between 0 and 1, got " + values.get(key));
    }
    return v;
  }

  private double number(String key) {
    String raw = values.get(key);
    try {
      double v = Double.parseDouble(raw);
      if (Double.isNaN(v) || Double.isInfinite(v)) {
        throw new NumberFormatException();
      }
      return v;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(key + " must be a number, got '" + raw + "'");
    }
  }

  private int integer(String key) {
    String raw = values.get(key);
    try {
      return Integer.parseInt(raw);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(key + " must be an integer, got '" + raw + "'");
    }
  }

  public ZoneId zone() {
    String raw = values.get(TIME_ZONE);
    try {
      return ZoneId.of(raw);
    } catch (DateTimeException e) {
      throw new IllegalArgumentException(TIME_ZONE + " is not a time zone: '" + raw + "'");
    }
  }

  /** The calendar file path, or empty when none is configured. */
  public String calendar() {
    return values.get(TIME_CALENDAR);
  }

  public double maxRejectShare() {
    return number(MAX_REJECT_SHARE);
  }

  public int inclusionMinDepth() {
    return integer(INCLUSION_MIN_DEPTH);
  }

  public double creditNoDemand() {
    return number(CREDIT_NO_DEMAND);
  }

  public int ratingsRectifyDays() {
    return integer(RATINGS_RECTIFY_DAYS);
  }

  public double weight(String indicator) {
    return number("weights." + indicator);
  }

  public int rankingMinIndicators() {
    return integer(RANKING_MIN_INDICATORS);
  }

  public double gradeVeryHigh() {
    return number(GRADE_VERY_HIGH);
  }

  public double gradeHigh() {
    return number(GRADE_HIGH);
  }

  public double gradeMedium() {
    return number(GRADE_MEDIUM);
  }

  public int uncertaintyDraws() {
    return integer(UNCERTAINTY_DRAWS);
  }

  public long uncertaintySeed() {
    return Long.parseLong(values.get(UNCERTAINTY_SEED));
  }

  public double quadrantX() {
    return number(QUADRANT_X);
  }

  public double quadrantY() {
    return number(QUADRANT_Y);
  }

  /** Every parameter in force, in published order (for the manifest and the methodology page). */
  public Map<String, String> asMap() {
    return values;
  }

  public Parameters with(String key, String value) {
    Map<String, String> m = new LinkedHashMap<>(values);
    m.put(key, value);
    return of(m);
  }
}
