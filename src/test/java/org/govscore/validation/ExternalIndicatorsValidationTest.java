package org.govscore.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.govscore.contract.DatasetKind;
import org.govscore.testing.TestSpark;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * external_indicators (DATA-CONTRACT.md v2): every rule with its reason, reconciliation, and the
 * three formats.
 */
class ExternalIndicatorsValidationTest {
  @TempDir static Path dir;
  private static InputValidation.Result csv;
  private static Map<String, String> reasons;

  private static final String HEADER =
      "period,unit_type,unit_code,indicator,indicator_name,value,numerator,denominator,source";

  static void reference(Path in) throws Exception {
    Files.createDirectories(in);
    Files.writeString(
        in.resolve("regions.csv"),
        String.join(
                "\n",
                "region_code,region_name,level,parent_code",
                "510000,四川省,PROVINCE,",
                "511600,广安市,CITY,510000")
            + "\n");
    Files.writeString(
        in.resolve("departments.csv"),
        String.join(
                "\n",
                "dept_code,dept_name,region_code",
                "D1,广安市公安局,511600",
                "D2,广安市民政局,511600",
                "D4,无效区划部门,519999")
            + "\n"); // rejected: UNKNOWN_REGION
  }

  @BeforeAll
  static void validate() throws Exception {
    Path in = dir.resolve("csv");
    reference(in);
    Files.writeString(
        in.resolve("external_indicators.csv"),
        String.join(
                "\n",
                HEADER,
                "2026-Q3,DEPARTMENT,D1,EGDI,电子政务发展指数,0.8,,,UN E-Government Survey 2022", // 1 ok
                "2026-Q3,REGION,511600,EGDI,电子政务发展指数,0.7,7,10,UN E-Government Survey 2022", // 2 ok
                "2026-Q3,DEPARTMENT,DX,EGDI,电子政务发展指数,0.5,,,UN", // 3 UNKNOWN_DEPARTMENT
                "2026-Q3,REGION,519999,EGDI,电子政务发展指数,0.5,,,UN", // 4 UNKNOWN_REGION
                "2026-Q3,DEPARTMENT,D4,EGDI,电子政务发展指数,0.5,,,UN", // 5 REFERENCE_REJECTED
                "2026-Q3,REGION,D1,EGDI,电子政务发展指数,0.5,,,UN", // 6 UNKNOWN_REGION: a department is not
                // a region
                "2026-Q5,DEPARTMENT,D1,EGDI,电子政务发展指数,0.5,,,UN", // 7 BAD_CODE period
                "2026-Q3,DEPARTMENT,D1,SIR,服务纳入率,0.5,,,UN", // 8 BAD_CODE: a built-in id
                "2026-Q3,DEPARTMENT,D1,egdi,电子政务发展指数,0.5,,,UN", // 9 BAD_CODE: lower case
                "2026-Q3,DEPARTMENT,D1,NAN_VALUE,x,NaN,,,UN", // 10 BAD_NUMBER
                "2026-Q3,DEPARTMENT,D1,TEXT_VALUE,x,abc,,,UN", // 11 BAD_NUMBER
                "2026-Q3,DEPARTMENT,D1,HUGE_VALUE,x,1e999,,,UN", // 12 BAD_NUMBER (overflows to
                // infinity)
                "2026-Q3,DEPARTMENT,D1,INF_NUMERATOR,x,0.5,Infinity,1,UN", // 13 BAD_NUMBER
                // numerator
                "2026-Q3,DEPARTMENT,D2,EGDI,电子政务发展指数,0.6,,,UN", // 14, 15 CONFLICTING_DUPLICATE
                "2026-Q3,DEPARTMENT,D2,EGDI,电子政务发展指数,0.61,,,UN",
                "2026-Q3,DEPARTMENT,D2,SURVEY,满意度调查,-0.25,-1,4,问卷调查 2026-Q3", // 16, 17 exact
                // duplicates: one
                // kept
                "2026-Q3,DEPARTMENT,D2,SURVEY,满意度调查,-0.25,-1,4,问卷调查 2026-Q3",
                "2026-Q3,DEPARTMENT,D1,SURVEY,满意度调查,0.9,,,", // 18 MISSING_VALUE source
                "2026,DEPARTMENT,D1,EGDI,电子政务发展指数,0.75,,,UN", // 19 ok: another period, no conflict
                // with row 1
                "2026-Q3,DEPT,D1,OTHER,x,0.5,,,UN", // 20 BAD_ENUM unit_type
                "2026-Q3,DEPARTMENT,D1,A_2345678901234567890123456789012,x,0.5,,,UN", // 21
                // BAD_CODE:
                // 33
                // characters
                "2026-Q3,DEPARTMENT,D1,A234567890123456789012345678901,x,1E-3,,,UN")
            + "\n"); // 22 ok: 32 characters
    csv = InputValidation.run(TestSpark.spark(), in.toString(), s -> {});
    reasons = new HashMap<>();
    for (Row r : csv.rejects().collectAsList()) {
      reasons.put(r.getString(0) + "|" + r.getString(2), r.getString(3));
    }
  }

