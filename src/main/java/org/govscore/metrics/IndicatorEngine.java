package org.govscore.metrics;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.substring_index;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.govscore.base.Branches;
import org.govscore.contract.DatasetKind;
import org.govscore.contract.UnitKey;
import org.govscore.spark.LocalRows;

/**
 * Runs docs/methodology.md up to the composite: one aggregation pass per source (exchanges, cases,
 * items, resources), then ratios per department and pooled per region on the driver, where only
 * per-unit sums live.
 */
public final class IndicatorEngine {
  /** How many worst-rated items a UNRECTIFIED_BAD_RATING finding names. */
  public static final int WORST_ITEMS = 3;

  private final Methodology methodology = new Methodology();
  private final Consumer<String> progress;
  private final boolean sideBySide;

  public IndicatorEngine(Consumer<String> progress) {
    this(progress, false);
  }

  /**
   * @param sideBySide run independent passes side by side (small inputs, see {@link Branches})
   */
  public IndicatorEngine(Consumer<String> progress, boolean sideBySide) {
    this.progress = progress;
    this.sideBySide = sideBySide;
  }

  public Methodology methodology() {
    return methodology;
  }

  public IndicatorResults run(EvaluationInputs in, UnitTree units) {
    SourceFrames frames = new SourceFrames(in);
    Dataset<Row> itemCatalogue = frames.itemCatalogue().persist(StorageLevel.MEMORY_AND_DISK());
    boolean casesPresent = in.has(DatasetKind.CASE_EVENTS);
    boolean exchangesPresent = in.has(DatasetKind.EXCHANGES);
    // Three independent chains, one per log: its pass, then what depends on that pass alone.
    List<Chain> chains =
        Branches.run(
            sideBySide,
            List.of(
                () -> exchangeChain(in, units, frames, exchangesPresent),
                () -> caseChain(frames, itemCatalogue, casesPresent),
                () -> ratingChain(in, units, frames)));
    Chain exchangeChain = chains.get(0);
    Chain caseChain = chains.get(1);
    Chain ratingChain = chains.get(2);
    AggregateResult exchanges = exchangeChain.pass().result();
    AggregateResult cases = caseChain.pass().result();
    AggregateResult ratings = ratingChain.pass().result();
    AggregateResult itemSums = caseChain.statuses().result();
    AggregateResult resourceSums = exchangeChain.statuses().result();
    Dataset<Row> items = caseChain.catalogue();
    Dataset<Row> resources = exchangeChain.catalogue();
    Map<String, Map<String, Double>> deptValues = new HashMap<>();
    for (Pass p :
        List.of(
            exchangeChain.pass(),
            caseChain.pass(),
            caseChain.statuses(),
            exchangeChain.statuses(),
            ratingChain.pass())) {
      merge(deptValues, p.departmentValues());
    }

    Map<UnitKey, Values> unitValues = unitValues(units, deptValues);
    List<IndicatorRow> indicatorRows = new ArrayList<>();
    List<CheckRow> checkRows = new ArrayList<>();
    Map<UnitKey, double[]> latency = exchangeChain.latency();
    List<Row> itemFindings = caseChain.findings();
    List<Row> resourceFindings = exchangeChain.findings();
    Map<UnitKey, List<RatedItem>> worst = ratingChain.worst();
    double credit = in.parameters().creditNoDemand();
    for (Map.Entry<UnitKey, Values> e : unitValues.entrySet()) {
      UnitKey unit = e.getKey();
      Map<String, IndicatorRow> byId = new HashMap<>();
      for (Indicator indicator : methodology.indicators()) {
        if (!in.present().containsAll(indicator.requires())) {
          byId.put(
              indicator.id(),
              new IndicatorRow(unit.unitType(), unit.unitCode(), indicator.id(), null, null, null));
          continue;
        }
        Ratio r = indicator.ratio(e.getValue(), credit);
        byId.put(
            indicator.id(),
            new IndicatorRow(
                unit.unitType(),
                unit.unitCode(),
                indicator.id(),
                r.numerator(),
                r.denominator(),
                r.value()));
      }
      double[] lat = latency.get(unit);
      byId.put(
          Methodology.LATENCY_P50,
          new IndicatorRow(
              unit.unitType(),
              unit.unitCode(),
              Methodology.LATENCY_P50,
              null,
              null,
              lat == null ? null : lat[0]));
      byId.put(
          Methodology.LATENCY_P95,
          new IndicatorRow(
              unit.unitType(),
              unit.unitCode(),
              Methodology.LATENCY_P95,
              null,
              null,
              lat == null ? null : lat[1]));
      for (String id : Methodology.INDICATOR_IDS) { // published order
        indicatorRows.add(byId.get(id));
      }
      for (Check check : methodology.checks()) {
        long a = Math.round(e.getValue().get(check.applicable()));
        if (a > 0 && in.present().containsAll(check.requires())) {
          checkRows.add(
              new CheckRow(
                  unit.unitType(),
                  unit.unitCode(),
                  check.id(),
                  a,
                  Math.round(e.getValue().get(check.passed()))));
        }
      }
    }

    Dataset<Row> itemStatus =
        items.select(
            col("item_code"),
            col("dept_code"),
            casesPresent ? col("status") : lit(null).cast(DataTypes.StringType).as("status"),
            countIfMeasured(casesPresent, "online_cases"),
            countIfMeasured(casesPresent, "all_cases"),
            (casesPresent ? col("undeclared_online") : lit(null))
                .cast(DataTypes.BooleanType)
                .as("undeclared_online"));
    Dataset<Row> resourceStatus =
        resources.select(
            col("resource_code"),
            col("provider_dept_code"),
            col("share_type"),
            col("base_library"),
            exchangesPresent
                ? col("status")
                : when(
                        col("status")
                            .isin(ResourceStatus.EXEMPT.name(), ResourceStatus.NOT_SHARED.name()),
                        col("status"))
                    .as("status"),
            countIfMeasured(exchangesPresent, "requests"),
            countIfMeasured(exchangesPresent, "successes"));
    Map<String, Long> crossSuccesses = null;
    if (exchangesPresent) {
      crossSuccesses = new HashMap<>();
      for (String dept : units.departments().keySet()) {
        Values v = unitValues.get(new UnitKey(UnitKey.DEPARTMENT, dept));
        crossSuccesses.put(
            dept,
            Math.round(
                v.get(Methodology.SUCCESS_CROSS_AS_CONSUMER)
                    + v.get(Methodology.SUCCESS_CROSS_AS_PROVIDER)));
      }
    }
    Map<UnitKey, BadRatings> badRatings = new LinkedHashMap<>();
    if (in.has(DatasetKind.RATINGS)) {
      unitValues.forEach(
          (unit, v) -> {
            long bad = Math.round(v.get(BadRatingRectificationRate.BAD));
            if (bad > 0) {
              badRatings.put(
                  unit,
                  new BadRatings(
                      bad,
                      bad - Math.round(v.get(BadRatingRectificationRate.RECTIFIED)),
                      in.parameters().ratingsRectifyDays(),
                      worst.getOrDefault(unit, List.of())));
            }
          });
    }
    return new IndicatorResults(
        indicatorRows,
        ratingLevels(unitValues),
        catalogueNames(in),
        checkRows,
        unitValues,
        itemStatus,
        resourceStatus,
        itemFindings,
        resourceFindings,
        crossSuccesses,
        () -> {
          ratings.release();
          exchanges.release();
          cases.release();
          itemSums.release();
          resourceSums.release();
          itemCatalogue.unpersist();
          items.unpersist();
          resources.unpersist();
        },
        badRatings);
  }

