package org.govscore.render.results;

import static org.apache.spark.sql.functions.col;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.govscore.base.GovscoreException;
import org.govscore.config.Period;
import org.govscore.metrics.Methodology;
import org.govscore.metrics.UnitKey;
import org.govscore.store.ResultTables;
import org.govscore.store.ResultsStore;

/**
 * Reads a period of the results store into typed records. The tables are aggregated per unit, so
 * collecting them to the driver is cheap; nothing here touches the inputs.
 */
public final class ResultsLoader {
  private final ResultsStore store;

  public ResultsLoader(ResultsStore store) {
    this.store = store;
  }

  /** The store's periods, oldest first. */
  public List<Period> periods() {
    return store.periods();
  }

  /** Every table of a period, or a clear error naming the periods the store does have. */
  public PeriodResults load(Period period) {
    if (!store.hasPeriod(period)) {
      List<Period> have = store.periods();
      throw new GovscoreException(
          "Results store "
              + store.root()
              + " has no period "
              + period
              + (have.isEmpty()
                  ? " (it has none; run evaluate first)"
                  : "; it has " + labels(have)));
    }
    Manifest manifest = Manifest.parse(store.manifest(period).orElseThrow());
    List<UnitScore> scores = scores(period);
    return new PeriodResults(
        period,
        manifest,
        scores,
        indicators(period, false),
        checks(period),
        findings(period),
        items(period),
        resources(period),
        quality(period, manifest));
  }

  /** The headline values of a period, for trends; lighter than {@link #load}. */
  public PeriodSnapshot snapshot(Period period) {
    return PeriodSnapshot.of(period, scores(period), indicators(period, true));
  }

  private static String labels(List<Period> periods) {
    return String.join(", ", periods.stream().map(Period::label).toList());
  }

  private List<Row> rows(String table, Period period) {
    return store.read(table, period).collectAsList();
  }

  private List<UnitScore> scores(Period period) {
    List<UnitScore> out = new ArrayList<>();
    for (Row r : rows(ResultTables.SCORES, period)) {
      out.add(
          new UnitScore(
              Cells.str(r, "unit_type"),
              Cells.str(r, "unit_code"),
              Cells.str(r, "unit_name"),
              Cells.str(r, "level"),
              Cells.str(r, "rank_group"),
              Cells.dbl(r, "composite"),
              Cells.str(r, "grade"),
              Cells.integer(r, "rank"),
              Cells.integer(r, "rank_p05"),
              Cells.dbl(r, "rank_median"),
              Cells.integer(r, "rank_p95"),
              Cells.str(r, "quadrant"),
              Cells.intOrZero(r, "indicators_available")));
    }
    out.sort(Comparator.comparing(UnitScore::unitType).thenComparing(UnitScore::unitCode));
    return List.copyOf(out);
  }

  private Map<UnitKey, Map<String, IndicatorValue>> indicators(
      Period period, boolean headlineOnly) {
    var data = store.read(ResultTables.INDICATORS, period);
    if (headlineOnly) {
      data = data.where(col("indicator").isin(Methodology.HEADLINE_IDS.toArray()));
    }
    Map<UnitKey, Map<String, IndicatorValue>> out = new LinkedHashMap<>();
    for (Row r : data.collectAsList()) {
      UnitKey unit = new UnitKey(Cells.str(r, "unit_type"), Cells.str(r, "unit_code"));
      IndicatorValue v =
          new IndicatorValue(
              Cells.str(r, "indicator"),
              Cells.dbl(r, "numerator"),
              Cells.dbl(r, "denominator"),
              Cells.dbl(r, "value"));
      out.computeIfAbsent(unit, k -> new LinkedHashMap<>()).put(v.indicator(), v);
    }
    return frozen(out);
  }

  private Map<UnitKey, List<CheckResult>> checks(Period period) {
    Map<UnitKey, List<CheckResult>> out = new LinkedHashMap<>();
    for (Row r : rows(ResultTables.CHECKS, period)) {
      out.computeIfAbsent(
              new UnitKey(Cells.str(r, "unit_type"), Cells.str(r, "unit_code")),
              k -> new ArrayList<>())
          .add(
              new CheckResult(
                  Cells.str(r, "check_id"),
                  Cells.longOrZero(r, "applicable"),
                  Cells.longOrZero(r, "passed")));
    }
    return frozenLists(out);
  }

