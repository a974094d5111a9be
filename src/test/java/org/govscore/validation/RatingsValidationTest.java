package org.govscore.validation;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.sum;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.execution.ProjectExec;
import org.apache.spark.sql.execution.SparkPlan;
import org.apache.spark.sql.execution.WholeStageCodegenExec;
import org.apache.spark.sql.execution.columnar.InMemoryTableScanExec;
import org.govscore.base.GovscoreException;
import org.govscore.contract.DatasetKind;
import org.govscore.testing.Fixtures;
import org.govscore.testing.TestSpark;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scala.collection.JavaConverters;

/**
 * The ratings dataset (好差评, DATA-CONTRACT.md v2): every rule with its reason, exact duplicates,
 * conflicting rating_id, cascading rejects of a rejected department, the reject-share limit, all
 * three formats, and rater_id (personal data) redacted in every excerpt.
 */
class RatingsValidationTest {
  static final String HEADER =
      "rating_id,ts,dept_code,item_code,case_id,channel,level,rectified_ts,rater_id";

  /** Rater IDs planted in rejected rows: none may appear in any excerpt. */
  static final List<String> RATERS =
      List.of("11010519491231002X", "511602199003071232", "rater-wechat-openid-77");

  @TempDir static Path inputs;
  private static InputValidation.Result result;
  private static Map<String, String> reasons;
  private static Map<String, String> excerpts;

  static void writeReferenceData(Path dir) throws Exception {
    Files.writeString(
        dir.resolve("regions.csv"),
        "region_code,region_name,level,parent_code\n"
            + "510000,四川省,PROVINCE,\n511600,广安市,CITY,510000\n");
    Files.writeString(
        dir.resolve("departments.csv"),
        "dept_code,dept_name,region_code\n"
            + "D1,广安市公安局,511600\nD2,广安市民政局,511600\nD4,无效区划部门,519999\n");
  }

  @BeforeAll
  static void validate() throws Exception {
    writeReferenceData(inputs);
    String t = "2026-07-01T09:00:00+08:00";
    Files.writeString(
        inputs.resolve("ratings.csv"),
        String.join(
                "\n",
                HEADER,
                "G1,2026-07-01T09:00:00+08:00,D1,I1,C1,ONLINE,5,,", // 1 ok
                "G2,"
                    + t
                    + ",D1,,,WINDOW,1,2026-07-01T09:00:00+08:00,u1", // 2 ok: rectified at ts (0
                // days)
                "G3,"
                    + t
                    + ",D1,,,WINDOW,1,2026-07-01T08:59:59+08:00,"
                    + RATERS.get(0), // 3 OUT_OF_RANGE rectified_ts
                "G4,"
                    + t
                    + ",D1,,,PHONE,5,2026-06-01T09:00:00+08:00,", // 4 OUT_OF_RANGE on a good rating
                // too
                "G5," + t + ",D1,,,PHONE,0,,", // 5 OUT_OF_RANGE level
                "G6," + t + ",D1,,,PHONE,6,," + RATERS.get(1), // 6 OUT_OF_RANGE level
                "G7," + t + ",D1,,,PHONE,4.5,,", // 7 BAD_NUMBER
                "G8," + t + ",D1,,,,4,,", // 8 MISSING_VALUE channel
                "G9,"
                    + t
                    + ",D1,,,POST,4,,", // 9 BAD_ENUM (POST is a case channel, not a rating channel)
                "G10," + t + ",DX,,,MOBILE,4,,", // 10 UNKNOWN_DEPARTMENT
                "G11,"
                    + t
                    + ",D4,,,MOBILE,4,,"
                    + RATERS.get(2), // 11 REFERENCE_REJECTED (D4's region is unknown)
                "G12," + t + ",D2,,,SELF_SERVICE,3,,r", // 12, 13 exact duplicates: one kept
                "G12," + t + ",D2,,,SELF_SERVICE,3,,r",
                "G13," + t + ",D2,,,SELF_SERVICE,3,,", // 14, 15 CONFLICTING_DUPLICATE
                "G13," + t + ",D2,,,SELF_SERVICE,2,,",
                "G14,,D2,,,ONLINE,3,,", // 16 MISSING_VALUE ts
                "G15," + t + ",D2,,,ONLINE,,,", // 17 MISSING_VALUE level
                "G16," + t + ",D2,,,ONLINE,2,never,")
            + "\n"); // 18 BAD_TIMESTAMP rectified_ts
    result = InputValidation.run(TestSpark.spark(), inputs.toString(), s -> {});
    reasons = new TreeMap<>();
    excerpts = new HashMap<>();
    for (Row r : result.rejects().collectAsList()) {
      reasons.put(r.getString(0) + "|" + r.getString(2), r.getString(3));
      excerpts.put(r.getString(0) + "|" + r.getString(2), r.getString(4));
    }
  }

