package org.govscore.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.govscore.config.Period;
import org.govscore.testing.Fixtures;
import org.govscore.testing.TempDirs;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An independent check of the engine: on a generated data set, the indicators that `evaluate`
 * writes agree per department with MiniEvaluator, a plain re-implementation on collected rows
 * written for the generator's tests. The data is generated and evaluated once for the class.
 */
class EngineAgreesWithMiniEvaluatorTest {
  private static final Period Q3 = Period.parse("2026-Q3");
  private static MiniEvaluator mini;
  private static Map<String, Row> engine;

  @BeforeAll
  static void generateAndEvaluate() throws Exception {
    Path dir = TempDirs.create("govscore-agree");
    Path results = TempDirs.create("govscore-agree-results");
    GeneratorSettings settings =
        GeneratorSettings.defaults().withDepartments(20).withCases(800).withExchanges(5000);
    Generator.generate(
        SparkTestSession.create(), settings, dir.toString(), SparkTestSession.quietConsole());
    mini = MiniEvaluator.load(SparkTestSession.create(), dir.toString());
    Fixtures.evaluate(dir, results, Q3.label(), Map.of("uncertainty.draws", "10"));
    engine = Fixtures.table(results, "indicators", Q3.label(), 3);
  }

  @Test
  void headlineIndicatorsAgreePerDepartment() {
    Map<String, double[]> expected = mini.headline(Q3);
    String[] ids = {"SIR", "RSR", "BCR", "SCR"};
    int compared = 0;
    for (Map.Entry<String, double[]> e : expected.entrySet()) {
      for (int k = 0; k < 4; k++) {
        Row r = engine.get("DEPARTMENT|" + e.getKey() + "|" + ids[k]);
        double want = e.getValue()[k];
        String where = e.getKey() + " " + ids[k];
        if (Double.isNaN(want)) {
          assertTrue(r.isNullAt(5), where + " should be N/A");
        } else {
          assertEquals(want, r.getDouble(5), 1e-9, where);
          compared++;
        }
      }
    }
    assertTrue(compared >= 60, "values compared: " + compared);
  }

  /** SAT, BRR and RCR: numerator, denominator and value (N/A exactly when nothing to count). */
  @Test
  void ratingsIndicatorsAgreePerDepartment() {
    assertTrue(mini.ratings.size() > 500, "ratings kept: " + mini.ratings.size());
    Map<String, long[]> expected = mini.ratingCounts(Q3, 15);
    String[] ids = {"SAT", "BRR", "RCR"};
    int compared = 0;
    long badRatings = 0;
    for (Map.Entry<String, long[]> e : expected.entrySet()) {
      long[] n = e.getValue();
      badRatings += n[3];
      for (int k = 0; k < 3; k++) {
        String where = e.getKey() + " " + ids[k];
        Row r = engine.get("DEPARTMENT|" + e.getKey() + "|" + ids[k]);
        assertTrue(r != null, where + " has a row");
        assertEquals(n[2 * k], r.getDouble(3), 0, where + " numerator");
        assertEquals(n[2 * k + 1], r.getDouble(4), 0, where + " denominator");
        if (n[2 * k + 1] == 0) {
          assertTrue(r.isNullAt(5), where + " should be N/A");
        } else {
          assertEquals(n[2 * k] / (double) n[2 * k + 1], r.getDouble(5), 1e-12, where);
          compared++;
        }
      }
    }
    assertTrue(compared >= 40, "values compared: " + compared);
    assertTrue(badRatings >= 20, "bad ratings in the period: " + badRatings);
  }

  /** The working-day count the mini evaluator uses, on dates a reader can check by hand. */
  @Test
  void workingDaysAreCountedAfterTheFirstDateUpToTheLast() {
    ZonedDateTime friday = ZonedDateTime.of(2026, 7, 3, 18, 0, 0, 0, MiniEvaluator.ZONE);
    assertEquals(0, MiniEvaluator.workingDays(friday.toInstant(), friday.plusHours(1).toInstant()));
    assertEquals(0, MiniEvaluator.workingDays(friday.toInstant(), friday.plusDays(2).toInstant()));
    assertEquals(1, MiniEvaluator.workingDays(friday.toInstant(), friday.plusDays(3).toInstant()));
    assertEquals(5, MiniEvaluator.workingDays(friday.toInstant(), friday.plusDays(7).toInstant()));
  }
}
