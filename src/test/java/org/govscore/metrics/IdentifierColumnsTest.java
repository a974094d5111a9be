package org.govscore.metrics;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.to_date;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.govscore.contract.Identifiers;
import org.govscore.testing.TestSpark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Identifier vectors, checked by the Java reference and by the Spark expressions alike. */
class IdentifierColumnsTest {
  private static final LocalDate ON = LocalDate.of(2026, 8, 1);

  static Stream<Arguments> citizenIds() {
    return Stream.of(
        Arguments.of("11010519491231002X", true, "check character X (upper case)"),
        Arguments.of("511602199003071232", true, "ordinary"),
        Arguments.of("440304200002294568", true, "29 February of a leap year"),
        Arguments.of(
            "944010194912310015", true, "permanent residence of a foreigner: 9 then province 44"),
        Arguments.of("11010519491231002x", false, "lower-case x"),
        Arguments.of("110105491231002", false, "15-digit old ID"),
        Arguments.of(
            "110105194902310026", false, "impossible date 1949-02-31 with a right check character"),
        Arguments.of("440304190002294561", false, "1900 is no leap year"),
        Arguments.of("110105194912310021", false, "wrong check character"),
        Arguments.of("000105194912310024", false, "province 00"),
        Arguments.of("977010194912310013", false, "9 then 77 is no province"),
        Arguments.of("110105203001010028", false, "born after the exchange"),
        Arguments.of("110105189912310023", false, "born before 1900"),
        Arguments.of("11010519491231002X ", false, "trailing space: checked exactly as logged"),
        // A pattern's $ also matches before a final line break: the expressions govscore used
        // until 2026-12 took this ID as valid, the reference never did.
        Arguments.of("11010519491231002X\n", false, "trailing line break"),
        Arguments.of("1101051949123100AX", false, "letter among the first 17"));
  }

  static Stream<Arguments> creditCodes() {
    return Stream.of(
        Arguments.of("91350100M000100Y43", true, "ordinary"),
        Arguments.of("91510000MA6CB5K7XN", true, "ordinary"),
        Arguments.of("12100000400000624D", true, "public institution"),
        Arguments.of("91350100M000100Y44", false, "wrong check character"),
        Arguments.of("91350100M000100Y43\n", false, "trailing line break"),
        Arguments.of("91350100M000100I43", false, "forbidden letter I"),
        Arguments.of("91350100M000100O43", false, "forbidden letter O"),
        Arguments.of("91350100M000100Z43", false, "forbidden letter Z"),
        Arguments.of("91350100M000100S43", false, "forbidden letter S"),
        Arguments.of("91350100M000100V43", false, "forbidden letter V"),
        Arguments.of("91350100m000100Y43", false, "lower case"),
        Arguments.of(
            "91A50100M000100Y42", false, "letter in characters 3-8 (right check character)"),
        Arguments.of("91350100M000100Y4", false, "17 characters"));
  }

  @ParameterizedTest(name = "{2}: {0}")
  @MethodSource("citizenIds")
  void citizenIdReference(String id, boolean valid, String why) {
    assertEquals(valid, Identifiers.isValidCitizenId(id, ON), why);
  }

  @ParameterizedTest(name = "{2}: {0}")
  @MethodSource("creditCodes")
  void creditCodeReference(String code, boolean valid, String why) {
    assertEquals(valid, Identifiers.isValidUscc(code), why);
  }

  @Test
  void sparkExpressionsAgreeWithTheReference() {
    List<Row> rows = new ArrayList<>();
    citizenIds().forEach(a -> rows.add(RowFactory.create("P", a.get()[0], a.get()[1])));
    creditCodes().forEach(a -> rows.add(RowFactory.create("E", a.get()[0], a.get()[1])));
    StructType schema =
        new StructType()
            .add("kind", DataTypes.StringType)
            .add("id", DataTypes.StringType)
            .add("expected", DataTypes.BooleanType);
    Dataset<Row> df =
        TestSpark.spark()
            .createDataFrame(rows, schema)
            .withColumn(
                "valid",
                org.apache
                    .spark
                    .sql
                    .functions
                    .when(
                        col("kind").equalTo("P"),
                        IdentifierColumns.validCitizenId(
                            col("id"), to_date(org.apache.spark.sql.functions.lit(ON.toString()))))
                    .otherwise(IdentifierColumns.validUscc(col("id"))));
    for (Row r : df.collectAsList()) {
      assertEquals(r.getBoolean(2), r.getBoolean(3), r.getString(1));
    }
  }

  @Test
  void birthDateMayEqualTheExchangeDate() {
    String first17 = "11010520260801001";
    String id = first17 + Identifiers.citizenCheckChar(first17);
    assertEquals(true, Identifiers.isValidCitizenId(id, ON));
    assertEquals(false, Identifiers.isValidCitizenId(id, ON.minusDays(1)));
  }

  @Test
  void checkCharacterPreconditionNamesTheProblem() {
    IllegalArgumentException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            IllegalArgumentException.class, () -> Identifiers.citizenCheckChar("123"));
    assertEquals("Expected 17 digits, got 3 characters", e.getMessage());
  }
}