  /** Each reject's reason by its row reference (file#row). */
  private static Map<String, String> reasonsByRowRef(InputValidation.Result result) {
    Map<String, String> byRef = new HashMap<>();
    for (Row r : result.rejects().collectAsList()) {
      byRef.put(r.getString(2), r.getString(3));
    }
    return byRef;
  }

  private static String reason(int row) {
    return reasons.get("external_indicators|external_indicators.csv#" + row);
  }

  @Test
  void everyRuleHasItsReason() {
    assertEquals("UNKNOWN_DEPARTMENT", reason(3));
    assertEquals("UNKNOWN_REGION", reason(4));
    assertEquals("REFERENCE_REJECTED", reason(5));
    assertEquals("UNKNOWN_REGION", reason(6));
    assertEquals("BAD_CODE", reason(7));
    assertEquals("BAD_CODE", reason(8));
    assertEquals("BAD_CODE", reason(9));
    assertEquals("BAD_NUMBER", reason(10));
    assertEquals("BAD_NUMBER", reason(11));
    assertEquals("BAD_NUMBER", reason(12));
    assertEquals("BAD_NUMBER", reason(13));
    assertEquals("CONFLICTING_DUPLICATE", reason(14));
    assertEquals("CONFLICTING_DUPLICATE", reason(15));
    assertEquals("MISSING_VALUE", reason(18));
    assertEquals("BAD_ENUM", reason(20));
    assertEquals("BAD_CODE", reason(21));
    for (int ok : new int[] {1, 2, 16, 17, 19, 22}) {
      assertNull(reason(ok), "row " + ok);
    }
  }

  @Test
  void reconciles() {
    DataQuality q = csv.quality().get(DatasetKind.EXTERNAL_INDICATORS);
    assertEquals(22, q.rowsRead());
    assertEquals(5, q.rowsAccepted());
    assertEquals(16, q.rowsRejected());
    assertEquals(1, q.duplicatesRemoved());
  }

  @Test
  void acceptedRowsAreTyped() {
    Map<String, Row> byKey = new HashMap<>();
    for (Row r : csv.accepted(DatasetKind.EXTERNAL_INDICATORS).collectAsList()) {
      byKey.put(r.getString(0) + "|" + r.getString(2) + "|" + r.getString(3), r);
    }
    Row region = byKey.get("2026-Q3|511600|EGDI");
    assertEquals(0.7, region.getDouble(5));
    assertEquals(7.0, region.getDouble(6));
    assertEquals(10.0, region.getDouble(7));
    assertEquals(true, byKey.get("2026-Q3|D1|EGDI").isNullAt(6));
    assertEquals(-0.25, byKey.get("2026-Q3|D2|SURVEY").getDouble(5));
    assertEquals(0.001, byKey.get("2026-Q3|D1|A234567890123456789012345678901").getDouble(5));
  }

