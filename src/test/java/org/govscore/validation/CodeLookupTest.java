package org.govscore.validation;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.expressions.Literal;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.unsafe.types.UTF8String;
import org.govscore.testing.TestSpark;
import org.junit.jupiter.api.Test;

class CodeLookupTest {
  private static String reasonOf(CodeLookup.Table table, String code) {
    UTF8String r = table.reasonOf(UTF8String.fromString(code));
    return r == null ? null : r.toString();
  }

  @Test
  void everyListedCodeHasItsReasonAndAnyOtherValueTheDefault() {
    Map<String, String> reasons = new HashMap<>();
    for (int i = 0; i < 10_000; i++) {
      reasons.put("D" + i, i % 3 == 0 ? null : "R" + (i % 3));
    }
    reasons.put("成都市", "CHINESE");
    CodeLookup.Table table = new CodeLookup.Table(reasons, "UNKNOWN");
    for (int i = 0; i < 10_000; i++) {
      assertEquals(i % 3 == 0 ? null : "R" + (i % 3), reasonOf(table, "D" + i), "D" + i);
    }
    assertEquals("CHINESE", reasonOf(table, "成都市"));
    assertEquals("UNKNOWN", reasonOf(table, "D10000"));
    assertEquals("UNKNOWN", reasonOf(table, "d1"));
    assertEquals("UNKNOWN", reasonOf(table, ""));
    assertEquals("UNKNOWN", reasonOf(table, "成都"));
  }

  @Test
  void codesWithTheSameHashAreToldApartByTheirBytes() {
    // Two codes whose UTF-8 hashes collide, found by search: the table must compare bytes.
    Map<Integer, String> seen = new HashMap<>();
    String first = null;
    String second = null;
    for (int i = 0; second == null; i++) {
      String code = "C" + i;
      String earlier = seen.putIfAbsent(UTF8String.fromString(code).hashCode(), code);
      if (earlier != null) {
        first = earlier;
        second = code;
      }
    }
    assertEquals(UTF8String.fromString(first).hashCode(), UTF8String.fromString(second).hashCode());
    CodeLookup.Table one = new CodeLookup.Table(Map.of(first, "R1"), "UNKNOWN");
    assertEquals("R1", reasonOf(one, first));
    assertEquals("UNKNOWN", reasonOf(one, second));
    CodeLookup.Table both = new CodeLookup.Table(Map.of(first, "R1", second, "R2"), "UNKNOWN");
    assertEquals("R1", reasonOf(both, first));
    assertEquals("R2", reasonOf(both, second));
  }

  @Test
  void aValueInTheMiddleOfALargerBufferIsReadInPlace() {
    // Parquet and the row format hand over strings that point into a larger buffer.
    byte[] buffer = "xxD12yy".getBytes(StandardCharsets.UTF_8);
    UTF8String d12 = UTF8String.fromBytes(buffer, 2, 3);
    UTF8String d1 = UTF8String.fromBytes(buffer, 2, 2);
    CodeLookup.Table table = new CodeLookup.Table(Map.of("D12", "R12", "D1", "R1"), "UNKNOWN");
    assertEquals(UTF8String.fromString("R12"), table.reasonOf(d12));
    assertEquals(UTF8String.fromString("R1"), table.reasonOf(d1));
    assertEquals(
        UTF8String.fromString("UNKNOWN"), table.reasonOf(UTF8String.fromBytes(buffer, 1, 3)));
  }

  @Test
  void anEmptyTableGivesTheDefaultOrNothing() {
    assertEquals("UNKNOWN", reasonOf(new CodeLookup.Table(Map.of(), "UNKNOWN"), "D1"));
    assertNull(reasonOf(new CodeLookup.Table(Map.of(), null), "D1"));
  }

  @Test
  void aNullCodeIsRefusedByName() {
    Map<String, String> reasons = new HashMap<>();
    reasons.put(null, "R");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new CodeLookup.Table(reasons, null));
    assertEquals("A code table has no null code", e.getMessage());
  }

  @Test
  void interpretedAndGeneratedCodeAgree() {
    CodeLookup.Table table = new CodeLookup.Table(Map.of("D1", "R1"), "UNKNOWN");
    assertEquals(
        UTF8String.fromString("R1"),
        new CodeLookup(Literal.create("D1", DataTypes.StringType), table).eval(null));
    assertEquals(
        UTF8String.fromString("UNKNOWN"),
        new CodeLookup(Literal.create("D2", DataTypes.StringType), table).eval(null));
    assertNull(new CodeLookup(Literal.create(null, DataTypes.StringType), table).eval(null));

    // From a range, not a local list, so that the projection runs in generated code.
    Dataset<Row> rows =
        TestSpark.spark()
            .range(3)
            .select(
                when(col("id").equalTo(0), lit("D1"))
                    .when(col("id").equalTo(1), lit("D2"))
                    .as("v"));
    Dataset<Row> looked = rows.select(new Column(new CodeLookup(col("v").expr(), table)));
    String plan = looked.queryExecution().executedPlan().toString();
    assertTrue(plan.contains("*(1) Project [code_lookup("), plan);
    List<String> out = new ArrayList<>();
    looked.collectAsList().forEach(r -> out.add(r.getString(0)));
    assertEquals(Arrays.asList("R1", "UNKNOWN", null), out);
  }

  @Test
  void aPlanNamesTheTableBySizeNotByItsCodes() {
    CodeLookup.Table table = new CodeLookup.Table(Map.of("SECRET-CODE-1", "R1"), null);
    Dataset<Row> rows =
        TestSpark.spark().createDataset(Arrays.asList("x"), Encoders.STRING()).toDF("v");
    String plan =
        rows.select(new Column(new CodeLookup(col("v").expr(), table))).queryExecution().toString();
    assertTrue(plan.contains("codes[1]"), plan);
    assertFalse(plan.contains("SECRET-CODE-1"), plan);
  }
}
