package org.govscore.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
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
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.govscore.base.GovscoreException;
import org.govscore.contract.DatasetKind;
import org.govscore.testing.Fixtures;
import org.govscore.testing.TestSpark;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Structural validation of DATA-CONTRACT.md on small hand-written inputs, one reason per row. */
class ValidationTest {
  @TempDir static Path inputs;
  private static InputValidation.Result result;

  /** reason by dataset|row_ref */
  private static Map<String, String> reasons;

  private static Map<String, String> excerpts;

  @BeforeAll
  static void validate() throws Exception {
    Files.writeString(
        inputs.resolve("regions.csv"),
        String.join(
                "\n",
                "region_code,region_name,level,parent_code",
                "510000,四川省,PROVINCE,",
                "511600,广安市,CITY,510000",
                "51160,坏编码,COUNTY,511600", // row 3: BAD_CODE
                "511699,无上级,COUNTY,519999", // row 4: UNKNOWN_REGION (parent)
                "511698,同级上级,CITY,511600", // row 5: BAD_PARENT_LEVEL
                "511697,下级,COUNTY,511698", // row 6: REFERENCE_REJECTED (parent rejected)
                "511602,广安区,COUNTY,511600")
            + "\n");
    Files.writeString(
        inputs.resolve("departments.csv"),
        String.join(
                "\n",
                "dept_code,dept_name,region_code",
                "D1,广安市公安局,511600",
                "D2,广安区民政局,511602",
                "D3,\"市场监管局,\"\"综合\"\"窗口\"\"\",511602", // row 3: quoted comma and quotes: accepted
                "D4,无效区划部门,519999", // row 4: UNKNOWN_REGION
                "D5,被拒区划部门,511698", // row 5: REFERENCE_REJECTED
                "D6,冲突一,511600", // rows 6, 7: CONFLICTING_DUPLICATE
                "D6,冲突二,511600",
                "D7,   ,511600")
            + "\n"); // row 8: MISSING_VALUE (blank name)
    Files.writeString(
        inputs.resolve("exchanges.csv"),
        String.join(
                "\n",
                "exchange_id,ts,consumer_dept_code,provider_dept_code,resource_code,case_id,network,subject_type,subject_id,status,latency_ms,standard_code,extra_col",
                "E1,2026-07-01T00:00:00+08:00,D1,D2,R1,,EXTRANET,NONE,,SUCCESS,10,,ignored",
                "E2,2026-06-30T16:00:00Z,D1,D2,R1,,EXTRANET,NONE,,SUCCESS,10,,",
                "E3,2026-07-01T00:00:00,D1,D2,R1,,EXTRANET,NONE,,SUCCESS,10,,",
                "E4,,D1,D2,R1,,EXTRANET,NONE,,SUCCESS,10,,", // row 4: MISSING_VALUE ts
                "E5,2026-13-01T00:00:00Z,D1,D2,R1,,EXTRANET,NONE,,SUCCESS,10,,", // row 5:
                // BAD_TIMESTAMP
                "E6,yesterday,D1,D2,R1,,EXTRANET,NONE,,SUCCESS,10,,", // row 6: BAD_TIMESTAMP
                "E7,2026-07-01T00:00:00Z,D1,D2,R1,,extranet,NONE,,SUCCESS,10,,", // row 7: BAD_ENUM
                "E8,2026-07-01T00:00:00Z,D1,D2,R1,,EXTRANET,PERSON,110105194912310021,SUCCESS,12.5,,", // row 8: BAD_NUMBER
                "E9,2026-07-01T00:00:00Z,D1,D2,R1,,EXTRANET,NONE,,SUCCESS,-1,,", // row 9:
                // OUT_OF_RANGE
                "E10,2026-07-01T00:00:00Z,DX,D2,R1,,EXTRANET,NONE,,SUCCESS,1,,", // row 10:
                // UNKNOWN_DEPARTMENT
                "E11,2026-07-01T00:00:00Z,D1,D4,R1,,EXTRANET,NONE,,SUCCESS,1,,", // row 11:
                // REFERENCE_REJECTED
                "E12,2026-07-01T00:00:00Z,D1,D2,R1,,EXTRANET,NONE,,SUCCESS,1,,", // rows 12, 13:
                // exact duplicate
                "E12,2026-07-01T00:00:00Z,D1,D2,R1,,EXTRANET,NONE,,SUCCESS,1,,",
                "E13,2026-07-01T00:00:00Z,D1,D2,R1,,EXTRANET,NONE,,SUCCESS,1,,", // rows 14, 15:
                // conflict
                "E13,2026-07-01T00:00:00Z,D1,D2,R1,,EXTRANET,NONE,,FAILED,1,,",
                "E14,2026-07-01T00:00:00Z,D1,D2,R1,,EXTRANET,PERSON,11010519491231002X,SUCCESS,,,")
            + "\n"); // row 16 ok
    Files.writeString(
        inputs.resolve("case_events.jsonl"),
        String.join(
                "\n",
                "{\"case_id\":\"C1\",\"ts\":\"2026-07-01T09:00:00+08:00\",\"activity\":\"SUBMIT\",\"dept_code\":\"D1\",\"item_code\":\"I1\",\"channel\":\"ONLINE\",\"applicant_id\":\"511602199003071232\"}",
                "{\"case_id\":\"C1\",\"ts\":\"2026-07-02T09:00:00+08:00\",\"activity\":\"受理\",\"dept_code\":\"D1\"}",
                "{\"case_id\":\"C2\",\"ts\":\"2026-07-02T09:00:00+08:00\",\"activity\":\"SUBMIT\",\"dept_code\":\"D1\",\"channel\":\"EMAIL\"}",
                "{\"case_id\":\"C3\",\"ts\": \"2026-07-02T09:00", // row 4: CORRUPT_RECORD
                "{\"case_id\":\"C4\",\"ts\":\"2026-07-02T09:00:00+08:00\",\"activity\":\"SUBMIT\",\"dept_code\":\"D1\",\"channel\":\"\"}")
            + "\n");
    Files.writeString(
        inputs.resolve("service_items.csv"),
        String.join(
                "\n",
                "item_code,item_name,dept_code,item_type,online_depth,statutory_days,promised_days,required_resources",
                "I1,\"企业设立登记,\"\"加急\"\"\n第二行\",D1,LICENSING,4,20,10,R1; R2 ;;R3",
                "I2,社保卡申领,D1,PUBLIC_SERVICE,5,20,10,", // row 2: OUT_OF_RANGE depth
                "I3,低保,D1,CONFIRMATION,3,-1,10,", // row 3: OUT_OF_RANGE statutory
                "I4,其他,D1,OTHERS,3,10,5,")
            + "\n"); // row 4: BAD_ENUM
    result = InputValidation.run(TestSpark.spark(), inputs.toString(), s -> {});
    reasons = new HashMap<>();
    excerpts = new HashMap<>();
    for (Row r : result.rejects().collectAsList()) {
      reasons.put(r.getString(0) + "|" + r.getString(2), r.getString(3));
      excerpts.put(r.getString(0) + "|" + r.getString(2), r.getString(4));
    }
  }

