package org.govscore.generate;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.govscore.contract.ContractColumn;
import org.govscore.contract.DatasetKind;
import org.govscore.testing.TempDirs;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Layout, counts, schemas, determinism and references of generated data, in all three formats. */
class GeneratorTest {
  static final GeneratorSettings SMALL =
      GeneratorSettings.defaults().withDepartments(12).withCases(300).withExchanges(2000);
  static final Pattern ISO_WITH_OFFSET =
      Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}\\+08:00");

  static SparkSession spark;
  static Path root;
  static String parquet;
  static String csv;
  static GenerationSummary parquetSummary;

  @BeforeAll
  static void start() throws IOException {
    spark = SparkTestSession.create();
    root = TempDirs.create("govscore-generate");
    parquet = root.resolve("parquet").toString();
    parquetSummary = generate(SMALL, parquet);
    csv = root.resolve("csv").toString();
    generate(SMALL.withFormat(OutputFormat.CSV), csv);
  }

  @AfterAll
  static void stop() throws IOException {
    // the shared test session stays up for the other test classes
    try (Stream<Path> files = Files.walk(root)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  /**
   * The datasets generate writes: external_indicators are measured elsewhere, never synthesized.
   */
  static final List<DatasetKind> GENERATED =
      java.util.Arrays.stream(DatasetKind.values())
          .filter(k -> k != DatasetKind.EXTERNAL_INDICATORS)
          .toList();

  static GenerationSummary generate(GeneratorSettings settings, String dir) {
    return Generator.generate(spark, settings, dir, SparkTestSession.quietConsole());
  }

  static Dataset<Row> read(String dir, DatasetKind kind, OutputFormat format) {
    String path = Generator.path(dir, kind);
    return switch (format) {
      case PARQUET -> spark.read().parquet(path);
      case CSV -> spark.read().option("header", "true").csv(path);
      case JSONL -> spark.read().json(path);
    };
  }

  @Test
  void writesOneFolderOfPartFilesPerDataset() throws IOException {
    for (DatasetKind kind : GENERATED) {
      Path folder = Path.of(Generator.path(parquet, kind));
      try (Stream<Path> files = Files.list(folder)) {
        assertTrue(
            files.anyMatch(
                p ->
                    p.getFileName().toString().startsWith("part-")
                        && p.getFileName().toString().endsWith(".parquet")),
            kind.datasetName());
      }
    }
  }

  @Test
  void countsAreExactlyTheRequestedOnes() {
    assertEquals(12, read(parquet, DatasetKind.DEPARTMENTS, OutputFormat.PARQUET).count());
    assertEquals(2000, read(parquet, DatasetKind.EXCHANGES, OutputFormat.PARQUET).count());
    assertEquals(
        300,
        read(parquet, DatasetKind.CASE_EVENTS, OutputFormat.PARQUET)
            .select("case_id")
            .distinct()
            .count());
    for (DatasetKind kind : GENERATED) {
      assertEquals(
          read(parquet, kind, OutputFormat.PARQUET).count(),
          parquetSummary.rows(kind),
          kind.datasetName());
    }
    long events = parquetSummary.rows(DatasetKind.CASE_EVENTS);
    assertTrue(events > 4 * 300 && events < 7 * 300, "about five events per case: " + events);
  }

  @Test
  void parquetSchemaFollowsTheContract() {
    for (DatasetKind kind : GENERATED) {
      StructField[] fields = read(parquet, kind, OutputFormat.PARQUET).schema().fields();
      assertEquals(kind.columnNames(), Stream.of(fields).map(StructField::name).toList());
      for (int i = 0; i < fields.length; i++) {
        ContractColumn c = kind.columns().get(i);
        Object expected =
            switch (c.type()) {
              case STRING, ENUM -> DataTypes.StringType;
              case INT -> DataTypes.IntegerType;
              case LONG -> DataTypes.LongType;
              case DOUBLE -> DataTypes.DoubleType;
              case TIMESTAMP -> DataTypes.TimestampType;
              case STRING_LIST -> DataTypes.createArrayType(DataTypes.StringType, true);
            };
        assertEquals(expected, fields[i].dataType(), kind.datasetName() + "." + c.name());
      }
    }
  }

  @Test
  void sameSettingsGiveTheSameContent() throws IOException {
    String again = root.resolve("again").toString();
    generate(SMALL, again);
    for (DatasetKind kind : GENERATED) {
      Dataset<Row> a = read(parquet, kind, OutputFormat.PARQUET);
      Dataset<Row> b = read(again, kind, OutputFormat.PARQUET);
      assertEquals(a.count(), b.count(), kind.datasetName());
      assertEquals(0, a.exceptAll(b).count(), kind.datasetName());
      assertEquals(0, b.exceptAll(a).count(), kind.datasetName());
    }
  }

  @Test
  void anotherSeedGivesOtherContent() {
    String other = root.resolve("other-seed").toString();
    generate(SMALL.withSeed(2017), other);
    Dataset<Row> a = read(parquet, DatasetKind.EXCHANGES, OutputFormat.PARQUET);
    Dataset<Row> b = read(other, DatasetKind.EXCHANGES, OutputFormat.PARQUET);
    assertTrue(a.exceptAll(b).count() > 1900, "nearly every exchange differs");
    assertEquals(12, read(other, DatasetKind.DEPARTMENTS, OutputFormat.PARQUET).count());
  }

  @Test
  void everyReferencedDepartmentExistsApartFromPlantedBadRows() {
    Set<String> depts =
        codes(read(parquet, DatasetKind.DEPARTMENTS, OutputFormat.PARQUET), "dept_code");
    Set<String> regions =
        codes(read(parquet, DatasetKind.REGIONS, OutputFormat.PARQUET), "region_code");
    assertTrue(
        regions.containsAll(
            codes(read(parquet, DatasetKind.DEPARTMENTS, OutputFormat.PARQUET), "region_code")));
    assertTrue(
        regions.containsAll(
            codes(
                read(parquet, DatasetKind.REGIONS, OutputFormat.PARQUET)
                    .where(col("parent_code").isNotNull()),
                "parent_code")));
    Set<String> referenced = new HashSet<>();
    referenced.addAll(
        codes(read(parquet, DatasetKind.SERVICE_ITEMS, OutputFormat.PARQUET), "dept_code"));
    referenced.addAll(
        codes(read(parquet, DatasetKind.RESOURCES, OutputFormat.PARQUET), "provider_dept_code"));
    Dataset<Row> exchanges = read(parquet, DatasetKind.EXCHANGES, OutputFormat.PARQUET);
    referenced.addAll(codes(exchanges, "consumer_dept_code"));
    referenced.addAll(codes(exchanges, "provider_dept_code"));
    referenced.addAll(
        codes(read(parquet, DatasetKind.CASE_EVENTS, OutputFormat.PARQUET), "dept_code"));
    referenced.remove(null);
    Set<String> unknown =
        referenced.stream().filter(d -> !depts.contains(d)).collect(Collectors.toSet());
    assertFalse(unknown.isEmpty(), "unknown departments are planted as bad rows");
    assertTrue(unknown.stream().allMatch(d -> d.startsWith("D519999-")), unknown.toString());
  }

  @Test
  void csvFollowsTheContract() throws IOException {
    for (DatasetKind kind : GENERATED) {
      Path part = onlyPart(csv, kind, ".csv");
      String header = Files.readAllLines(part, StandardCharsets.UTF_8).get(0);
      assertEquals(String.join(",", kind.columnNames()), header, kind.datasetName());
    }
    List<Row> items = read(csv, DatasetKind.SERVICE_ITEMS, OutputFormat.CSV).collectAsList();
    Pattern list = Pattern.compile("R\\d{6}-\\d{3}-\\d{2}(;R\\d{6}-\\d{3}-\\d{2})*");
    long withList =
        items.stream()
            .map(r -> r.<String>getAs("required_resources"))
            .filter(v -> v != null)
            .peek(v -> assertTrue(list.matcher(v).matches(), v))
            .count();
    long empty = items.stream().filter(r -> r.getAs("required_resources") == null).count();
    assertTrue(withList > 0 && empty > 0);
    assertTrue(
        items.stream()
            .anyMatch(
                r ->
                    r.<String>getAs("required_resources") != null
                        && r.<String>getAs("required_resources").contains(";")));
    List<String> ts =
        read(csv, DatasetKind.EXCHANGES, OutputFormat.CSV)
            .select("ts")
            .as(org.apache.spark.sql.Encoders.STRING())
            .collectAsList();
    long iso = ts.stream().filter(t -> t != null && ISO_WITH_OFFSET.matcher(t).matches()).count();
    long bad =
        ts.stream().filter(t -> t != null && List.of(Defect.BAD_TIMESTAMPS).contains(t)).count();
    assertEquals(ts.size(), iso + bad);
    assertTrue(bad > 0, "unparseable timestamps are planted in text formats");
    String firstEvent =
        Files.readAllLines(onlyPart(csv, DatasetKind.CASE_EVENTS, ".csv"), StandardCharsets.UTF_8)
            .get(1);
    assertTrue(
        firstEvent.matches("SL\\d{10},\\d{4}-\\d{2}-\\d{2}T[^,]+\\+08:00,SUBMIT,.*"), firstEvent);
  }

  @Test
  void jsonLinesFollowTheContract() throws IOException {
    String json = root.resolve("jsonl").toString();
    generate(SMALL.withFormat(OutputFormat.JSONL), json);
    for (DatasetKind kind : GENERATED) {
      String first =
          Files.readAllLines(onlyPart(json, kind, ".json"), StandardCharsets.UTF_8).get(0);
      int at = -1;
      for (String column : kind.columnNames()) {
        int next = first.indexOf("\"" + column + "\":");
        assertTrue(
            next > at, kind.datasetName() + " keeps " + column + " in contract order: " + first);
        at = next;
      }
    }
    Dataset<Row> items = read(json, DatasetKind.SERVICE_ITEMS, OutputFormat.JSONL);
    assertEquals(
        DataTypes.createArrayType(DataTypes.StringType, true),
        items.schema().apply("required_resources").dataType());
    assertEquals(DataTypes.LongType, items.schema().apply("online_depth").dataType());
    String ts =
        read(json, DatasetKind.EXCHANGES, OutputFormat.JSONL)
            .where(col("exchange_id").equalTo("EX0000000000"))
            .select("ts")
            .as(org.apache.spark.sql.Encoders.STRING())
            .first();
    assertTrue(ISO_WITH_OFFSET.matcher(ts).matches(), ts);
    assertEquals(2000, read(json, DatasetKind.EXCHANGES, OutputFormat.JSONL).count());
  }

  @Test
  void textFormatsCarryTheSameValuesAsParquet() {
    Dataset<Row> fromCsv =
        spark
            .read()
            .option("header", "true")
            .option("inferSchema", "false")
            .csv(Generator.path(csv, DatasetKind.RESOURCES));
    Dataset<Row> fromParquet = read(parquet, DatasetKind.RESOURCES, OutputFormat.PARQUET);
    assertEquals(0, fromCsv.exceptAll(fromParquet).count());
    Dataset<Row> csvTimes =
        read(csv, DatasetKind.EXCHANGES, OutputFormat.CSV)
            .select(col("exchange_id"), col("ts").cast("timestamp").as("ts"), col("status"))
            .where(col("ts").isNotNull());
    Dataset<Row> parquetTimes =
        read(parquet, DatasetKind.EXCHANGES, OutputFormat.PARQUET)
            .select("exchange_id", "ts", "status");
    assertTrue(csvTimes.count() > 1990);
    assertEquals(0, csvTimes.exceptAll(parquetTimes).count(), "same instants in both formats");
  }

  private static Set<String> codes(Dataset<Row> df, String column) {
    return df
        .select(column)
        .distinct()
        .as(org.apache.spark.sql.Encoders.STRING())
        .collectAsList()
        .stream()
        .collect(Collectors.toCollection(HashSet::new));
  }

  private static Path onlyPart(String dir, DatasetKind kind, String suffix) throws IOException {
    try (Stream<Path> files = Files.list(Path.of(Generator.path(dir, kind)))) {
      List<Path> parts = files.filter(p -> p.getFileName().toString().endsWith(suffix)).toList();
      assertEquals(1, parts.size(), kind.datasetName() + " small data sets are one part file");
      return parts.get(0);
    }
  }
}
