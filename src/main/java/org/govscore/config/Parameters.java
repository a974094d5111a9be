package org.govscore.config;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The methodology parameters of docs/methodology.md and docs/data-contract.md, by their published
 * names, with defaults beside them. Parsed once at the command-line boundary; the engine reads only
 * the typed accessors.
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
  public static final String COMPOSITE_MEMBERS = "composite.members";
  public static final String COMPOSITE_MEMBERS_DEFAULT = "SIR,RSR,BCR,SCR";
  public static final String COMPOSITE_NORMALIZATION = "composite.normalization";
  public static final String COMPOSITE_NORMALIZATION_DEFAULT = "NONE";
  public static final String COMPOSITE_AGGREGATION = "composite.aggregation";
  public static final String COMPOSITE_AGGREGATION_DEFAULT = "ARITHMETIC";
  public static final String COMPOSITE_SCALE = "composite.scale";
  public static final String COMPOSITE_SCALE_DEFAULT = "100";
  public static final String RANKING_DECIMALS = "ranking.decimals";
  public static final String RANKING_DECIMALS_DEFAULT = "2";

  /**
   * Dynamic keys: {@code weights.<ID>} for a member's weight, {@code targets.<ID>} for its TARGET.
   */
  public static final String WEIGHTS_PREFIX = "weights.";

  public static final String TARGETS_PREFIX = "targets.";

  /** The syntax of an indicator id (docs/data-contract.md, external_indicators.indicator). */
  public static final Pattern INDICATOR_ID = Pattern.compile("[A-Z][A-Z0-9_]{0,31}");

  private static final List<String> V1_WEIGHTS =
      List.of(WEIGHT_SIR, WEIGHT_RSR, WEIGHT_BCR, WEIGHT_SCR);

  private static final Map<String, String> DEFAULTS = defaults();

  private final Map<String, String> values;
  private final Map<String, String> overrides;
  private final List<String> members;

  private Parameters(
      Map<String, String> values, Map<String, String> overrides, List<String> members) {
    this.values = values;
    this.overrides = overrides;
    this.members = members;
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
    d.put(COMPOSITE_MEMBERS, COMPOSITE_MEMBERS_DEFAULT);
    d.put(COMPOSITE_NORMALIZATION, COMPOSITE_NORMALIZATION_DEFAULT);
    d.put(COMPOSITE_AGGREGATION, COMPOSITE_AGGREGATION_DEFAULT);
    d.put(COMPOSITE_SCALE, COMPOSITE_SCALE_DEFAULT);
    d.put(RANKING_DECIMALS, RANKING_DECIMALS_DEFAULT);
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
    Map<String, String> given = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : overrides.entrySet()) {
      if (!DEFAULTS.containsKey(e.getKey()) && !dynamicKey(e.getKey())) {
        throw new IllegalArgumentException(
            "Unknown parameter '"
                + e.getKey()
                + "'; known: "
                + String.join(", ", new TreeMap<>(DEFAULTS).keySet())
                + ", weights.<ID>, targets.<ID>");
      }
      given.put(e.getKey(), e.getValue().trim());
    }
    List<String> members =
        members(given.getOrDefault(COMPOSITE_MEMBERS, COMPOSITE_MEMBERS_DEFAULT));
    Parameters p =
        new Parameters(
            Collections.unmodifiableMap(published(given, members)),
            Collections.unmodifiableMap(given),
            members);
    p.check();
    return p;
  }

  private static boolean dynamicKey(String key) {
    for (String prefix : List.of(WEIGHTS_PREFIX, TARGETS_PREFIX)) {
      if (key.startsWith(prefix)
          && INDICATOR_ID.matcher(key.substring(prefix.length())).matches()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The parameters in force, in published order: the weights stand where v1's four stood, one per
   * member in members order (as set, else 1/number of members), so that the v1 defaults publish
   * exactly v1's weights.SIR..SCR = 0.25 and a non-member never shows a weight it does not have.
   */
  private static Map<String, String> published(Map<String, String> given, List<String> members) {
    Map<String, String> out = new LinkedHashMap<>();
    for (Map.Entry<String, String> d : DEFAULTS.entrySet()) {
      if (d.getKey().equals(WEIGHT_SIR)) {
        for (String m : members) {
          out.put(
              WEIGHTS_PREFIX + m,
              given.getOrDefault(WEIGHTS_PREFIX + m, Double.toString(1.0 / members.size())));
        }
      }
      if (!V1_WEIGHTS.contains(d.getKey())) {
        out.put(d.getKey(), given.getOrDefault(d.getKey(), d.getValue()));
      }
    }
    given.forEach(
        (k, v) -> {
          if (!out.containsKey(k)) {
            out.put(k, v); // weights of non-members (a usage error below) and targets.<ID>
          }
        });
    return out;
  }

  /** composite.members parsed: every id non-empty, of indicator-id syntax and listed once. */
  private static List<String> members(String raw) {
    if (raw.isBlank()) {
      throw new IllegalArgumentException(
          COMPOSITE_MEMBERS + " is empty; list at least one indicator id");
    }
    Set<String> seen = new LinkedHashSet<>();
    for (String part : raw.split(",", -1)) {
      String id = part.trim();
      if (id.isEmpty()) {
        throw new IllegalArgumentException(
            COMPOSITE_MEMBERS + " has an empty member: '" + raw + "'");
      }
      if (!INDICATOR_ID.matcher(id).matches()) {
        throw new IllegalArgumentException(
            COMPOSITE_MEMBERS + " names an unknown indicator '" + id + "'");
      }
      if (!seen.add(id)) {
        throw new IllegalArgumentException(
            COMPOSITE_MEMBERS + " repeats member " + id + ": '" + raw + "'");
      }
    }
    return List.copyOf(seen);
  }

  private void check() {
    zone();
    fraction(MAX_REJECT_SHARE);
    fraction(CREDIT_NO_DEMAND);
    if (integer(RATINGS_RECTIFY_DAYS) < 0) {
      throw new IllegalArgumentException(
          RATINGS_RECTIFY_DAYS + " must be >= 0, got " + values.get(RATINGS_RECTIFY_DAYS));
    }
    int depth = integer(INCLUSION_MIN_DEPTH);
    if (depth < 0 || depth > 4) {
      throw new IllegalArgumentException(INCLUSION_MIN_DEPTH + " must be 0..4, got " + depth);
    }
    for (String key : overrides.keySet()) {
      if (key.startsWith(WEIGHTS_PREFIX)) {
        String id = key.substring(WEIGHTS_PREFIX.length());
        if (!members.contains(id)) {
          throw new IllegalArgumentException(
              key
                  + "="
                  + overrides.get(key)
                  + " is set but "
                  + id
                  + " is not a composite member ("
                  + COMPOSITE_MEMBERS
                  + "="
                  + String.join(",", members)
                  + ")");
        }
      }
    }
    for (String m : members) {
      if (!(number(WEIGHTS_PREFIX + m) > 0)) {
        throw new IllegalArgumentException(
            WEIGHTS_PREFIX + m + " must be > 0, got " + values.get(WEIGHTS_PREFIX + m));
      }
    }
    CompositeNormalization normalization = normalization();
    CompositeAggregation aggregation = aggregation();
    if (normalization == CompositeNormalization.Z_SCORE
        && aggregation == CompositeAggregation.GEOMETRIC) {
      throw new IllegalArgumentException(
          COMPOSITE_AGGREGATION
              + "=GEOMETRIC cannot be used with "
              + COMPOSITE_NORMALIZATION
              + "=Z_SCORE (z values are negative)");
    }
    if (normalization == CompositeNormalization.TARGET) {
      for (String m : members) {
        String key = TARGETS_PREFIX + m;
        if (!values.containsKey(key)) {
          throw new IllegalArgumentException(
              COMPOSITE_NORMALIZATION
                  + "=TARGET needs "
                  + key
                  + " > 0 for member "
                  + m
                  + ", got none");
        }
        if (!(number(key) > 0)) {
          throw new IllegalArgumentException(key + " must be > 0, got " + values.get(key));
        }
      }
    }
    double scale = number(COMPOSITE_SCALE);
    if (!(scale > 0)) {
      throw new IllegalArgumentException(
          COMPOSITE_SCALE + " must be > 0, got " + values.get(COMPOSITE_SCALE));
    }
    int decimals = integer(RANKING_DECIMALS);
    if (decimals < 0 || decimals > 15) {
      throw new IllegalArgumentException(
          RANKING_DECIMALS + " must be 0..15, got " + values.get(RANKING_DECIMALS));
    }
    int min = integer(RANKING_MIN_INDICATORS);
    if (min < 0 || min > members.size()) {
      throw new IllegalArgumentException(
          RANKING_MIN_INDICATORS
              + " must be 0.."
              + members.size()
              + " (the number of composite members), got "
              + values.get(RANKING_MIN_INDICATORS));
    }
    if (!(number(GRADE_VERY_HIGH) >= number(GRADE_HIGH)
        && number(GRADE_HIGH) >= number(GRADE_MEDIUM))) {
      throw new IllegalArgumentException(
          "grades must satisfy very_high >= high >= medium, got "
              + values.get(GRADE_VERY_HIGH)
              + ", "
              + values.get(GRADE_HIGH)
              + ", "
              + values.get(GRADE_MEDIUM));
    }
    if (number(GRADE_VERY_HIGH) > scale) {
      throw new IllegalArgumentException(
          GRADE_VERY_HIGH
              + "="
              + values.get(GRADE_VERY_HIGH)
              + " exceeds "
              + COMPOSITE_SCALE
              + "="
              + values.get(COMPOSITE_SCALE)
              + "; grade thresholds are on the composite's scale");
    }
    if (integer(UNCERTAINTY_DRAWS) < 1) {
      throw new IllegalArgumentException(
          UNCERTAINTY_DRAWS + " must be >= 1, got " + values.get(UNCERTAINTY_DRAWS));
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

  /** A member's weight as set, else 1/number of members (also when other weights are set). */
  public double weight(String indicator) {
    String key = WEIGHTS_PREFIX + indicator;
    return values.containsKey(key) ? number(key) : 1.0 / members.size();
  }

  /**
   * The composite's members, in published order (docs/methodology.md: default the four headline
   * indicators).
   */
  public List<String> compositeMembers() {
    return members;
  }

  /** The members' weights in members order. */
  public double[] memberWeights() {
    double[] w = new double[members.size()];
    for (int k = 0; k < w.length; k++) {
      w[k] = weight(members.get(k));
    }
    return w;
  }

  /** targets.ID as set, or null. */
  public Double target(String indicator) {
    String key = TARGETS_PREFIX + indicator;
    return values.containsKey(key) ? number(key) : null;
  }

  public CompositeNormalization normalization() {
    return choice(COMPOSITE_NORMALIZATION, CompositeNormalization.class);
  }

  public CompositeAggregation aggregation() {
    return choice(COMPOSITE_AGGREGATION, CompositeAggregation.class);
  }

  public double compositeScale() {
    return number(COMPOSITE_SCALE);
  }

  public int rankingDecimals() {
    return integer(RANKING_DECIMALS);
  }

  /**
   * Every member must be an indicator the run publishes: a built-in id or an external indicator id
   * accepted in any period. Known only after the inputs are validated, hence not in {@link #of}.
   */
  public void requireKnownMembers(Collection<String> known) {
    for (String m : members) {
      if (!known.contains(m)) {
        throw new IllegalArgumentException(
            COMPOSITE_MEMBERS
                + " names an unknown indicator '"
                + m
                + "'; known: "
                + String.join(", ", new ArrayList<>(new TreeSet<>(known))));
      }
    }
  }

  private <E extends Enum<E>> E choice(String key, Class<E> type) {
    String raw = values.get(key);
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(raw)) {
        return e;
      }
    }
    throw new IllegalArgumentException(
        key
            + " must be one of "
            + String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList())
            + ", got '"
            + raw
            + "'");
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

  /** These parameters with one more override (the others as they were set, not as published). */
  public Parameters with(String key, String value) {
    Map<String, String> m = new LinkedHashMap<>(overrides);
    m.put(key, value);
    return of(m);
  }
}