  @Test
  void everyRuleHasItsReason() {
    Map<String, String> expected =
        new TreeMap<>(
            Map.ofEntries(
                Map.entry("ratings|ratings.csv#3", "OUT_OF_RANGE"),
                Map.entry("ratings|ratings.csv#4", "OUT_OF_RANGE"),
                Map.entry("ratings|ratings.csv#5", "OUT_OF_RANGE"),
                Map.entry("ratings|ratings.csv#6", "OUT_OF_RANGE"),
                Map.entry("ratings|ratings.csv#7", "BAD_NUMBER"),
                Map.entry("ratings|ratings.csv#8", "MISSING_VALUE"),
                Map.entry("ratings|ratings.csv#9", "BAD_ENUM"),
                Map.entry("ratings|ratings.csv#10", "UNKNOWN_DEPARTMENT"),
                Map.entry("ratings|ratings.csv#11", "REFERENCE_REJECTED"),
                Map.entry("ratings|ratings.csv#14", "CONFLICTING_DUPLICATE"),
                Map.entry("ratings|ratings.csv#15", "CONFLICTING_DUPLICATE"),
                Map.entry("ratings|ratings.csv#16", "MISSING_VALUE"),
                Map.entry("ratings|ratings.csv#17", "MISSING_VALUE"),
                Map.entry("ratings|ratings.csv#18", "BAD_TIMESTAMP")));
    Map<String, String> ratings = new TreeMap<>(reasons);
    ratings.keySet().removeIf(k -> !k.startsWith("ratings|"));
    assertEquals(expected, ratings);
  }

  @Test
  void excerptsNameTheColumnAndRedactTheRater() {
    assertTrue(
        excerpts.get("ratings|ratings.csv#3").startsWith("[rectified_ts] "),
        excerpts.get("ratings|ratings.csv#3"));
    assertTrue(excerpts.get("ratings|ratings.csv#4").startsWith("[rectified_ts] "));
    assertTrue(excerpts.get("ratings|ratings.csv#5").startsWith("[level] "));
    assertTrue(excerpts.get("ratings|ratings.csv#7").startsWith("[level] "));
    assertTrue(excerpts.get("ratings|ratings.csv#8").startsWith("[channel] "));
    assertTrue(excerpts.get("ratings|ratings.csv#10").startsWith("[dept_code] "));
    assertTrue(excerpts.get("ratings|ratings.csv#14").startsWith("[rating_id] "));
    for (String row :
        List.of("ratings|ratings.csv#3", "ratings|ratings.csv#6", "ratings|ratings.csv#11")) {
      assertTrue(
          excerpts.get(row).contains("\"rater_id\":\"***\""), row + ": " + excerpts.get(row));
    }
    for (String rater : RATERS) {
      assertFalse(excerpts.values().stream().anyMatch(x -> x.contains(rater)), rater);
    }
  }

