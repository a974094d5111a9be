package org.govscore.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.govscore.config.Period;
import org.govscore.testing.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * An independent check of the engine: on a generated data set, the headline indicators that
 * `evaluate` writes agree per department with MiniEvaluator, a plain re-implementation on collected
 * rows written for the generator's tests.
 */
class EngineAgreesWithMiniEvaluatorTest {
  @Test
  void headlineIndicatorsAgreePerDepartment() throws Exception {
    Path dir = Files.createTempDirectory("govscore-agree");
    Path results = Files.createTempDirectory("govscore-agree-results");
    GeneratorSettings settings =
        GeneratorSettings.defaults().withDepartments(20).withCases(800).withExchanges(5000);
    Generator.generate(
        SparkTestSession.create(), settings, dir.toString(), SparkTestSession.quietConsole());
    MiniEvaluator mini = MiniEvaluator.load(SparkTestSession.create(), dir.toString());
    Period q3 = Period.parse("2026-Q3");
    Fixtures.evaluate(dir, results, q3.label(), Map.of("uncertainty.draws", "10"));
    Map<String, Row> engine = Fixtures.table(results, "indicators", q3.label(), 3);
    Map<String, double[]> expected = mini.headline(q3);
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
}
