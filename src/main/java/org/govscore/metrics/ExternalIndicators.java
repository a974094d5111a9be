package org.govscore.metrics;

import static org.apache.spark.sql.functions.col;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.govscore.config.Period;

/**
 * The external_indicators of a run (docs/data-contract.md): the ids accepted in any period (which
 * may be composite members), and the rows of the run's period, published as given for the units
 * that have them: no region is pooled from its departments and no unit without a row gets one.
 */
public final class ExternalIndicators {
  /** One accepted row of the run's period. */
  public record Measure(
      String unitType,
      String unitCode,
      String indicator,
      String name,
      double value,
      Double numerator,
      Double denominator,
      String source) {}

  /** An indicator as published: its id, the name and source shown. */
  public record Published(String id, String name, String source) {}

  /**
   * Orders strings by Unicode code point (String.compareTo orders UTF-16 units, which differs
   * beyond the BMP).
   */
  static final Comparator<String> BY_CODE_POINT =
      (a, b) -> {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
          int ca = a.codePointAt(i);
          int cb = b.codePointAt(j);
          if (ca != cb) {
            return Integer.compare(ca, cb);
          }
          i += Character.charCount(ca);
          j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
      };

  private final Set<String> acceptedIds;
  private final List<IndicatorRow> rows;
  private final List<Published> published;

  private ExternalIndicators(
      Set<String> acceptedIds, List<IndicatorRow> rows, List<Published> published) {
    this.acceptedIds = acceptedIds;
    this.rows = rows;
    this.published = published;
  }

  public static ExternalIndicators none() {
    return of(Set.of(), List.of());
  }

  /**
   * From the accepted rows of every period (null when the dataset is absent). Two small driver
   * collections: the distinct ids, and the run period's rows (at most units x indicators).
   */
  public static ExternalIndicators read(Dataset<Row> accepted, Period period) {
    if (accepted == null) {
      return none();
    }
    Set<String> ids = new TreeSet<>();
    for (Row r : accepted.select(col("indicator")).distinct().collectAsList()) {
      ids.add(r.getString(0));
    }
    List<Measure> measures = new ArrayList<>();
    // exact string equality: 2026 is not part of a 2026-Q3 run
    for (Row r :
        accepted
            .filter(col("period").equalTo(period.label()))
            .select(
                col("unit_type"),
                col("unit_code"),
                col("indicator"),
                col("indicator_name"),
                col("value"),
                col("numerator"),
                col("denominator"),
                col("source"))
            .collectAsList()) {
      measures.add(
          new Measure(
              r.getString(0),
              r.getString(1),
              r.getString(2),
              r.getString(3),
              r.getDouble(4),
              r.isNullAt(5) ? null : r.getDouble(5),
              r.isNullAt(6) ? null : r.getDouble(6),
              r.getString(7)));
    }
    return of(ids, measures);
  }

  /**
   * The rows of the run's period in the order of the indicators table (id, unit type, unit code);
   * where rows of one indicator disagree on its name or source, the smallest by code point is
   * shown.
   */
  static ExternalIndicators of(Set<String> acceptedIds, List<Measure> periodRows) {
    List<Measure> sorted = new ArrayList<>(periodRows);
    sorted.sort(
        Comparator.comparing(Measure::indicator)
            .thenComparing(Measure::unitType)
            .thenComparing(Measure::unitCode));
    List<IndicatorRow> rows = new ArrayList<>();
    Map<String, String[]> shown = new TreeMap<>();
    for (Measure m : sorted) {
      rows.add(
          new IndicatorRow(
              m.unitType(),
              m.unitCode(),
              m.indicator(),
              m.numerator(),
              m.denominator(),
              m.value()));
      shown.merge(
          m.indicator(),
          new String[] {m.name(), m.source()},
          (a, b) ->
              new String[] {
                BY_CODE_POINT.compare(a[0], b[0]) <= 0 ? a[0] : b[0],
                BY_CODE_POINT.compare(a[1], b[1]) <= 0 ? a[1] : b[1]
              });
    }
    List<Published> published = new ArrayList<>();
    shown.forEach((id, ns) -> published.add(new Published(id, ns[0], ns[1])));
    return new ExternalIndicators(
        Set.copyOf(acceptedIds), List.copyOf(rows), List.copyOf(published));
  }

  /**
   * Ids accepted in any period: valid composite members (N/A where the run's period lacks them).
   */
  public Set<String> acceptedIds() {
    return acceptedIds;
  }

  /** The indicators-table rows of the run's period. */
  public List<IndicatorRow> rows() {
    return rows;
  }

  /** The indicators published in the run's period, by id, with the name and source shown. */
  public List<Published> published() {
    return published;
  }
}