  /**
   * Java's {@code $} also matches before a final line break: without an end-of-input anchor, an id,
   * a period or a region code ending in one would pass its pattern (and the id "SIR\n" would be an
   * accepted external indicator, published with a line break in it).
   */
  @Test
  void aCodeEndingInALineBreakDoesNotHaveTheCodesShape() throws Exception {
    Path in = dir.resolve("line-break");
    reference(in);
    Files.writeString(
        in.resolve("regions.csv"),
        "region_code,region_name,level,parent_code\n"
            + "510000,四川省,PROVINCE,\n"
            + "511600,广安市,CITY,510000\n"
            + "\"511700\n\",达州市,CITY,510000\n");
    String row =
        "{\"period\":\"%s\",\"unit_type\":\"DEPARTMENT\",\"unit_code\":\"%s\",\"indicator\":\"%s\","
            + "\"indicator_name\":\"指数\",\"value\":0.5,\"source\":\"UN\"}";
    Files.writeString(
        in.resolve("external_indicators.jsonl"),
        String.join(
                "\n",
                String.format(row, "2026-Q3", "D1", "EGDI\\n"), // 1 BAD_CODE
                String.format(row, "2026-Q3\\n", "D1", "SURVEY"), // 2 BAD_CODE
                String.format(row, "2026-Q3", "D2", "SIR\\n"), // 3 BAD_CODE
                String.format(row, "2026-Q3", "D2", "EGDI")) // 4 ok
            + "\n");
    InputValidation.Result r = InputValidation.run(TestSpark.spark(), in.toString(), s -> {});
    Map<String, String> got = reasonsByRowRef(r);
    assertEquals("BAD_CODE", got.get("regions.csv#3"));
    assertEquals("BAD_CODE", got.get("external_indicators.jsonl#1"));
    assertEquals("BAD_CODE", got.get("external_indicators.jsonl#2"));
    assertEquals("BAD_CODE", got.get("external_indicators.jsonl#3"));
    assertNull(got.get("external_indicators.jsonl#4"));
    assertEquals(1, r.quality().get(DatasetKind.EXTERNAL_INDICATORS).rowsAccepted());
  }

  /**
   * Part files of one folder are read by column name, each under its own header: one lists
   * denominator before numerator, one has an extra column (ignored, as the contract says). Spark
   * alone reads every file under the first file's header, by position.
   */
  @Test
  void csvPartFilesAreReadByTheirOwnHeader() throws Exception {
    Path in = dir.resolve("parts");
    reference(in);
    Path folder = Files.createDirectories(in.resolve("external_indicators"));
    Files.writeString(
        folder.resolve("part-0.csv"),
        HEADER + "\n" + "2026-Q3,DEPARTMENT,D1,EGDI,指数,0.7,7,10,UN\n");
    Files.writeString(
        folder.resolve("part-1.csv"),
        "period,unit_type,unit_code,indicator,indicator_name,value,denominator,numerator,source\n"
            + "2026-Q3,DEPARTMENT,D2,EGDI,指数,0.3,10,3,UN\n"
            + "2026-Q3,DEPARTMENT,D2,SURVEY,满意度,x,4,1,UN\n"); // BAD_NUMBER, row 2 of part-1
    Files.writeString(
        folder.resolve("part-2.csv"),
        HEADER + ",note\n" + "2026-Q3,REGION,511600,EGDI,指数,0.5,1,2,UN,checked by hand\n");
    // compressed: its header is read as Spark reads the file, decompressed
    try (Writer w =
        new OutputStreamWriter(
            new GZIPOutputStream(Files.newOutputStream(folder.resolve("part-3.csv.gz"))),
            StandardCharsets.UTF_8)) {
      w.write(
          "source,value,numerator,denominator,period,unit_type,unit_code,indicator,indicator_name\n"
              + "UN,0.25,1,4,2026-Q3,REGION,510000,EGDI,指数\n");
    }
    InputValidation.Result r = InputValidation.run(TestSpark.spark(), in.toString(), s -> {});
    Map<String, String> fractions = new HashMap<>();
    for (Row x : r.accepted(DatasetKind.EXTERNAL_INDICATORS).collectAsList()) {
      fractions.put(x.getString(2), x.getDouble(6) + "/" + x.getDouble(7));
    }
    assertEquals(
        Map.of("D1", "7.0/10.0", "D2", "3.0/10.0", "511600", "1.0/2.0", "510000", "1.0/4.0"),
        fractions);
    Map<String, String> rejected = reasonsByRowRef(r);
    rejected.keySet().removeIf(ref -> !ref.startsWith("external_indicators/"));
    assertEquals(Map.of("external_indicators/part-1.csv#2", "BAD_NUMBER"), rejected);
    DataQuality q = r.quality().get(DatasetKind.EXTERNAL_INDICATORS);
    assertEquals(5, q.rowsRead());
    assertEquals(4, q.rowsAccepted());
  }

