package org.govscore.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.govscore.config.Period;
import org.govscore.testing.Fixtures;
import org.govscore.testing.TestSpark;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Atomic replacement of a period, and recovery from runs that stopped half way. */
class ResultsStoreTest {
  private static final Period Q2 = Period.parse("2026-Q2");
  private static final Period Q3 = Period.parse("2026-Q3");
  @TempDir static java.nio.file.Path results;

  @BeforeAll
  static void evaluateTwoPeriods() throws Exception {
    // The tests below change the store, so they work on a copy.
    Fixtures.copyOfSharedStore(results, "q3", "2026-Q2", "2026-Q3");
  }

  private static String manifest(Period p) throws Exception {
    return Files.readString(results.resolve("manifest/period=" + p.label() + "/manifest.json"));
  }

  private static List<DataQualityRecord> oneQualityRow(String dataset) {
    return List.of(new DataQualityRecord(dataset, 1, 1, 0, 0));
  }

  @Test
  void periodsAreListedInOrder() {
    ResultsStore store = ResultsStore.open(TestSpark.spark(), results.toString());
    assertEquals(List.of(Q2, Q3), store.periods());
  }

  @Test
  void aRunThatStopsBeforeCommitLeavesEverythingAsItWas() throws Exception {
    String before = manifest(Q3);
    long qualityRows =
        TestSpark.spark()
            .read()
            .parquet(results.resolve("data_quality/period=2026-Q3").toString())
            .count();
    ResultsStore store = ResultsStore.open(TestSpark.spark(), results.toString());
    PeriodWriter writer = store.begin(Q3);
    writer.write(DataQualityRecord.CODEC, oneQualityRow("half-written"));
    // the process dies here: no commit, no abort; the next open discards the staging
    ResultsStore reopened = ResultsStore.open(TestSpark.spark(), results.toString());
    assertEquals(before, manifest(Q3));
    assertEquals(qualityRows, reopened.read(ResultTables.DATA_QUALITY, Q3).count());
    assertFalse(
        Files.exists(results.resolve("_staging"))
            && Files.list(results.resolve("_staging")).findAny().isPresent());
  }

  @Test
  void aCommittedRunInterruptedDuringTheSwapIsCompletedOnOpen() throws Exception {
    String q2Before = manifest(Q2);
    ResultsStore store = ResultsStore.open(TestSpark.spark(), results.toString());
    PeriodWriter writer = store.begin(Q3);
    writer.write(DataQualityRecord.CODEC, oneQualityRow("recovered"));
    // simulate a crash after the commit marker, before the swap: write the marker by hand
    java.lang.reflect.Field staging = ParquetPeriodWriter.class.getDeclaredField("staging");
    staging.setAccessible(true);
    Path stagedRun = (Path) staging.get(writer);
    store.writeText(new Path(stagedRun, ResultsStore.COMMITTED), "test");
    ResultsStore reopened = ResultsStore.open(TestSpark.spark(), results.toString());
    assertEquals(
        List.of(new DataQualityRecord("recovered", 1, 1, 0, 0)),
        reopened.readAll(DataQualityRecord.CODEC, Q3));
    assertEquals(q2Before, manifest(Q2), "another period is untouched");
    // put Q3 back for the other tests
    Fixtures.evaluate(Fixtures.fixture("q3"), results, "2026-Q3", Map.of());
  }

  @Test
  void reRunReplacesOnlyItsPeriodWithTheSameContent() throws Exception {
    String q2Before = manifest(Q2);
    String q3Before = manifest(Q3);
    Fixtures.evaluate(Fixtures.fixture("q3"), results, "2026-Q3", Map.of());
    assertEquals(q2Before, manifest(Q2));
    String q3After = manifest(Q3);
    assertNotEquals(q3Before, q3After, "a new run has new times");
    assertEquals(tables(q3Before), tables(q3After), "same inputs give the same table hashes");
  }

  private static String tables(String manifestJson) {
    int i = manifestJson.indexOf("\"tables\"");
    return manifestJson.substring(i);
  }

