package org.govscore.validation;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.govscore.contract.RejectReason;
import org.govscore.testing.TestSpark;
import org.junit.jupiter.api.Test;

class CodeReasonsTest {
  private static final Map<String, Boolean> DEPARTMENTS = Map.of("D1", true, "D2", false);

  /** The reason per value of {@code values}, as Spark computes it. */
  private static List<String> inSpark(Column reason, String... values) {
    Dataset<Row> rows =
        TestSpark.spark().createDataset(Arrays.asList(values), Encoders.STRING()).toDF("v");
    List<String> out = new ArrayList<>();
    rows.select(reason).collectAsList().forEach(r -> out.add(r.getString(0)));
    return out;
  }

  @Test
  void aReferenceIsAcceptedRejectedOrUnknown() {
    assertNull(CodeReasons.ofReference(DEPARTMENTS, RejectReason.UNKNOWN_DEPARTMENT, "D1"));
    assertEquals(
        RejectReason.REFERENCE_REJECTED,
        CodeReasons.ofReference(DEPARTMENTS, RejectReason.UNKNOWN_DEPARTMENT, "D2"));
    assertEquals(
        RejectReason.UNKNOWN_DEPARTMENT,
        CodeReasons.ofReference(DEPARTMENTS, RejectReason.UNKNOWN_DEPARTMENT, "D3"));
  }

  @Test
  void sparkDecidesReferencesByTheSameRuleAndLeavesNullAlone() {
    Column reason = CodeReasons.reference(DEPARTMENTS, RejectReason.UNKNOWN_DEPARTMENT, col("v"));
    assertEquals(
        Arrays.asList(null, "REFERENCE_REJECTED", "UNKNOWN_DEPARTMENT", null),
        inSpark(reason, "D1", "D2", "D3", null));
  }

  @Test
  void listedCodesHaveTheirReasonAndOthersNone() {
    Column reason = CodeReasons.listed(Map.of("R9", RejectReason.BAD_PARENT_LEVEL), col("v"));
    assertEquals(Arrays.asList("BAD_PARENT_LEVEL", null, null), inSpark(reason, "R9", "R1", null));
  }
}