  @Test
  void jsonLinesAndParquetReadTheSameRules() throws Exception {
    Path json = dir.resolve("json");
    reference(json);
    Files.writeString(
        json.resolve("external_indicators.jsonl"),
        String.join(
                "\n",
                "{\"period\":\"2026-Q3\",\"unit_type\":\"DEPARTMENT\",\"unit_code\":\"D1\",\"indicator\":\"EGDI\","
                    + "\"indicator_name\":\"指数\",\"value\":0.8,\"numerator\":8,\"source\":\"UN\"}",
                "{\"period\":\"2026-Q3\",\"unit_type\":\"DEPARTMENT\",\"unit_code\":\"D2\",\"indicator\":\"EGDI\","
                    + "\"indicator_name\":\"指数\",\"value\":\"0.5x\",\"source\":\"UN\"}")
            + "\n");
    InputValidation.Result j = InputValidation.run(TestSpark.spark(), json.toString(), s -> {});
    List<Row> accepted = j.accepted(DatasetKind.EXTERNAL_INDICATORS).collectAsList();
    assertEquals(1, accepted.size());
    assertEquals(0.8, accepted.get(0).getDouble(5));
    assertEquals(8.0, accepted.get(0).getDouble(6));
    assertEquals(
        "BAD_NUMBER", j.rejects().filter("dataset = 'external_indicators'").first().getString(3));

    Path parquet = dir.resolve("parquet");
    reference(parquet);
    StructType schema =
        new StructType()
            .add("period", DataTypes.StringType)
            .add("unit_type", DataTypes.StringType)
            .add("unit_code", DataTypes.StringType)
            .add("indicator", DataTypes.StringType)
            .add("indicator_name", DataTypes.StringType)
            .add("value", DataTypes.DoubleType)
            .add("numerator", DataTypes.DoubleType)
            .add("denominator", DataTypes.DoubleType)
            .add("source", DataTypes.StringType);
    TestSpark.spark()
        .createDataFrame(
            List.of(
                RowFactory.create(
                    "2026-Q3", "REGION", "511600", "EGDI", "指数", 0.7, null, null, "UN"),
                RowFactory.create(
                    "2026-Q3", "REGION", "510000", "EGDI", "指数", Double.NaN, null, null, "UN"),
                RowFactory.create(
                    "2026-Q3",
                    "REGION",
                    "510000",
                    "OTHER",
                    "指数",
                    1.0,
                    Double.NEGATIVE_INFINITY,
                    null,
                    "UN")),
            schema)
        .coalesce(1)
        .write()
        .mode(SaveMode.Overwrite)
        .parquet(parquet.resolve("external_indicators").toString());
    InputValidation.Result p = InputValidation.run(TestSpark.spark(), parquet.toString(), s -> {});
    DataQuality q = p.quality().get(DatasetKind.EXTERNAL_INDICATORS);
    assertEquals(List.of(3L, 1L, 2L), List.of(q.rowsRead(), q.rowsAccepted(), q.rowsRejected()));
    assertEquals(Map.of("BAD_NUMBER", 2L), q.rejectedByReason());
  }
}
