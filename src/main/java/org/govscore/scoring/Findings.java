package org.govscore.scoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.govscore.config.Period;
import org.govscore.contract.FindingKinds;
import org.govscore.contract.UnitKey;
import org.govscore.metrics.BadRatings;
import org.govscore.metrics.CheckRow;
import org.govscore.metrics.IndicatorResults;
import org.govscore.metrics.RatedItem;
import org.govscore.metrics.UnitTree;

/**
 * The findings of docs/methodology.md: the evidence behind a weak score. Kinds: DECLARED_ONLY_ITEM,
 * REFUSED_RESOURCE, NOT_SHARED_RESOURCE, INFORMATION_ISLAND, FAILING_CHECK, UNRECTIFIED_BAD_RATING
 * and FALL.
 */
public final class Findings {
  public static final String DECLARED_ONLY_ITEM = FindingKinds.DECLARED_ONLY_ITEM;
  public static final String REFUSED_RESOURCE = FindingKinds.REFUSED_RESOURCE;
  public static final String NOT_SHARED_RESOURCE = FindingKinds.NOT_SHARED_RESOURCE;
  public static final String INFORMATION_ISLAND = FindingKinds.INFORMATION_ISLAND;
  public static final String FAILING_CHECK = FindingKinds.FAILING_CHECK;
  public static final String FALL = FindingKinds.FALL;
  public static final String UNRECTIFIED_BAD_RATING = FindingKinds.UNRECTIFIED_BAD_RATING;

  /** The indicators whose fall against the previous period is a finding (besides the composite). */
  public static final List<String> FALL_INDICATORS = List.of("SIR", "RSR", "BCR", "SCR", "SAT");

  /** How many failing checks are listed per unit: the ones with the most failures. */
  static final int FAILING_CHECKS_PER_UNIT = 3;

  private Findings() {}

  /**
   * @param crossSuccesses per department, SUCCESS cross-department exchanges as consumer plus as
   *     provider; null when the exchanges dataset is absent (no island can be shown)
   */
  public static List<FindingRow> of(
      UnitTree units, IndicatorResults results, Map<String, Long> crossSuccesses) {
    List<FindingRow> out = new ArrayList<>();
    for (Row r : results.itemFindings()) {
      long cases = r.getLong(r.fieldIndex("all_cases"));
      out.add(
          new FindingRow(
              UnitKey.DEPARTMENT,
              r.<String>getAs("dept_code"),
              DECLARED_ONLY_ITEM,
              r.<String>getAs("item_code"),
              (double) cases,
              "declared online in the catalogue, "
                  + cases
                  + " case(s) in the period, none online"));
    }
    for (Row r : results.resourceFindings()) {
      boolean refused = "REFUSED".equals(r.<String>getAs("status"));
      int requestsAt = r.fieldIndex("requests");
      Long requests = r.isNullAt(requestsAt) ? null : r.getLong(requestsAt);
      out.add(
          new FindingRow(
              UnitKey.DEPARTMENT,
              r.<String>getAs("provider_dept_code"),
              refused ? REFUSED_RESOURCE : NOT_SHARED_RESOURCE,
              r.<String>getAs("resource_code"),
              requests == null ? null : requests.doubleValue(),
              refused
                  ? requests + " cross-department request(s), none successful"
                  : "NOT_SHARED without a legal basis"
                      + (requests == null ? "" : ", " + requests + " request(s)")));
    }
    if (crossSuccesses != null) {
      for (String dept : units.departments().keySet()) {
        if (crossSuccesses.getOrDefault(dept, 0L) == 0) {
          out.add(
              new FindingRow(
                  UnitKey.DEPARTMENT,
                  dept,
                  INFORMATION_ISLAND,
                  dept,
                  0.0,
                  "no successful cross-department exchange in either direction"));
        }
      }
    }
    Map<UnitKey, List<CheckRow>> byUnit = new HashMap<>();
    for (CheckRow c : results.checks()) {
      if (c.applicable() > c.passed()) {
        byUnit
            .computeIfAbsent(new UnitKey(c.unitType(), c.unitCode()), k -> new ArrayList<>())
            .add(c);
      }
    }
    byUnit.forEach(
        (unit, checks) ->
            checks.stream()
                .sorted(
                    Comparator.comparingLong((CheckRow c) -> c.applicable() - c.passed())
                        .reversed()
                        .thenComparing(CheckRow::checkId))
                .limit(FAILING_CHECKS_PER_UNIT)
                .forEach(
                    c ->
                        out.add(
                            new FindingRow(
                                unit.unitType(),
                                unit.unitCode(),
                                FAILING_CHECK,
                                c.checkId(),
                                (double) (c.applicable() - c.passed()),
                                (c.applicable() - c.passed())
                                    + " of "
                                    + c.applicable()
                                    + " failed"))));
    results
        .badRatings()
        .forEach(
            (unit, b) -> {
              if (b.unrectified() > 0) {
                out.add(
                    new FindingRow(
                        unit.unitType(),
                        unit.unitCode(),
                        UNRECTIFIED_BAD_RATING,
                        unit.unitCode(),
                        (double) b.unrectified(),
                        unrectifiedDetail(b)));
              }
            });
    return out;
  }

