package org.govscore.generate;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.LongAccumulator;
import org.govscore.base.Progress;
import org.govscore.contract.DatasetKind;

/**
 * Generates a synthetic data set following docs/data-contract.md into one folder per dataset. The
 * catalogue is built on the driver and broadcast; the logs are made on the executors, row by row,
 * from {@code spark.range} indexes, so no log row is ever held by the driver and the same settings
 * give the same content whatever the cluster. Timestamps are in Asia/Shanghai (UTC+8).
 */
public final class Generator {
  /** Rows per part file of exchanges; a fixed count keeps the layout independent of the cluster. */
  static final long EXCHANGES_PER_PART = 500_000;

  /** Cases per part file of case_events (about 5.4 events each, so parts of similar size). */
  static final long CASES_PER_PART = 100_000;

  /** Rows per part file of ratings. */
  static final long RATINGS_PER_PART = 1_000_000;

  private Generator() {}

  public static GenerationSummary generate(
      SparkSession spark, GeneratorSettings settings, String outDir, Progress console) {
    long started = System.nanoTime();
    Catalogue cat = CatalogueBuilder.build(settings);
    console.progress(
        "catalogue: "
            + cat.regionCode.length
            + " regions, "
            + cat.deptCode.length
            + " departments, "
            + cat.itemCode.length
            + " service items, "
            + cat.resourceCode.length
            + " resources; periods "
            + String.join(", ", cat.periodLabel));
    PlantedDepartments planted = planted(cat);
    console.progress(
        "planted: islands " + sample(planted.islands()) + "; falling " + sample(planted.falling()));
    RatingPlan ratingPlan = RatingPlan.of(cat, settings.seed());
    PlantedRatings plantedRatings =
        settings.ratingRows() > 0 ? ratingPlan.planted(cat) : PlantedRatings.NONE;
    if (settings.ratingRows() > 0) {
      console.progress(
          "planted ratings: rated badly "
              + plantedRatings.badlyRated()
              + "; never rectifies "
              + plantedRatings.neverRectifies()
              + "; rarely rated "
              + plantedRatings.rarelyRated());
    }

    Map<String, Long> rows = new LinkedHashMap<>();
    OutputFormat format = settings.format();
    CatalogueTables tables = new CatalogueTables(cat, settings.badRowShare());
    writeSmall(spark, DatasetKind.REGIONS, tables.regions(), format, outDir, rows, console);
    writeSmall(spark, DatasetKind.DEPARTMENTS, tables.departments(), format, outDir, rows, console);
    writeSmall(
        spark, DatasetKind.SERVICE_ITEMS, tables.serviceItems(), format, outDir, rows, console);
    writeSmall(spark, DatasetKind.RESOURCES, tables.resources(), format, outDir, rows, console);

    Broadcast<Catalogue> shared =
        JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(cat);
    WriteProgress progress = new WriteProgress(console);
    spark.sparkContext().addSparkListener(progress);
    try {
      writeExchanges(spark, settings, cat, shared, outDir, rows, console);
      writeCaseEvents(spark, settings, shared, outDir, rows, console);
      if (settings.ratingRows() > 0) {
        writeRatings(spark, settings, ratingPlan, shared, outDir, rows, console);
      }
    } finally {
      spark.sparkContext().removeSparkListener(progress);
      spark.sparkContext().setLocalProperty(WriteProgress.PROPERTY, null);
      shared.destroy();
    }
    console.progress(String.format("generated in %.1f s", (System.nanoTime() - started) / 1e9));
    return new GenerationSummary(rows, planted, plantedRatings);
  }

  private static void writeSmall(
      SparkSession spark,
      DatasetKind kind,
      List<Object[]> values,
      OutputFormat format,
      String outDir,
      Map<String, Long> rows,
      Progress console) {
    RowShape shape = new RowShape(kind, format);
    List<Row> list = new ArrayList<>(values.size());
    for (Object[] v : values) {
      list.add(shape.toRow(v));
    }
    Dataset<Row> df = spark.createDataFrame(list, RowShape.schema(kind, format)).coalesce(1);
    DatasetWriter.write(df, format, path(outDir, kind));
    rows.put(kind.datasetName(), (long) list.size());
    console.progress(kind.datasetName() + ": " + list.size() + " rows");
  }