  /**
   * A count column of a status table, null when the log it counts is absent: never counted, so
   * unknown rather than 0 (the catalogue frames hold 0 there, which their statuses need).
   */
  private static Column countIfMeasured(boolean logPresent, String column) {
    return (logPresent ? col(column) : lit(null)).cast(DataTypes.LongType).as(column);
  }

  /**
   * What one log's chain computes: its pass; for exchanges and cases, the statuses of the catalogue
   * they count (resources, items), that catalogue with its statuses, and the rows findings need;
   * the latency percentiles (exchanges) and the worst-rated items (ratings).
   */
  private record Chain(
      Pass pass,
      Pass statuses,
      Dataset<Row> catalogue,
      List<Row> findings,
      Map<UnitKey, double[]> latency,
      Map<UnitKey, List<RatedItem>> worst) {}

  private Chain exchangeChain(
      EvaluationInputs in, UnitTree units, SourceFrames frames, boolean exchangesPresent) {
    progress.accept("indicators: aggregating exchanges");
    Pass exchanges = pass(Source.EXCHANGES, frames.exchanges());
    progress.accept("indicators: resource statuses");
    Dataset<Row> resources =
        frames
            .resources(exchanges.result().frame(Grouping.RESOURCE, "resource_key"))
            .persist(StorageLevel.MEMORY_AND_DISK());
    Pass statuses = pass(Source.RESOURCES, resources);
    List<Row> findings =
        resources
            .filter(
                exchangesPresent
                    ? col("status")
                        .isin(ResourceStatus.REFUSED.name(), ResourceStatus.NOT_SHARED.name())
                    : col("status").equalTo(ResourceStatus.NOT_SHARED.name()))
            .select(
                col("resource_code"),
                col("provider_dept_code"),
                col("status"),
                countIfMeasured(exchangesPresent, "requests"))
            .collectAsList();
    Map<UnitKey, double[]> latency = Map.of();
    if (exchangesPresent) {
      progress.accept("indicators: latency percentiles");
      latency = LatencyPercentiles.of(units, frames.latencyBuckets(), frames.latencies());
    }
    return new Chain(exchanges, statuses, resources, findings, latency, Map.of());
  }