  @Test
  void acceptedRowsAndReconciliation() {
    DataQuality q = result.quality().get(DatasetKind.RATINGS);
    assertEquals(18, q.rowsRead());
    assertEquals(1, q.duplicatesRemoved()); // G12 twice
    assertEquals(14, q.rowsRejected());
    assertEquals(3, q.rowsAccepted()); // G1 G2 G12
    assertEquals(q.rowsRead(), q.rowsAccepted() + q.rowsRejected() + q.duplicatesRemoved());
    // G1 (D1, level 5), G2 (D1, level 1) and G12 (D2, level 3)
    assertEquals(
        List.of("D1|1", "D1|5", "D2|3"),
        Fixtures.sortedValues(result.accepted(DatasetKind.RATINGS), "dept_code", "level"));
    assertEquals(
        List.of("ts", "dept_code", "item_code", "case_id", "level", "rectified_ts"),
        Arrays.asList(result.accepted(DatasetKind.RATINGS).columns()),
        "the rating's ID, its channel and the rater's ID are validated, then dropped");
    Row g2 = result.accepted(DatasetKind.RATINGS).filter("level = 1").collectAsList().get(0);
    assertEquals(1, g2.<Integer>getAs("level"));
    assertEquals(
        g2.<Timestamp>getAs("ts"),
        g2.<Timestamp>getAs("rectified_ts"),
        "rectified at the rating's own instant is valid");
  }

  @Test
  void slimRowsKeepReasonAndCopiesOnlyWhereTheyAreNotTheUsualOne() {
    Dataset<Row> slim = result.classified().get(DatasetKind.RATINGS);
    // G1 and G2 were accepted in one copy: nothing but their values. G12 (two copies) and the 14
    // rejected rows carry reason, copies and, when rejected, their reference.
    assertEquals(
        List.of("null|2|null", "null|null|null", "null|null|null"),
        Fixtures.sortedValues(
            slim.filter(ClassifiedRows.reason().isNull()),
            "_extra._reason",
            "_extra._copies",
            "_extra.row_ref"));
    assertEquals(14, slim.filter(ClassifiedRows.reason().isNotNull()).count());
    assertEquals(
        0,
        slim.filter(ClassifiedRows.reason().isNotNull().and(col("_extra.row_ref").isNull()))
            .count());
    assertEquals(18L, slim.agg(sum(ClassifiedRows.copies())).first().getLong(0));
  }

  @Test
  void theExcerptStepReadsOnlySlimValuesAndTheRejectedRowStruct() {
    // to_json has no generated code, so the projection writing excerpts runs outside the stage's
    // code, on rows the stage assembles for it. Those rows must not be the classified rows, raw
    // columns and all: only the slim values, reason, copies and the rejected row's struct.
    Dataset<Row> slim = result.classified().get(DatasetKind.RATINGS);
    SparkPlan cached =
        ((InMemoryTableScanExec)
                find(
                        slim.queryExecution().executedPlan(),
                        false,
                        n -> n instanceof InMemoryTableScanExec)
                    .get(0))
            .relation()
            .cachedPlan();
    List<SparkPlan> excerptSteps =
        find(
            cached,
            false,
            n -> n instanceof ProjectExec p && p.projectList().toString().contains("to_json"));
    assertEquals(1, excerptSteps.size(), cached.treeString());
    List<String> inputs = new ArrayList<>();
    JavaConverters.seqAsJavaList(excerptSteps.get(0).children().head().output())
        .forEach(a -> inputs.add(a.name()));
    assertEquals(
        List.of(
            "t_ts",
            "t_dept_code",
            "t_item_code",
            "t_case_id",
            "t_level",
            "t_rectified_ts",
            "_reason",
            "_copies",
            "_rejected_row"),
        inputs);
  }

  /**
   * The plan's nodes that {@code test} accepts, outside whole-stage generated code (a projection
   * inside it has no projection step of its own).
   */
  private static List<SparkPlan> find(
      SparkPlan plan, boolean generated, Predicate<SparkPlan> test) {
    List<SparkPlan> found = new ArrayList<>();
    if (!generated && test.test(plan)) {
      found.add(plan);
    }
    boolean inside = generated || plan instanceof WholeStageCodegenExec;
    for (SparkPlan child : JavaConverters.seqAsJavaList(plan.children())) {
      found.addAll(find(child, inside, test));
    }
    return found;
  }

