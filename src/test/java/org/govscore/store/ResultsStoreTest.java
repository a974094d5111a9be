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
    Fixtures.evaluate(Fixtures.fixture("q3"), results, "2026-Q2", Map.of());
    Fixtures.evaluate(Fixtures.fixture("q3"), results, "2026-Q3", Map.of());
  }

  private static String manifest(Period p) throws Exception {
    return Files.readString(results.resolve("manifest/period=" + p.label() + "/manifest.json"));
  }

  private static Dataset<Row> oneQualityRow(String dataset) {
    return TestSpark.spark()
        .createDataFrame(
            List.of(RowFactory.create(dataset, 1L, 1L, 0L, 0L)),
            ResultTables.schema(ResultTables.DATA_QUALITY));
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
    writer.write(ResultTables.DATA_QUALITY, oneQualityRow("half-written"));
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
    writer.write(ResultTables.DATA_QUALITY, oneQualityRow("recovered"));
    // simulate a crash after the commit marker, before the swap: write the marker by hand
    java.lang.reflect.Field staging = PeriodWriter.class.getDeclaredField("staging");
    staging.setAccessible(true);
    Path stagedRun = (Path) staging.get(writer);
    store.writeText(new Path(stagedRun, ResultsStore.COMMITTED), "test");
    ResultsStore reopened = ResultsStore.open(TestSpark.spark(), results.toString());
    List<Row> rows = reopened.read(ResultTables.DATA_QUALITY, Q3).collectAsList();
    assertEquals(1, rows.size());
    assertEquals("recovered", rows.get(0).getString(0));
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
    long[] n = new long[1];
    String ha = PeriodWriter.contentHash(a, n);
    assertEquals(2, n[0]);
    assertEquals(ha, PeriodWriter.contentHash(b.repartition(2), n));
    assertNotEquals(ha, PeriodWriter.contentHash(a.limit(1), n));
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
}