  @Test
  void regionRules() {
    assertEquals("BAD_CODE", reasons.get("regions|regions.csv#3"));
    assertEquals("UNKNOWN_REGION", reasons.get("regions|regions.csv#4"));
    assertEquals("BAD_PARENT_LEVEL", reasons.get("regions|regions.csv#5"));
    assertEquals("REFERENCE_REJECTED", reasons.get("regions|regions.csv#6"));
    assertEquals(
        List.of("510000", "511600", "511602"), List.copyOf(result.units().regions().keySet()));
  }

  @Test
  void departmentRules() {
    assertEquals("UNKNOWN_REGION", reasons.get("departments|departments.csv#4"));
    assertEquals("REFERENCE_REJECTED", reasons.get("departments|departments.csv#5"));
    assertEquals("CONFLICTING_DUPLICATE", reasons.get("departments|departments.csv#6"));
    assertEquals("CONFLICTING_DUPLICATE", reasons.get("departments|departments.csv#7"));
    assertEquals("MISSING_VALUE", reasons.get("departments|departments.csv#8"));
    assertEquals("市场监管局,\"综合\"窗口\"", result.units().departments().get("D3").name());
  }

  @Test
  void exchangeRules() {
    assertEquals("MISSING_VALUE", reasons.get("exchanges|exchanges.csv#4"));
    assertEquals("BAD_TIMESTAMP", reasons.get("exchanges|exchanges.csv#5"));
    assertEquals("BAD_TIMESTAMP", reasons.get("exchanges|exchanges.csv#6"));
    assertEquals("BAD_ENUM", reasons.get("exchanges|exchanges.csv#7"));
    assertEquals("BAD_NUMBER", reasons.get("exchanges|exchanges.csv#8"));
    assertEquals("OUT_OF_RANGE", reasons.get("exchanges|exchanges.csv#9"));
    assertEquals("UNKNOWN_DEPARTMENT", reasons.get("exchanges|exchanges.csv#10"));
    assertEquals("REFERENCE_REJECTED", reasons.get("exchanges|exchanges.csv#11"));
    assertEquals("CONFLICTING_DUPLICATE", reasons.get("exchanges|exchanges.csv#14"));
    assertEquals("CONFLICTING_DUPLICATE", reasons.get("exchanges|exchanges.csv#15"));
    assertFalse(reasons.containsKey("exchanges|exchanges.csv#12"));
    assertFalse(reasons.containsKey("exchanges|exchanges.csv#13"));
  }