  @Test
  void contentHashDependsOnContentNotOrder() {
    Dataset<Row> a =
        TestSpark.spark()
            .createDataFrame(
                List.of(
                    RowFactory.create("x", 1L, 1L, 0L, 0L), RowFactory.create("y", 2L, 2L, 0L, 0L)),
                ResultTables.schema(ResultTables.DATA_QUALITY));
    Dataset<Row> b =
        TestSpark.spark()
            .createDataFrame(
                List.of(
                    RowFactory.create("y", 2L, 2L, 0L, 0L), RowFactory.create("x", 1L, 1L, 0L, 0L)),
                ResultTables.schema(ResultTables.DATA_QUALITY));
    Manifest.TableInfo ha = ContentHash.of(a);
    assertEquals(2, ha.rows());
    assertEquals(ha, ContentHash.of(b.repartition(2)));
    assertNotEquals(ha.sha256(), ContentHash.of(a.limit(1)).sha256());
    // the in-memory store hashes its records the same way
    assertEquals(
        ha,
        ContentHash.of(
            DataQualityRecord.CODEC,
            List.of(
                new DataQualityRecord("y", 2, 2, 0, 0), new DataQualityRecord("x", 1, 1, 0, 0))));
  }

  @Test
  void manifestTracesInputsAndTables() throws Exception {
    String m = manifest(Q3);
    assertTrue(m.contains("\"engine_version\""));
    assertTrue(m.contains("\"sha256\""));
    assertTrue(m.contains("exchanges.csv"));
    assertTrue(m.contains("\"spark_master\""));
    for (String t : ResultTables.ALL) {
      assertTrue(m.contains("\"" + t + "\""), t);
    }
  }

  @Test
  void everyTableReadsBackAsTheRecordsEvaluateWrote() {
    ResultsStore store = ResultsStore.openExisting(TestSpark.spark(), results.toString());
    Manifest manifest = store.readManifest(Q3).orElseThrow();
    for (String t : ResultTables.ALL) {
      TableCodec<?> codec = ResultTables.codec(t);
      assertEquals(t, codec.table());
      assertEquals(
          manifest.tables().get(t).rows(), store.read(t, Q3).count(), t + ": rows in the manifest");
      if (codec.bounded()) {
        assertRoundTrip(store, codec);
      }
    }
  }

  private static <T> void assertRoundTrip(ResultsStore store, TableCodec<T> codec) {
    List<T> records = store.readAll(codec, Q3);
    Dataset<Row> again =
        TestSpark.spark()
            .createDataFrame(records.stream().map(codec::toRow).toList(), codec.schema());
    assertEquals(
        store.readManifest(Q3).orElseThrow().tables().get(codec.table()),
        ContentHash.of(again),
        codec.table() + ": records encode back to the same content");
  }