  @Test
  void rejectShareLimitStopsTheRunNamingRatings() {
    Map<DatasetKind, DataQuality> onlyRatings =
        Map.of(DatasetKind.RATINGS, result.quality().get(DatasetKind.RATINGS));
    GovscoreException e =
        assertThrows(
            GovscoreException.class, () -> InputValidation.enforceRejectLimit(onlyRatings, 0.05));
    assertEquals(GovscoreException.Kind.DATA_REJECTED, e.kind());
    assertEquals(
        "ratings: 14 of 18 rows rejected (77.78 %), above the limit of 5.00 % (validation.max_reject_share);"
            + " top reasons: OUT_OF_RANGE 4, MISSING_VALUE 3, CONFLICTING_DUPLICATE 2. Nothing was written.",
        e.getMessage());
  }

  @Test
  void ratingsReadAlikeInEveryFormatFileOrFolder(@TempDir Path dir) throws Exception {
    String csv =
        HEADER
            + "\nG1,2026-07-01T09:00:00+08:00,D1,I1,C1,ONLINE,5,,x\n"
            + "G2,2026-07-01T09:00:00+08:00,D2,,,PHONE,1,2026-07-03T09:00:00+08:00,y\n"
            + "G3,2026-07-01T09:00:00+08:00,D2,,,PHONE,9,,z\n";
    String jsonl =
        "{\"rating_id\":\"G1\",\"ts\":\"2026-07-01T09:00:00+08:00\",\"dept_code\":\"D1\",\"item_code\":\"I1\","
            + "\"case_id\":\"C1\",\"channel\":\"ONLINE\",\"level\":5,\"rater_id\":\"x\"}\n"
            + "{\"rating_id\":\"G2\",\"ts\":\"2026-07-01T09:00:00+08:00\",\"dept_code\":\"D2\",\"channel\":\"PHONE\","
            + "\"level\":1,\"rectified_ts\":\"2026-07-03T09:00:00+08:00\",\"rater_id\":\"y\"}\n"
            + "{\"rating_id\":\"G3\",\"ts\":\"2026-07-01T09:00:00+08:00\",\"dept_code\":\"D2\",\"channel\":\"PHONE\","
            + "\"level\":9,\"rater_id\":\"z\"}\n";
    Path csvFile = Files.createDirectories(dir.resolve("csv"));
    Files.writeString(csvFile.resolve("ratings.csv"), csv);
    Path jsonFolder = Files.createDirectories(dir.resolve("jsonl"));
    Files.createDirectories(jsonFolder.resolve("ratings"));
    Files.writeString(jsonFolder.resolve("ratings").resolve("part-0.jsonl"), jsonl);
    Path parquet = Files.createDirectories(dir.resolve("parquet"));
    TestSpark.spark()
        .read()
        .option("header", "true")
        .csv(csvFile.resolve("ratings.csv").toString())
        .coalesce(1)
        .write()
        .mode(SaveMode.Overwrite)
        .parquet(parquet.resolve("ratings").toString());
    for (Path p : List.of(csvFile, jsonFolder, parquet)) {
      writeReferenceData(p);
      InputValidation.Result r = InputValidation.run(TestSpark.spark(), p.toString(), s -> {});
      // G1 and G2, told apart by their values: rating_id and channel are validated, then dropped.
      List<String> accepted =
          Fixtures.sortedValues(
              r.accepted(DatasetKind.RATINGS), "dept_code", "level", "rectified_ts is not null");
      assertEquals(List.of("D1|5|false", "D2|1|true"), accepted, p.toString());
      List<Row> rejects = r.rejects().filter("dataset = 'ratings'").collectAsList();
      assertEquals(1, rejects.size(), p.toString());
      assertEquals("OUT_OF_RANGE", rejects.get(0).getString(3));
      assertTrue(
          rejects.get(0).getString(4).contains("\"rater_id\":\"***\""),
          rejects.get(0).getString(4));
    }
  }

  @Test
  void absentRatingsAreReportedMissing() {
    assertTrue(result.entries().containsKey(DatasetKind.RATINGS));
    assertEquals(
        List.of(
            DatasetKind.SERVICE_ITEMS,
            DatasetKind.RESOURCES,
            DatasetKind.EXCHANGES,
            DatasetKind.CASE_EVENTS,
            DatasetKind.EXTERNAL_INDICATORS),
        result.missing().stream().filter(k -> k != DatasetKind.RATINGS).toList());
  }
}
