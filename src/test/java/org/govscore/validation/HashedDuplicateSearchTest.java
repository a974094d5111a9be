package org.govscore.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.execution.FileSourceScanExec;
import org.apache.spark.sql.execution.SparkPlan;
import org.govscore.contract.DatasetKind;
import org.govscore.input.InputEntry;
import org.govscore.input.InputFormat;
import org.govscore.testing.TestSpark;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scala.collection.JavaConverters;

/**
 * The hashed duplicate search (large logs) classifies every row exactly as grouping every row does:
 * exact duplicates within and across files, key conflicts with duplicated members, null and blank
 * keys, duplicated corrupt lines, and a log without a key; and it falls back to grouping when too
 * many hashes repeat.
 */
class HashedDuplicateSearchTest {
  @TempDir static Path inputs;

  @BeforeAll
  static void writeInputs() throws Exception {
    Files.writeString(
        inputs.resolve("regions.csv"),
        "region_code,region_name,level,parent_code\n510000,四川省,PROVINCE,\n511600,广安市,CITY,510000\n");
    Files.writeString(
        inputs.resolve("departments.csv"),
        "dept_code,dept_name,region_code\nD1,公安局,511600\nD2,民政局,511600\n");
    Path exchanges = Files.createDirectories(inputs.resolve("exchanges"));
    String header =
        "exchange_id,ts,consumer_dept_code,provider_dept_code,resource_code,case_id,network,"
            + "subject_type,subject_id,status,latency_ms,standard_code\n";
    String tail = ",D1,D2,R1,,EXTRANET,NONE,,";
    Files.writeString(
        exchanges.resolve("part-a.csv"),
        header
            + "E1,2026-07-01T00:00:00Z"
            + tail
            + "SUCCESS,1,\n" // 1 accepted
            + "E2,2026-07-01T00:00:00Z"
            + tail
            + "SUCCESS,1,\n" // 2 accepted
            + "E2,2026-07-01T00:00:00Z"
            + tail
            + "SUCCESS,1,\n" // 3 duplicate of 2
            + "E3,2026-07-01T00:00:00Z"
            + tail
            + "SUCCESS,1,\n" // 4 conflicts with part-b 2
            + "E4,2026-07-01T00:00:00Z"
            + tail
            + "SUCCESS,1,\n" // 5 accepted, duplicated in part-b 1
            + ",2026-07-01T00:00:00Z"
            + tail
            + "SUCCESS,1,\n" // 6 no key: MISSING_VALUE
            + ",2026-07-01T00:00:00Z"
            + tail
            + "SUCCESS,1,\n" // 7 duplicate of 6
            + "   ,2026-07-01T00:00:00Z"
            + tail
            + "SUCCESS,1,\n" // 8 blank key: MISSING_VALUE, no conflict with 9
            + "   ,2026-07-01T00:00:00Z"
            + tail
            + "FAILED,1,\n"); // 9 blank key: MISSING_VALUE
    Files.writeString(
        exchanges.resolve("part-b.csv"),
        header
            + "E4,2026-07-01T00:00:00Z"
            + tail
            + "SUCCESS,1,\n" // 1 duplicate of part-a 5
            + "E3,2026-07-01T00:00:00Z"
            + tail
            + "FAILED,1,\n" // 2 conflicts with part-a 4
            + "E3,2026-07-01T00:00:00Z"
            + tail
            + "FAILED,1,\n" // 3 duplicate of 2
            + "E5,2026-07-01T00:00:00Z"
            + tail
            + "TIMEOUT,,\n"); // 4 accepted
    // No row repeats: the hashed search classifies every row alone.
    Files.writeString(
        inputs.resolve("ratings.csv"),
        "rating_id,ts,dept_code,item_code,case_id,channel,level,rectified_ts,rater_id\n"
            + "R1,2026-07-01T00:00:00Z,D1,,,ONLINE,5,,\n" // accepted
            + "R2,2026-08-01T00:00:00Z,D9,,,ONLINE,1,,\n"); // UNKNOWN_DEPARTMENT
    String event =
        "{\"case_id\":\"C1\",\"ts\":\"2026-07-01T09:00:00+08:00\",\"activity\":\"SUBMIT\","
            + "\"dept_code\":\"D1\"}\n";
    Files.writeString(
        inputs.resolve("case_events.jsonl"),
        event // 1 accepted
            + event // 2 duplicate of 1
            + event.replace("SUBMIT", "APPROVE") // 3 accepted
            + "{broken\n" // 4 CORRUPT_RECORD
            + "{broken\n" // 5 duplicate of 4
            + event.replace("C1", "C2") // 6 accepted
            // 7 accepted: the required columns of 1, another item (no duplicate of 1)
            + event.replace("\"dept_code\":\"D1\"}", "\"dept_code\":\"D1\",\"item_code\":\"I9\"}"));
  }

  private static InputValidation.Result run(DatasetValidator.Search search, long maxRepeated) {
    return InputValidation.run(
        TestSpark.spark(),
        inputs.toString(),
        s -> {},
        new DatasetValidator(TestSpark.spark(), search, maxRepeated));
  }

  /** Every classified row of a dataset, in a stable order. */
  private static List<String> rows(InputValidation.Result result, DatasetKind kind) {
    return result.classified().get(kind).collectAsList().stream()
        .map(Row::toString)
        .sorted()
        .toList();
  }

  private static Map<String, String> rejects(InputValidation.Result result) {
    Map<String, String> out = new TreeMap<>();
    for (Row r : result.rejects().collectAsList()) {
      out.put(r.getString(2), r.getString(3));
    }
    return out;
  }