  /**
   * e.g. "2 of 4 bad rating(s) in the period not rectified within 15 working days; worst-rated
   * items: 户口迁移 (2 of 4 bad)".
   */
  static String unrectifiedDetail(BadRatings b) {
    StringBuilder d =
        new StringBuilder(
            b.unrectified()
                + " of "
                + b.bad()
                + " bad rating(s) in the period not rectified within "
                + b.deadlineDays()
                + " working days");
    for (int i = 0; i < b.worstItems().size(); i++) {
      RatedItem item = b.worstItems().get(i);
      d.append(i == 0 ? "; worst-rated items: " : ", ")
          .append(item.label())
          .append(" (")
          .append(item.badRatings())
          .append(" of ")
          .append(item.ratings())
          .append(" bad)");
    }
    return d.toString();
  }

  /**
   * How far below its previous value a value must be to have fallen, relative to that value (at
   * least 1): a composite of four members summed in another order differs in its last bits (25.0
   * against 24.999999999999996), which is no fall.
   */
  static final double FALL_TOLERANCE = 1e-9;

  static boolean fell(double before, double now) {
    return before - now > FALL_TOLERANCE * Math.max(1.0, Math.abs(before));
  }

  /**
   * Falls against the previous period of the same length: for the composite and each of {@link
   * #FALL_INDICATORS} (the headline indicators and SAT), every unit whose value went down; metric
   * is the change (negative).
   */
  public static List<FindingRow> falls(
      Period previous,
      Period current,
      Map<UnitKey, Map<String, Double>> before,
      Map<UnitKey, Map<String, Double>> now) {
    List<FindingRow> out = new ArrayList<>();
    for (Map.Entry<UnitKey, Map<String, Double>> e : now.entrySet()) {
      Map<String, Double> old = before.get(e.getKey());
      if (old == null) {
        continue;
      }
      List<String> measures = new ArrayList<>(List.of("COMPOSITE"));
      measures.addAll(FALL_INDICATORS);
      for (String measure : measures) {
        Double a = old.get(measure);
        Double b = e.getValue().get(measure);
        if (a != null && b != null && fell(a, b)) {
          boolean composite = measure.equals("COMPOSITE");
          String format = composite ? "%.2f" : "%.4f";
          out.add(
              new FindingRow(
                  e.getKey().unitType(),
                  e.getKey().unitCode(),
                  FALL,
                  measure,
                  b - a,
                  String.format(
                      Locale.ROOT,
                      "%s " + format + " in %s to " + format + " in %s",
                      measure,
                      a,
                      previous.label(),
                      b,
                      current.label())));
        }
      }
    }
    return out;
  }
}