  private Chain caseChain(SourceFrames frames, Dataset<Row> itemCatalogue, boolean casesPresent) {
    progress.accept("indicators: aggregating cases");
    Pass cases = pass(Source.CASES, frames.cases(itemCatalogue));
    frames.release();
    progress.accept("indicators: item statuses");
    Dataset<Row> items =
        frames
            .items(itemCatalogue, cases.result().frame(Grouping.CASE_ITEM, "item_key"))
            .persist(StorageLevel.MEMORY_AND_DISK());
    Pass statuses = pass(Source.ITEMS, items);
    List<Row> findings =
        casesPresent
            ? items
                .filter(col("status").equalTo(ItemStatus.DECLARED_ONLY.name()))
                .select(col("item_code"), col("dept_code"), col("all_cases"))
                .collectAsList()
            : List.of();
    return new Chain(cases, statuses, items, findings, Map.of(), Map.of());
  }

  /** Without ratings there is nothing to aggregate (SAT and BRR are N/A): no pass, no job. */
  private Chain ratingChain(EvaluationInputs in, UnitTree units, SourceFrames frames) {
    if (!in.has(DatasetKind.RATINGS)) {
      Pass none = new Pass(AggregateResult.empty(Source.RATINGS), Map.of());
      return new Chain(none, null, null, List.of(), Map.of(), Map.of());
    }
    progress.accept("indicators: aggregating ratings");
    Pass ratings = pass(Source.RATINGS, frames.ratings());
    progress.accept("indicators: worst-rated items");
    Map<UnitKey, List<RatedItem>> worst =
        worstRatedItems(in, units, ratings.result().frame(Grouping.RATED_ITEM, "rated_item_key"));
    // Ratings count no catalogue: no statuses.
    return new Chain(ratings, null, null, List.of(), Map.of(), worst);
  }

  /** One source's aggregation and its per-department values (whose collection runs the pass). */
  private record Pass(AggregateResult result, Map<String, Map<String, Double>> departmentValues) {}

  private Pass pass(Source source, Dataset<Row> rows) {
    AggregateResult r = AggregationRunner.run(source, rows, methodology.aggregations(source));
    return new Pass(r, r.departmentValues());
  }

  /**
   * Per unit with at least one rating in the period, its ratings at each level 1 to 5 (0s
   * included), from the level counts summed in the ratings pass: no Spark job of its own. Without
   * ratings every count is 0, so there are no rows.
   */
  static List<RatingLevelCount> ratingLevels(Map<UnitKey, Values> unitValues) {
    List<RatingLevelCount> out = new ArrayList<>();
    unitValues.forEach(
        (unit, v) -> {
          List<Long> counts =
              Methodology.RATINGS_BY_LEVEL.stream().map(a -> Math.round(v.get(a))).toList();
          if (counts.stream().mapToLong(Long::longValue).sum() > 0) {
            for (int i = 0; i < counts.size(); i++) {
              out.add(
                  new RatingLevelCount(
                      unit.unitType(),
                      unit.unitCode(),
                      Methodology.LOWEST_LEVEL + i,
                      counts.get(i)));
            }
          }
        });
    return List.copyOf(out);
  }

  /**
   * (kind, code, name) of every accepted catalogue row: SERVICE_ITEM with item_code and item_name,
   * RESOURCE with resource_code and resource_name. Bounded by the catalogues; an absent catalogue
   * adds nothing.
   */
  static Dataset<Row> catalogueNames(EvaluationInputs in) {
    Dataset<Row> items =
        in.items()
            .select(
                lit(CATALOGUE_ITEM).as("kind"),
                col("item_code").as("code"),
                col("item_name").as("name"));
    Dataset<Row> resources =
        in.resources()
            .select(
                lit(CATALOGUE_RESOURCE).as("kind"),
                col("resource_code").as("code"),
                col("resource_name").as("name"));
    return items.unionByName(resources).distinct();
  }

  /** The kinds of catalogue_names rows. */
  public static final String CATALOGUE_ITEM = "SERVICE_ITEM";

  public static final String CATALOGUE_RESOURCE = "RESOURCE";

  private static void merge(
      Map<String, Map<String, Double>> into, Map<String, Map<String, Double>> from) {
    from.forEach((dept, values) -> into.computeIfAbsent(dept, k -> new HashMap<>()).putAll(values));
  }