  private static void writeExchanges(
      SparkSession spark,
      GeneratorSettings settings,
      Catalogue cat,
      Broadcast<Catalogue> shared,
      String outDir,
      Map<String, Long> rows,
      Progress console) {
    DatasetKind kind = DatasetKind.EXCHANGES;
    long n = settings.exchanges();
    ExchangeLayout layout =
        new ExchangeLayout(n, settings.cases(), cat.coverageResources.length, cat.periodCount());
    ExchangeMaker maker =
        new ExchangeMaker(
            shared,
            settings.seed(),
            layout,
            new RowShape(kind, settings.format()),
            settings.badRowShare());
    int parts = parts(n, EXCHANGES_PER_PART);
    console.progress(kind.datasetName() + ": writing " + n + " rows in " + parts + " parts");
    Dataset<Row> df =
        spark
            .range(0, n, 1, parts)
            .map(maker, Encoders.row(RowShape.schema(kind, settings.format())));
    long t0 = write(spark, kind, df, settings, outDir);
    rows.put(kind.datasetName(), n);
    console.progress(kind.datasetName() + ": " + n + " rows" + seconds(t0));
  }

  private static void writeCaseEvents(
      SparkSession spark,
      GeneratorSettings settings,
      Broadcast<Catalogue> shared,
      String outDir,
      Map<String, Long> rows,
      Progress console) {
    DatasetKind kind = DatasetKind.CASE_EVENTS;
    long cases = settings.cases();
    // Counted while writing: the write is the only pass over the events.
    LongAccumulator events = spark.sparkContext().longAccumulator("case_events rows");
    CaseEventMaker maker =
        new CaseEventMaker(
            shared,
            settings.seed(),
            new RowShape(kind, settings.format()),
            settings.badRowShare(),
            events);
    int parts = parts(cases, CASES_PER_PART);
    console.progress(
        kind.datasetName() + ": writing the events of " + cases + " cases in " + parts + " parts");
    Dataset<Row> df =
        spark
            .range(0, cases, 1, parts)
            .flatMap(maker, Encoders.row(RowShape.schema(kind, settings.format())));
    long t0 = write(spark, kind, df, settings, outDir);
    rows.put(kind.datasetName(), events.value());
    console.progress(kind.datasetName() + ": " + events.value() + " rows" + seconds(t0));
  }

  private static void writeRatings(
      SparkSession spark,
      GeneratorSettings settings,
      RatingPlan plan,
      Broadcast<Catalogue> shared,
      String outDir,
      Map<String, Long> rows,
      Progress console) {
    DatasetKind kind = DatasetKind.RATINGS;
    long n = settings.ratingRows();
    RatingMaker maker =
        new RatingMaker(
            shared,
            plan,
            settings.seed(),
            settings.cases(),
            new RowShape(kind, settings.format()),
            settings.badRowShare());
    int parts = parts(n, RATINGS_PER_PART);
    console.progress(kind.datasetName() + ": writing " + n + " rows in " + parts + " parts");
    Dataset<Row> df =
        spark
            .range(0, n, 1, parts)
            .map(maker, Encoders.row(RowShape.schema(kind, settings.format())));
    long t0 = write(spark, kind, df, settings, outDir);
    rows.put(kind.datasetName(), n);
    console.progress(kind.datasetName() + ": " + n + " rows" + seconds(t0));
  }

  /**
   * Writes one generated dataset, its write's progress named after it; returns when the write
   * started.
   */
  private static long write(
      SparkSession spark,
      DatasetKind kind,
      Dataset<Row> df,
      GeneratorSettings settings,
      String outDir) {
    long t0 = System.nanoTime();
    spark.sparkContext().setLocalProperty(WriteProgress.PROPERTY, kind.datasetName());
    DatasetWriter.write(df, settings.format(), path(outDir, kind));
    return t0;
  }

  private static String seconds(long startNanos) {
    return String.format(" in %.1f s", (System.nanoTime() - startNanos) / 1e9);
  }

  static int parts(long rows, long perPart) {
    return (int) Math.max(1, (rows + perPart - 1) / perPart);
  }

  static String path(String outDir, DatasetKind kind) {
    String base = outDir.endsWith("/") ? outDir.substring(0, outDir.length() - 1) : outDir;
    return base + "/" + kind.datasetName();
  }

  private static PlantedDepartments planted(Catalogue cat) {
    Map<DepartmentProfile, List<String>> map = new EnumMap<>(DepartmentProfile.class);
    for (int d = 0; d < cat.deptCode.length; d++) {
      map.computeIfAbsent(cat.deptProfile[d], p -> new ArrayList<>()).add(cat.deptCode[d]);
    }
    return new PlantedDepartments(map);
  }

  /** At most five codes, then a count: progress lines stay one line at any scale. */
  private static String sample(List<String> codes) {
    if (codes.isEmpty()) {
      return "none";
    }
    if (codes.size() <= 5) {
      return String.join(" ", codes);
    }
    return String.join(" ", codes.subList(0, 5)) + " and " + (codes.size() - 5) + " more";
  }
}