  @Test
  void hashedSearchCountsAndRejectsAsHandComputed() {
    InputValidation.Result hashed = run(DatasetValidator.Search.HASHED, 1_000);
    DataQuality ex = hashed.quality().get(DatasetKind.EXCHANGES);
    assertEquals(13, ex.rowsRead());
    assertEquals(4, ex.duplicatesRemoved()); // E2, no-key, E4, E3 FAILED
    assertEquals(5, ex.rowsRejected()); // no-key, two blank keys, two E3
    assertEquals(4, ex.rowsAccepted()); // E1 E2 E4 E5
    assertEquals(Map.of("MISSING_VALUE", 3L, "CONFLICTING_DUPLICATE", 2L), ex.rejectedByReason());
    DataQuality events = hashed.quality().get(DatasetKind.CASE_EVENTS);
    assertEquals(7, events.rowsRead());
    assertEquals(2, events.duplicatesRemoved());
    assertEquals(1, events.rowsRejected());
    assertEquals(4, events.rowsAccepted());
    DataQuality ratings = hashed.quality().get(DatasetKind.RATINGS);
    assertEquals(2, ratings.rowsRead());
    assertEquals(0, ratings.duplicatesRemoved());
    assertEquals(Map.of("UNKNOWN_DEPARTMENT", 1L), ratings.rejectedByReason());
    assertEquals(
        Map.of(
            "exchanges/part-a.csv#4", "CONFLICTING_DUPLICATE",
            "exchanges/part-b.csv#2", "CONFLICTING_DUPLICATE",
            "exchanges/part-a.csv#6", "MISSING_VALUE",
            "exchanges/part-a.csv#8", "MISSING_VALUE",
            "exchanges/part-a.csv#9", "MISSING_VALUE",
            "case_events.jsonl#4", "CORRUPT_RECORD",
            "ratings.csv#2", "UNKNOWN_DEPARTMENT"),
        rejects(hashed));
  }

  /** Scans of input files in the plan a persisted frame's cache was built by. */
  private static long fileScans(Dataset<Row> persisted) {
    SparkPlan built =
        TestSpark.spark()
            .sharedState()
            .cacheManager()
            .lookupCachedData(persisted)
            .get()
            .cachedRepresentation()
            .cacheBuilder()
            .cachedPlan();
    return JavaConverters.seqAsJavaList(built.collectLeaves()).stream()
        .filter(FileSourceScanExec.class::isInstance)
        .count();
  }

  /**
   * The rows whose hash repeats are grouped from the cache of every row, where they are held with
   * their raw values: each log is read by the hash search and once more, never a third time.
   */
  @Test
  void heldRowsAreGroupedFromTheCacheNotFromAnotherReadOfTheInput() {
    InputValidation.Result hashed = run(DatasetValidator.Search.HASHED, 1_000);
    // exchanges: every row, then its grouped rows; case events the same; ratings repeat no hash
    assertEquals(
        List.of(1L, 0L, 1L, 0L, 1L),
        hashed.cached().stream().map(HashedDuplicateSearchTest::fileScans).toList());
  }

  /** The latest accepted time of each log, found by its count: R2, later, is rejected. */
  @Test
  void theLatestAcceptedTimeOfEachLogIsRecorded() {
    long july = java.time.Instant.parse("2026-07-01T00:00:00Z").getEpochSecond() * 1_000_000L;
    Map<DatasetKind, Long> expected =
        Map.of(
            DatasetKind.EXCHANGES, july,
            DatasetKind.CASE_EVENTS, july + 3_600_000_000L, // 09:00+08:00
            DatasetKind.RATINGS, july);
    assertEquals(expected, run(DatasetValidator.Search.HASHED, 1_000).latestMicros());
    assertEquals(expected, run(DatasetValidator.Search.GROUPED, 1_000).latestMicros());
  }

  @Test
  void hashedAndGroupedSearchesClassifyEveryRowAlike() {
    InputValidation.Result grouped = run(DatasetValidator.Search.GROUPED, 1_000);
    InputValidation.Result hashed = run(DatasetValidator.Search.HASHED, 1_000);
    // No repeated hash may be broadcast: the hashed search falls back to grouping every row.
    InputValidation.Result fallback = run(DatasetValidator.Search.HASHED, 0);
    for (DatasetKind kind :
        List.of(DatasetKind.EXCHANGES, DatasetKind.CASE_EVENTS, DatasetKind.RATINGS)) {
      List<String> expected = rows(grouped, kind);
      assertEquals(expected, rows(hashed, kind), kind.datasetName());
      assertEquals(expected, rows(fallback, kind), kind.datasetName());
      assertEquals(grouped.quality().get(kind), hashed.quality().get(kind));
    }
  }

  @Test
  void theHashesArePartitionedByInputSizeAboveTheShufflePartitions() {
    DatasetValidator validator = new DatasetValidator(TestSpark.spark());
    int configured = TestSpark.spark().sessionState().conf().numShufflePartitions();
    long perPartition = DatasetValidator.DETECTOR_INPUT_BYTES;
    assertEquals(configured, validator.detectorPartitions(exchangesOf(0)));
    assertEquals(configured, validator.detectorPartitions(exchangesOf(perPartition)));
    // 1,000 partitions' worth of input (about 32 GiB): 1,000 partitions, and one more for a byte.
    assertEquals(1000, validator.detectorPartitions(exchangesOf(1000 * perPartition)));
    assertEquals(1001, validator.detectorPartitions(exchangesOf(1000 * perPartition + 1)));
  }

  private static InputEntry exchangesOf(long bytes) {
    return new InputEntry(
        DatasetKind.EXCHANGES,
        "exchanges",
        InputFormat.PARQUET,
        List.of(new InputEntry.InputFile("exchanges/part-0.parquet", "part-0.parquet", bytes)),
        true);
  }
}