  /** Departments' own values, and each region's sum over its departments and descendants. */
  static Map<UnitKey, Values> unitValues(
      UnitTree units, Map<String, Map<String, Double>> deptValues) {
    Map<UnitKey, Values> out = new LinkedHashMap<>();
    for (String dept : units.departments().keySet()) {
      Map<String, Double> own = deptValues.getOrDefault(dept, Map.of());
      out.put(new UnitKey(UnitKey.DEPARTMENT, dept), frozen(own));
    }
    for (String region : units.regions().keySet()) {
      Map<String, Double> pooled = new HashMap<>();
      for (String dept : units.departmentsUnder(region)) {
        deptValues.getOrDefault(dept, Map.of()).forEach((k, v) -> pooled.merge(k, v, Double::sum));
      }
      out.put(new UnitKey(UnitKey.REGION, region), frozen(pooled));
    }
    return out;
  }

  private static Values frozen(Map<String, Double> values) {
    Map<String, Double> copy = Map.copyOf(values);
    return a -> copy.getOrDefault(a.columnName(), 0.0);
  }

  /**
   * (m_dept, unit_type, unit_code): each department is a member of itself and of every region above
   * it.
   */
  private static Dataset<Row> members(EvaluationInputs in, UnitTree units) {
    List<Row> membership = new ArrayList<>();
    for (String dept : units.departments().keySet()) {
      membership.add(RowFactory.create(dept, UnitKey.DEPARTMENT, dept));
      for (String region : units.ancestorsAndSelf(units.departments().get(dept).regionCode())) {
        membership.add(RowFactory.create(dept, UnitKey.REGION, region));
      }
    }
    StructType schema =
        new StructType()
            .add("m_dept", DataTypes.StringType)
            .add("unit_type", DataTypes.StringType)
            .add("unit_code", DataTypes.StringType);
    return LocalRows.frame(in.spark(), membership, schema);
  }

  /**
   * Per unit, the items with bad ratings in the period, worst first: highest share of bad ratings,
   * then most bad ratings, then item code; at most {@link #WORST_ITEMS} per unit are collected, so
   * the driver holds a bounded list however many items are rated. Regions pool their departments.
   */
  private static Map<UnitKey, List<RatedItem>> worstRatedItems(
      EvaluationInputs in, UnitTree units, Dataset<Row> perDeptItem) {
    Dataset<Row> byDept =
        perDeptItem.select(
            substring_index(col("rated_item_key"), SourceFrames.ITEM_SEPARATOR, 1).as("dept"),
            expr("substring(rated_item_key, instr(rated_item_key, '"
                    + SourceFrames.ITEM_SEPARATOR
                    + "') + 1)")
                .as("item"),
            col("ratings"),
            col("bad_ratings"));
    Dataset<Row> names =
        in.items()
            .select(col("item_code").as("n_code"), col("item_name").as("n_name"))
            .groupBy(col("n_code"))
            .agg(min(col("n_name")).as("n_name"));
    Dataset<Row> perUnit =
        byDept
            .join(broadcast(members(in, units)), col("dept").equalTo(col("m_dept")))
            .groupBy(col("unit_type"), col("unit_code"), col("item"))
            .agg(sum(col("ratings")).as("ratings"), sum(col("bad_ratings")).as("bad"))
            .filter(col("bad").gt(0));
    var worstFirst =
        Window.partitionBy(col("unit_type"), col("unit_code"))
            .orderBy(
                col("bad").cast(DataTypes.DoubleType).divide(col("ratings")).desc(),
                col("bad").desc(),
                col("item"));
    List<Row> rows =
        perUnit
            .withColumn("rank", org.apache.spark.sql.functions.row_number().over(worstFirst))
            .filter(col("rank").leq(WORST_ITEMS))
            .join(broadcast(names), col("item").equalTo(col("n_code")), "left")
            .select(
                col("unit_type"),
                col("unit_code"),
                col("rank"),
                col("item"),
                col("n_name"),
                col("bad"),
                col("ratings"))
            .collectAsList();
    Map<UnitKey, TreeMap<Integer, RatedItem>> ranked = new HashMap<>();
    for (Row r : rows) {
      ranked
          .computeIfAbsent(new UnitKey(r.getString(0), r.getString(1)), k -> new TreeMap<>())
          .put(
              r.getInt(2),
              new RatedItem(
                  r.getString(3),
                  r.isNullAt(4) ? null : r.getString(4),
                  r.getLong(5),
                  r.getLong(6)));
    }
    Map<UnitKey, List<RatedItem>> out = new HashMap<>();
    ranked.forEach((unit, items) -> out.put(unit, List.copyOf(items.values())));
    return out;
  }
}
