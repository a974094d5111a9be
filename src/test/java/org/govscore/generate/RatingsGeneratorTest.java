package org.govscore.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.govscore.contract.DatasetKind;
import org.govscore.testing.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Generated ratings (好差评): evaluated by the engine they show the planted patterns (a department
 * rated badly, one that never rectifies, one whose cases are rarely rated), they carry bad rows
 * like the other logs, they are deterministic for a seed, and generating them changes no row of any
 * other dataset.
 */
class RatingsGeneratorTest {
  @TempDir static Path withRatings;
  @TempDir static Path withoutRatings;
  @TempDir static Path again;
  @TempDir static Path results;
  static SparkSession spark;
  static GenerationSummary summary;
  static GeneratorSettings settings;
  static Map<String, Row> indicators;

  @BeforeAll
  static void generate() throws Exception {
    spark = SparkTestSession.create();
    settings =
        GeneratorSettings.defaults()
            .withDepartments(30)
            .withCases(3000)
            .withExchanges(4000)
            .withFormat(OutputFormat.CSV);
    summary =
        Generator.generate(
            spark, settings, withRatings.toString(), SparkTestSession.quietConsole());
    Generator.generate(
        spark,
        settings.withRatings(0L),
        withoutRatings.toString(),
        SparkTestSession.quietConsole());
    Generator.generate(spark, settings, again.toString(), SparkTestSession.quietConsole());
    Fixtures.evaluate(withRatings, results, "2026-Q3", Map.of());
    indicators = Fixtures.table(results, "indicators", "2026-Q3", 3);
  }

  private static List<String> rows(Path dir, DatasetKind kind) {
    Dataset<Row> df =
        spark.read().option("header", "true").csv(dir.resolve(kind.datasetName()).toString());
    List<String> out = new ArrayList<>();
    for (Row r : df.collectAsList()) {
      out.add(r.toString());
    }
    out.sort(null);
    return out;
  }

  @Test
  void ratingsChangeNoOtherDataset() throws Exception {
    assertFalse(
        Files.exists(withoutRatings.resolve("ratings")), "--ratings 0 writes no ratings dataset");
    for (DatasetKind kind :
        List.of(
            DatasetKind.REGIONS,
            DatasetKind.DEPARTMENTS,
            DatasetKind.SERVICE_ITEMS,
            DatasetKind.RESOURCES,
            DatasetKind.EXCHANGES,
            DatasetKind.CASE_EVENTS)) {
      List<String> a = rows(withRatings, kind);
      assertFalse(a.isEmpty(), kind.datasetName());
      assertEquals(a, rows(withoutRatings, kind), kind.datasetName());
    }
  }

  @Test
  void ratingsAreDeterministicAndProportionalToCases() {
    assertEquals(2400L, summary.rows(DatasetKind.RATINGS)); // 0.8 per case
    List<String> ratings = rows(withRatings, DatasetKind.RATINGS);
    assertEquals(2400, ratings.size());
    assertEquals(ratings, rows(again, DatasetKind.RATINGS));
  }

  @Test
  void badRowsAreRejectedWithReasonsAndReconcile() {
    Row q = Fixtures.table(results, "data_quality", "2026-Q3", 1).get("ratings");
    assertEquals(2400L, q.getLong(1));
    assertTrue(q.getLong(3) > 0, "planted bad ratings are rejected: " + q);
    assertEquals(q.getLong(1), q.getLong(2) + q.getLong(3) + q.getLong(4));
    Set<String> reasons = new HashSet<>();
    for (Row r : Fixtures.table(results, "rejects", "2026-Q3", 3).values()) {
      if (r.getString(0).equals("ratings")) {
        reasons.add(r.getString(3));
        assertTrue(
            r.getString(4).contains("\"rater_id\":") == false
                || r.getString(4).contains("\"rater_id\":\"***\"")
                || r.getString(4).contains("\"rater_id\":null"),
            r.getString(4));
      }
    }
    assertEquals(
        Set.of("MISSING_VALUE", "BAD_ENUM", "UNKNOWN_DEPARTMENT", "OUT_OF_RANGE"), reasons);
  }

  private static double value(String dept, String id) {
    Row r = indicators.get("DEPARTMENT|" + dept + "|" + id);
    assertNotNull(r, dept + " " + id);
    assertFalse(r.isNullAt(5), dept + " " + id + " is N/A");
    return r.getDouble(5);
  }

  /**
   * Departments with at least {@code min} in the indicator's denominator, other than {@code
   * except}.
   */
  private static Map<String, Double> others(String id, double min, String except) {
    Map<String, Double> out = new HashMap<>();
    indicators.forEach(
        (k, r) -> {
          if (k.startsWith("DEPARTMENT|")
              && k.endsWith("|" + id)
              && !r.isNullAt(4)
              && r.getDouble(4) >= min
              && !k.equals("DEPARTMENT|" + except + "|" + id)) {
            out.put(k, r.getDouble(5));
          }
        });
    return out;
  }

  @Test
  void theBadlyRatedDepartmentHasTheLowestSatisfaction() {
    String dept = summary.plantedRatings().badlyRated();
    assertNotNull(dept);
    double sat = value(dept, "SAT");
    assertTrue(sat < 0.5, dept + " SAT " + sat);
    Map<String, Double> others = others("SAT", 10, dept);
    assertFalse(others.isEmpty());
    others.forEach((k, v) -> assertTrue(v > sat, k + " SAT " + v + " vs planted " + sat));
  }

  @Test
  void theDepartmentThatNeverRectifiesHasBrrZeroAndAFinding() {
    String dept = summary.plantedRatings().neverRectifies();
    assertNotNull(dept);
    Row brr = indicators.get("DEPARTMENT|" + dept + "|BRR");
    assertTrue(brr.getDouble(4) > 0, "it has bad ratings");
    assertEquals(0.0, brr.getDouble(3));
    Row finding =
        Fixtures.table(results, "findings", "2026-Q3", 4)
            .get("DEPARTMENT|" + dept + "|UNRECTIFIED_BAD_RATING|" + dept);
    assertNotNull(finding);
    assertEquals(brr.getDouble(4), finding.getDouble(4));
    others("BRR", 10, dept).forEach((k, v) -> assertTrue(v > 0.4, k + " BRR " + v));
  }

  @Test
  void theRarelyRatedDepartmentHasTheLowestCoverage() {
    String dept = summary.plantedRatings().rarelyRated();
    assertNotNull(dept);
    double rcr = value(dept, "RCR");
    Map<String, Double> others = others("RCR", 20, dept);
    assertFalse(others.isEmpty());
    others.forEach((k, v) -> assertTrue(v > rcr, k + " RCR " + v + " vs planted " + rcr));
    assertTrue(rcr < 0.25, dept + " RCR " + rcr);
  }

  @Test
  void plantedDepartmentsAreThreeDistinctOnes() {
    PlantedRatings p = summary.plantedRatings();
    assertEquals(3, Set.of(p.badlyRated(), p.neverRectifies(), p.rarelyRated()).size());
    assertFalse(summary.planted().islands().contains(p.badlyRated()));
    assertFalse(summary.planted().falling().contains(p.rarelyRated()));
  }
}