  @Test
  void rejectsAreReadOnlyAsACappedSample() {
    ResultsStore store = ResultsStore.openExisting(TestSpark.spark(), results.toString());
    IllegalArgumentException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            IllegalArgumentException.class, () -> store.readAll(RejectRecord.CODEC, Q3));
    assertEquals(
        "The results table rejects grows with the input rows; read a sample of it, not all of it",
        e.getMessage());
    assertEquals(
        List.of(), store.readSample(RejectRecord.CODEC, Q3, 5), "the fixture rejects none");
  }

  @Test
  void aSampleOfRejectsIsCappedAndInCanonicalOrder() throws Exception {
    InMemoryPeriodStore store = new InMemoryPeriodStore();
    PeriodWriter writer = store.begin(Q3);
    writer.write(
        RejectRecord.CODEC,
        List.of(
            new RejectRecord("exchanges", "a.csv", "3", "BAD_TIMESTAMP", "x"),
            new RejectRecord("exchanges", "a.csv", "1", "BAD_TIMESTAMP", "x"),
            new RejectRecord("exchanges", "a.csv", "2", "BAD_TIMESTAMP", "x")));
    writer.commit(minimalManifest(writer.tables()));
    assertEquals(
        List.of("1", "2"),
        store.readSample(RejectRecord.CODEC, Q3, 2).stream().map(RejectRecord::rowRef).toList());
    assertEquals(3, store.readManifest(Q3).orElseThrow().tables().get("rejects").rows());
  }

  private static Manifest minimalManifest(Map<String, Manifest.TableInfo> tables) {
    return ManifestJson.read("{}").withTables(tables, null);
  }

  @Test
  void theManifestReadsAndWritesBackUnchanged() throws Exception {
    String m = manifest(Q3);
    assertEquals(m, ManifestJson.write(ManifestJson.read(m)));
  }

  @Test
  void aManifestOfAnOlderEngineReadsWithV1Defaults() {
    // written before v2: no methodology block, no base libraries, a key this engine does not know
    String old =
        "{\"engine\":\"govscore\",\"engine_version\":\"0.0.9\",\"period\":\"2025-Q4\","
            + "\"parameters\":{\"weights.SIR\":\"0.4\",\"grades.high\":\"75\"},"
            + "\"data_quality\":{\"exchanges\":{\"rows_read\":10,\"rows_accepted\":8,"
            + "\"rows_rejected\":2,\"duplicates_removed\":0,"
            + "\"rejected_by_reason\":{\"BAD_TIMESTAMP\":2}}},"
            + "\"tables\":{\"scores\":{\"sha256\":\"ab\",\"rows\":3}},"
            + "\"reviewed_by\":\"audit\"}";
    Manifest m = ManifestJson.read(old);
    assertEquals(List.of("SIR", "RSR", "BCR", "SCR"), m.members());
    assertEquals(0.4, m.methodology().composite().weights().get("SIR"));
    assertEquals(0.25, m.methodology().composite().weights().get("RSR"));
    assertEquals(75.0, m.methodology().composite().gradeHigh());
    assertEquals(Map.of("exchanges", Map.of("BAD_TIMESTAMP", 2L)), m.rejectedByReason());
    assertEquals(new Manifest.TableInfo(3, "ab"), m.tables().get("scores"));
    assertEquals(null, m.started());
    // a trend refresh rewrites it without losing the key it does not know
    Manifest refreshed =
        ManifestJson.read(
            ManifestJson.write(
                m.withTables(
                    Map.of("findings", new Manifest.TableInfo(1, "cd")), "now against 2025-Q3")));
    assertEquals("\"audit\"", refreshed.other().get("reviewed_by").toString());
    assertEquals(new Manifest.TableInfo(3, "ab"), refreshed.tables().get("scores"));
    assertEquals(new Manifest.TableInfo(1, "cd"), refreshed.tables().get("findings"));
    assertEquals("now against 2025-Q3", refreshed.trendsRefreshed());
  }

  @Test
  void theInMemoryStoreCommitsAPeriodAtOnce() throws Exception {
    InMemoryPeriodStore store = new InMemoryPeriodStore();
    Manifest manifest =
        ResultsStore.openExisting(TestSpark.spark(), results.toString())
            .readManifest(Q3)
            .orElseThrow();
    PeriodWriter writer = store.begin(Q3);
    writer.write(
        ScoreRecord.CODEC,
        List.of(
            new ScoreRecord(
                "REGION",
                "510000",
                "Sichuan",
                "PROVINCE",
                "REGION:PROVINCE",
                81.5,
                "HIGH",
                1,
                1,
                1.0,
                1,
                "Q1",
                4)));
    assertEquals(List.of(), store.periods(), "nothing is visible before the commit");
    writer.commit(manifest.withTables(writer.tables(), null));
    assertEquals(List.of(Q3), store.periods());
    assertEquals("Sichuan", store.readAll(ScoreRecord.CODEC, Q3).get(0).unitName());
    assertEquals(1, store.readManifest(Q3).orElseThrow().tables().get("scores").rows());
    org.govscore.base.GovscoreException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            org.govscore.base.GovscoreException.class,
            () -> store.readAll(IndicatorRecord.CODEC, Q3));
    assertEquals("Results store memory has no indicators for period 2026-Q3", e.getMessage());
  }

  @Test
  void aStoreWrittenBeforeBaseLibrariesReadsTheColumnAsNull(@TempDir java.nio.file.Path old)
      throws Exception {
    StructType v1 =
        new StructType()
            .add("resource_code", DataTypes.StringType)
            .add("provider_dept_code", DataTypes.StringType)
            .add("share_type", DataTypes.StringType)
            .add("status", DataTypes.StringType)
            .add("requests", DataTypes.LongType)
            .add("successes", DataTypes.LongType);
    TestSpark.spark()
        .createDataFrame(
            List.of(RowFactory.create("R1", "D1", "UNCONDITIONAL", "SHARED", 5L, 4L)), v1)
        .write()
        .parquet(old.resolve("resource_status/period=2026-Q3").toString());
    Files.createDirectories(old.resolve("manifest/period=2026-Q3"));
    Files.writeString(old.resolve("manifest/period=2026-Q3/manifest.json"), "{}");
    ResultsStore store = ResultsStore.openExisting(TestSpark.spark(), old.toString());
    assertEquals(
        List.of(new ResourceStatusRecord("R1", "D1", "UNCONDITIONAL", null, "SHARED", 5, 4)),
        store.readAll(ResourceStatusRecord.CODEC, Q3));
  }

  @Test
  void theAddedTablesRoundTripThroughTheirCodecsAndParquet(@TempDir java.nio.file.Path store)
      throws Exception {
    List<RatingLevelRecord> levels =
        List.of(
            new RatingLevelRecord("DEPARTMENT", "D1", 1, 3),
            new RatingLevelRecord("DEPARTMENT", "D1", 5, 0),
            new RatingLevelRecord("REGION", "511600", 2, 7));
    List<CatalogueNameRecord> names =
        List.of(
            new CatalogueNameRecord("SERVICE_ITEM", "I1", "户口迁移 <&>"),
            new CatalogueNameRecord("RESOURCE", "R1", "居民户籍信息"));
    for (RatingLevelRecord r : levels) {
      assertEquals(r, RatingLevelRecord.CODEC.fromRow(withSchema(RatingLevelRecord.CODEC, r)));
    }
    for (CatalogueNameRecord r : names) {
      assertEquals(r, CatalogueNameRecord.CODEC.fromRow(withSchema(CatalogueNameRecord.CODEC, r)));
    }
    ResultsStore written = ResultsStore.open(TestSpark.spark(), store.toString());
    PeriodWriter writer = written.begin(Q3);
    writer.write(RatingLevelRecord.CODEC, levels);
    writer.write(CatalogueNameRecord.CODEC, names);
    Manifest manifest =
        ResultsStore.openExisting(TestSpark.spark(), results.toString())
            .readManifest(Q3)
            .orElseThrow();
    writer.commit(manifest.withTables(writer.tables(), null));
    ResultsStore read = ResultsStore.openExisting(TestSpark.spark(), store.toString());
    assertEquals(
        java.util.Set.copyOf(levels),
        java.util.Set.copyOf(read.readAll(RatingLevelRecord.CODEC, Q3)));
    assertEquals(
        java.util.Set.copyOf(names),
        java.util.Set.copyOf(read.readAll(CatalogueNameRecord.CODEC, Q3)));
    assertEquals(3, read.readManifest(Q3).orElseThrow().tables().get("rating_levels").rows());
  }

  private static <T> Row withSchema(TableCodec<T> codec, T record) {
    return new org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema(
        codec.values(record), codec.schema());
  }

  @Test
  void aStoreWrittenBeforeTheAddedTablesReadsThemAsNoRows(@TempDir java.nio.file.Path old)
      throws Exception {
    // A period as evaluate wrote it before rating_levels and catalogue_names: PRODUCT.md's tables
    // and the manifest only.
    for (String t : ResultTables.PRODUCT) {
      Files.createDirectories(old.resolve(t));
      java.nio.file.Path from = results.resolve(t + "/period=2026-Q3");
      try (var files = Files.walk(from)) {
        for (java.nio.file.Path f : files.toList()) {
          Files.copy(f, old.resolve(t + "/period=2026-Q3").resolve(from.relativize(f).toString()));
        }
      }
    }
    Files.createDirectories(old.resolve("manifest/period=2026-Q3"));
    Files.writeString(old.resolve("manifest/period=2026-Q3/manifest.json"), manifest(Q3));
    ResultsStore store = ResultsStore.openExisting(TestSpark.spark(), old.toString());
    assertEquals(List.of(), store.readAll(RatingLevelRecord.CODEC, Q3));
    assertEquals(List.of(), store.readAll(CatalogueNameRecord.CODEC, Q3));
    assertEquals(List.of(), store.readSample(CatalogueNameRecord.CODEC, Q3, 10));
    assertFalse(store.readAll(ScoreRecord.CODEC, Q3).isEmpty(), "the eight read as before");
    // a period the store does not have at all is still an error, not an empty table
    org.govscore.base.GovscoreException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            org.govscore.base.GovscoreException.class,
            () -> store.readAll(RatingLevelRecord.CODEC, Q2));
    assertTrue(e.getMessage().endsWith(" has no rating_levels for period 2026-Q2"), e.getMessage());

    InMemoryPeriodStore memory = new InMemoryPeriodStore();
    PeriodWriter writer = memory.begin(Q3);
    writer.write(DataQualityRecord.CODEC, oneQualityRow("regions"));
    writer.commit(store.readManifest(Q3).orElseThrow().withTables(writer.tables(), null));
    assertEquals(List.of(), memory.readAll(RatingLevelRecord.CODEC, Q3));
    assertEquals(List.of(), memory.readAll(CatalogueNameRecord.CODEC, Q3));
  }
}
