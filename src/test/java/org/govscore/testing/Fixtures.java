package org.govscore.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.govscore.config.Parameters;
import org.govscore.config.Period;
import org.govscore.pipeline.EvaluationJob;

/** Runs evaluate on a fixture folder in-process and reads the results back. */
public final class Fixtures {
  private Fixtures() {}

  public static Path fixture(String name) {
    return Path.of("src/test/resources/fixtures", name).toAbsolutePath();
  }

  /** Copies a fixture to a temporary folder so a test may change it. */
  public static Path copy(String name, Path into) throws IOException {
    Path src = fixture(name);
    try (var files = Files.list(src)) {
      for (Path f : files.toList()) {
        Files.copy(f, into.resolve(f.getFileName()));
      }
    }
    return into;
  }

  public static EvaluationJob.Outcome evaluate(
      Path inputs, Path results, String period, Map<String, String> params) throws IOException {
    Console2 c = new Console2();
    return EvaluationJob.run(
        TestSpark.spark(),
        new EvaluationJob.Request(
            inputs.toString(),
            results.toString(),
            Period.parse(period),
            Parameters.of(params),
            null),
        c.console);
  }

  /**
   * Rows of a results table for a period, keyed by the first {@code keyColumns} columns joined by
   * '|'.
   */
  public static Map<String, Row> table(Path results, String table, String period, int keyColumns) {
    List<Row> rows =
        TestSpark.spark()
            .read()
            .parquet(results.resolve(table).resolve("period=" + period).toString())
            .collectAsList();
    Map<String, Row> out = new HashMap<>();
    for (Row r : rows) {
      StringBuilder key = new StringBuilder();
      for (int i = 0; i < keyColumns; i++) {
        key.append(i > 0 ? "|" : "").append(r.get(i));
      }
      out.put(key.toString(), r);
    }
    return out;
  }
}