  private Map<UnitKey, List<Finding>> findings(Period period) {
    Map<UnitKey, List<Finding>> out = new LinkedHashMap<>();
    for (Row r : rows(ResultTables.FINDINGS, period)) {
      out.computeIfAbsent(
              new UnitKey(Cells.str(r, "unit_type"), Cells.str(r, "unit_code")),
              k -> new ArrayList<>())
          .add(
              new Finding(
                  Cells.str(r, "kind"),
                  Cells.str(r, "subject_code"),
                  Cells.dbl(r, "metric"),
                  Cells.str(r, "detail")));
    }
    return frozenLists(out);
  }

  private List<ItemState> items(Period period) {
    return rows(ResultTables.ITEM_STATUS, period).stream()
        .map(
            r ->
                new ItemState(
                    Cells.str(r, "item_code"),
                    Cells.str(r, "dept_code"),
                    Cells.str(r, "status"),
                    Cells.longOrZero(r, "online_cases"),
                    Cells.longOrZero(r, "all_cases"),
                    Boolean.TRUE.equals(r.getAs("undeclared_online"))))
        .sorted(Comparator.comparing(ItemState::itemCode))
        .toList();
  }

  private List<ResourceState> resources(Period period) {
    return rows(ResultTables.RESOURCE_STATUS, period).stream()
        .map(
            r ->
                new ResourceState(
                    Cells.str(r, "resource_code"),
                    Cells.str(r, "provider_dept_code"),
                    Cells.str(r, "share_type"),
                    Cells.str(r, "status"),
                    Cells.longOrZero(r, "requests"),
                    Cells.longOrZero(r, "successes")))
        .sorted(Comparator.comparing(ResourceState::resourceCode))
        .toList();
  }

  /**
   * The base library of each resource (resource_code to POPULATION, LEGAL_ENTITY, ...), or empty
   * when the period's resource_status has no base_library column or no value in it (written before
   * v2): the report then says the libraries were not measured rather than guessing.
   */
  public Optional<Map<String, String>> baseLibraries(Period period) {
    var table = store.readAsWritten(ResultTables.RESOURCE_STATUS, period);
    if (!java.util.Arrays.asList(table.columns()).contains("base_library")) {
      return Optional.empty();
    }
    Map<String, String> out = new java.util.TreeMap<>();
    for (Row r : table.select("resource_code", "base_library").collectAsList()) {
      String library = Cells.str(r, "base_library");
      if (library != null) {
        out.put(Cells.str(r, "resource_code"), library);
      }
    }
    return out.isEmpty() ? Optional.empty() : Optional.of(Collections.unmodifiableMap(out));
  }

  private List<DatasetQuality> quality(Period period, Manifest manifest) {
    return rows(ResultTables.DATA_QUALITY, period).stream()
        .map(
            r -> {
              String dataset = Cells.str(r, "dataset");
              return new DatasetQuality(
                  dataset,
                  Cells.longOrZero(r, "rows_read"),
                  Cells.longOrZero(r, "rows_accepted"),
                  Cells.longOrZero(r, "rows_rejected"),
                  Cells.longOrZero(r, "duplicates_removed"),
                  manifest.rejectedByReason().getOrDefault(dataset, Map.of()));
            })
        .sorted(Comparator.comparingInt(q -> DatasetOrder.of(q.dataset())))
        .toList();
  }

  private static <V> Map<UnitKey, Map<String, V>> frozen(Map<UnitKey, Map<String, V>> m) {
    Map<UnitKey, Map<String, V>> out = new LinkedHashMap<>();
    m.forEach((k, v) -> out.put(k, Collections.unmodifiableMap(v)));
    return Collections.unmodifiableMap(out);
  }

  private static <V> Map<UnitKey, List<V>> frozenLists(Map<UnitKey, List<V>> m) {
    Map<UnitKey, List<V>> out = new LinkedHashMap<>();
    m.forEach((k, v) -> out.put(k, List.copyOf(v)));
    return Collections.unmodifiableMap(out);
  }
}