  @Test
  void reconciliationHoldsForEveryDataset() {
    DataQuality ex = result.quality().get(DatasetKind.EXCHANGES);
    assertEquals(16, ex.rowsRead());
    assertEquals(1, ex.duplicatesRemoved()); // E12 twice
    assertEquals(10, ex.rowsRejected()); // rows 4-11 and both E13
    assertEquals(5, ex.rowsAccepted()); // E1 E2 E3 E12 E14
    assertEquals(2L, ex.rejectedByReason().get("BAD_TIMESTAMP"));
    DataQuality regions = result.quality().get(DatasetKind.REGIONS);
    assertEquals(7, regions.rowsRead());
    assertEquals(4, regions.rowsRejected());
    for (DataQuality q : result.quality().values()) {
      assertEquals(
          q.rowsRead(), q.rowsAccepted() + q.rowsRejected() + q.duplicatesRemoved(), q.dataset());
    }
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class, () -> new DataQuality("x", 10, 5, 3, 1, Map.of()));
    assertEquals(
        "Reconciliation fails for x: read 10 != accepted 5 + rejected 3 + duplicates 1",
        e.getMessage());
  }

  @Test
  void timestampsWithOffsetZuluOrNoneAreTheSameInstant() {
    List<Row> ts =
        result
            .accepted(DatasetKind.EXCHANGES)
            .filter("latency_ms = 10") // E1, E2, E3: exchange_id is validated, then dropped
            .select("ts")
            .collectAsList();
    assertEquals(3, ts.size());
    Timestamp expected = Timestamp.from(java.time.Instant.parse("2026-06-30T16:00:00Z"));
    ts.forEach(r -> assertEquals(expected, r.getTimestamp(0)));
  }

  @Test
  void blankNullableValuesReadAsNullAndEnumsAreChecked() {
    assertEquals("BAD_ENUM", reasons.get("case_events|case_events.jsonl#3")); // channel EMAIL
    Row c4 =
        result.accepted(DatasetKind.CASE_EVENTS).filter("case_id = 'C4'").collectAsList().get(0);
    assertTrue(c4.isNullAt(5), "blank channel reads as null");
    assertEquals(
        List.of("case_id", "ts", "activity", "dept_code", "item_code", "channel"),
        Arrays.asList(result.accepted(DatasetKind.CASE_EVENTS).columns()),
        "the applicant's ID is validated, then dropped");
    assertEquals(
        List.of(
            "ts",
            "consumer_dept_code",
            "provider_dept_code",
            "resource_code",
            "case_id",
            "network",
            "subject_type",
            "subject_id",
            "status",
            "latency_ms",
            "standard_code"),
        Arrays.asList(result.accepted(DatasetKind.EXCHANGES).columns()),
        "the exchange's ID is validated, then dropped");
    // E1, E2, E3 (latency 10) each have a blank case_id.
    List<Row> blankCase =
        result.accepted(DatasetKind.EXCHANGES).filter("latency_ms = 10").collectAsList();
    assertEquals(3, blankCase.size());
    blankCase.forEach(r -> assertTrue(r.isNullAt(4), "blank case_id reads as null"));
  }

  @Test
  void cataloguesValidatedInSparkClassifyAsOnTheDriver() {
    // A limit of 0 bytes sends every catalogue down the path of catalogues over 64 MB: classified,
    // referenced and parent-checked in Spark, then cached in the slim form and read back.
    InputValidation.Result inSpark =
        InputValidation.run(
            TestSpark.spark(),
            inputs.toString(),
            s -> {},
            new DatasetValidator(
                TestSpark.spark(),
                DatasetValidator.Search.BY_SIZE,
                DatasetValidator.MAX_REPEATED,
                0));
    List<DatasetKind> catalogues =
        result.classified().keySet().stream()
            .filter(k -> k.scale() == DatasetKind.Scale.CATALOGUE)
            .toList();
    assertTrue(catalogues.containsAll(List.of(DatasetKind.REGIONS, DatasetKind.SERVICE_ITEMS)));
    for (DatasetKind kind : catalogues) {
      assertEquals(result.quality().get(kind), inSpark.quality().get(kind), kind.name());
      assertEquals(
          sortedRows(result.accepted(kind)), sortedRows(inSpark.accepted(kind)), kind.name());
    }
    assertEquals(sortedRows(result.rejects()), sortedRows(inSpark.rejects()));
    // The unit tree is built from referred rows read back from the slim form (a region's level is
    // an enum kept as its index there).
    assertEquals(result.units().departments(), inSpark.units().departments());
    assertEquals(result.units().regions(), inSpark.units().regions());
    assertEquals("COUNTY", inSpark.units().regions().get("511602").level());
    assertEquals(List.of("511602", "511600", "510000"), inSpark.units().ancestorsAndSelf("511602"));
  }

  @Test
  void aNegativeDriverLimitIsRefusedNamingTheValue() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                new DatasetValidator(
                    TestSpark.spark(),
                    DatasetValidator.Search.BY_SIZE,
                    DatasetValidator.MAX_REPEATED,
                    -1));
    assertEquals("driverLimit must be >= 0, not -1", e.getMessage());
  }

  private static List<String> sortedRows(Dataset<Row> rows) {
    return Fixtures.sortedValues(rows, rows.columns());
  }

  @Test
  void enumsAreKeptAsOneByteIndexesAndReadBackAsTheirValues() {
    Dataset<Row> slim = result.classified().get(DatasetKind.CASE_EVENTS);
    assertEquals(DataTypes.ByteType, slim.schema().apply("t_channel").dataType());
    assertEquals(
        DataTypes.StringType,
        slim.schema().apply("t_activity").dataType(),
        "activity is text (non-canonical activities are kept), not an enum");
    // ONLINE is the first channel of the contract's list, WINDOW the third; C4's blank is null.
    List<String> channels = DatasetKind.CASE_EVENTS.column("channel").enumValues();
    assertEquals(List.of("ONLINE", "MOBILE", "WINDOW"), channels.subList(0, 3));
    Dataset<Row> accepted = result.accepted(DatasetKind.CASE_EVENTS);
    assertEquals(DataTypes.StringType, accepted.schema().apply("channel").dataType());
    List<String> decodedByHand = new ArrayList<>();
    for (Row r :
        slim.filter(ClassifiedRows.reason().isNull())
            .select("t_case_id", "t_ts", "t_channel")
            .collectAsList()) {
      String channel = r.isNullAt(2) ? null : channels.get(r.getByte(2) - 1);
      decodedByHand.add(r.get(0) + "|" + r.get(1) + "|" + channel);
    }
    decodedByHand.sort(null);
    assertEquals(decodedByHand, Fixtures.sortedValues(accepted, "case_id", "ts", "channel"));
    assertTrue(decodedByHand.stream().anyMatch(v -> v.endsWith("|null")), "C4's blank channel");
  }

  @Test
  void brokenJsonLineIsRejectedWithoutShowingIt() {
    assertEquals("CORRUPT_RECORD", reasons.get("case_events|case_events.jsonl#4"));
    assertTrue(excerpts.get("case_events|case_events.jsonl#4").startsWith("unparseable record ("));
    Row c1 =
        result.accepted(DatasetKind.CASE_EVENTS).filter("activity = '受理'").collectAsList().get(0);
    assertEquals("C1", c1.getString(0)); // a non-canonical Chinese activity is kept
  }

  @Test
  void excerptsRedactPersonalData() {
    String excerpt = excerpts.get("exchanges|exchanges.csv#8");
    assertNotNull(excerpt);
    assertTrue(excerpt.startsWith("[latency_ms] "), excerpt);
    assertTrue(excerpt.contains("\"subject_id\":\"***\""), excerpt);
    assertFalse(
        excerpts.values().stream()
            .anyMatch(x -> x.contains("110105194912310021") || x.contains("511602199003071232")));
  }

  @Test
  void catalogueRulesAndQuotedMultilineCsv() {
    assertEquals("OUT_OF_RANGE", reasons.get("service_items|service_items.csv#2"));
    assertEquals("OUT_OF_RANGE", reasons.get("service_items|service_items.csv#3"));
    assertEquals("BAD_ENUM", reasons.get("service_items|service_items.csv#4"));
    Row i1 = result.accepted(DatasetKind.SERVICE_ITEMS).collectAsList().get(0);
    assertEquals("企业设立登记,\"加急\"\n第二行", i1.getString(1));
    assertEquals(List.of("R1", "R2", "R3"), i1.getList(7));
  }

  @Test
  void listColumnReadsAlikeInAllThreeFormats(@TempDir Path dir) throws Exception {
    Path csv = Files.createDirectories(dir.resolve("csv"));
    Path json = Files.createDirectories(dir.resolve("json"));
    Path parquet = Files.createDirectories(dir.resolve("parquet"));
    for (Path p : List.of(csv, json, parquet)) {
      Files.writeString(
          p.resolve("regions.csv"),
          "region_code,region_name,level,parent_code\n510000,四川省,PROVINCE,\n");
      Files.writeString(
          p.resolve("departments.csv"), "dept_code,dept_name,region_code\nD1,公安局,510000\n");
    }
    Files.writeString(
        csv.resolve("service_items.csv"),
        "item_code,item_name,dept_code,item_type,online_depth,"
            + "statutory_days,promised_days,required_resources\nI1,甲,D1,OTHER,3,10,5,R1;R2\nI2,乙,D1,OTHER,3,10,5,\n");
    Files.writeString(
        json.resolve("service_items.jsonl"),
        "{\"item_code\":\"I1\",\"item_name\":\"甲\",\"dept_code\":\"D1\",\"item_type\":\"OTHER\",\"online_depth\":3,"
            + "\"statutory_days\":10,\"promised_days\":5,\"required_resources\":[\"R1\",\"R2\"]}\n"
            + "{\"item_code\":\"I2\",\"item_name\":\"乙\",\"dept_code\":\"D1\",\"item_type\":\"OTHER\",\"online_depth\":3,"
            + "\"statutory_days\":10,\"promised_days\":5,\"required_resources\":[]}\n");
    StructType schema =
        new StructType()
            .add("item_code", DataTypes.StringType)
            .add("item_name", DataTypes.StringType)
            .add("dept_code", DataTypes.StringType)
            .add("item_type", DataTypes.StringType)
            .add("online_depth", DataTypes.IntegerType)
            .add("statutory_days", DataTypes.IntegerType)
            .add("promised_days", DataTypes.IntegerType)
            .add("required_resources", DataTypes.createArrayType(DataTypes.StringType));
    TestSpark.spark()
        .createDataFrame(
            List.of(
                RowFactory.create(
                    "I1", "甲", "D1", "OTHER", 3, 10, 5, List.of("R1", "R2").toArray()),
                RowFactory.create("I2", "乙", "D1", "OTHER", 3, 10, 5, null)),
            schema)
        .coalesce(1)
        .write()
        .mode(SaveMode.Overwrite)
        .parquet(parquet.resolve("service_items").toString());
    for (Path p : List.of(csv, json, parquet)) {
      InputValidation.Result r = InputValidation.run(TestSpark.spark(), p.toString(), s -> {});
      Map<String, List<Object>> lists =
          r.accepted(DatasetKind.SERVICE_ITEMS).collectAsList().stream()
              .collect(Collectors.toMap(x -> x.getString(0), x -> x.getList(7)));
      assertEquals(List.of("R1", "R2"), lists.get("I1"), p.toString());
      assertEquals(List.of(), lists.get("I2"), p.toString());
    }
  }

  @Test
  void rejectShareAboveTheLimitStopsWithExitCode3() {
    GovscoreException e =
        assertThrows(
            GovscoreException.class,
            () -> InputValidation.enforceRejectLimit(result.quality(), 0.05));
    assertEquals(GovscoreException.Kind.DATA_REJECTED, e.kind());
    assertEquals(
        "regions: 4 of 7 rows rejected (57.14 %), above the limit of 5.00 % (validation.max_reject_share);"
            + " top reasons: BAD_CODE 1, BAD_PARENT_LEVEL 1, REFERENCE_REJECTED 1. Nothing was written.",
        e.getMessage());
    InputValidation.enforceRejectLimit(result.quality(), 0.99); // under the limit: no exception
  }

  @Test
  void missingRequiredDatasetIsNamed(@TempDir Path dir) throws Exception {
    Files.writeString(
        dir.resolve("regions.csv"),
        "region_code,region_name,level,parent_code\n510000,四川省,PROVINCE,\n");
    GovscoreException e =
        assertThrows(
            GovscoreException.class,
            () -> InputValidation.run(TestSpark.spark(), dir.toString(), s -> {}));
    assertEquals(
        "Required dataset departments is missing from "
            + dir
            + " (expected departments.csv, .parquet, .jsonl or a folder departments/)",
        e.getMessage());
  }

  @Test
  void missingColumnIsNamed(@TempDir Path dir) throws Exception {
    Files.writeString(
        dir.resolve("regions.csv"),
        "region_code;region_name;level;parent_code\n510000;四川省;PROVINCE;\n");
    Files.writeString(
        dir.resolve("departments.csv"), "dept_code,dept_name,region_code\nD1,公安局,510000\n");
    GovscoreException e =
        assertThrows(
            GovscoreException.class,
            () -> InputValidation.run(TestSpark.spark(), dir.toString(), s -> {}));
    assertTrue(e.getMessage().startsWith("regions ("), e.getMessage());
    assertTrue(
        e.getMessage().contains("lacks required column(s) [region_code, region_name, level]"),
        e.getMessage());
    assertTrue(e.getMessage().endsWith(" - is the delimiter a comma?"), e.getMessage());
  }
}
