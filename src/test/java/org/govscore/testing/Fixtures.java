package org.govscore.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
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

  /** Stores evaluated once per test JVM, by fixture and periods in evaluation order. */
  private static final Map<String, Path> SHARED = new HashMap<>();

  /**
   * A store of {@code fixture} evaluated for {@code periods} in that order with the default
   * parameters, once per test JVM and shared by the test classes that need exactly that store. Read
   * it only: a test that changes a store works on {@link #copyOfSharedStore}.
   */
  public static synchronized Path sharedStore(String fixture, String... periods)
      throws IOException {
    String key = fixture + "|" + String.join(",", periods);
    Path store = SHARED.get(key);
    if (store == null) {
      Path dir = TempDirs.create("govscore-shared-store-");
      store = dir.resolve("store");
      for (String period : periods) {
        evaluate(fixture(fixture), store, period, Map.of());
      }
      SHARED.put(key, store);
    }
    return store;
  }

  /** A copy of {@link #sharedStore} in {@code into}, for a test that changes it. */
  public static Path copyOfSharedStore(Path into, String fixture, String... periods)
      throws IOException {
    copyTree(sharedStore(fixture, periods), into);
    return into;
  }

  /** Copies a folder's whole tree into {@code to}. */
  public static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> all = Files.walk(from)) {
      for (Path p : all.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }

  /** Deletes a temporary folder's tree, as far as it can. */
  public static void deleteQuietly(Path root) {
    try (Stream<Path> all = Files.walk(root)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException ignored) {
      // a temporary folder; the OS cleans up eventually
    }
  }

  /**
   * The rows' values of {@code columns}, each row as its values joined by '|' (null as "null"),
   * sorted: rows told apart by their values, whatever their order.
   */
  public static List<String> sortedValues(Dataset<Row> rows, String... columns) {
    List<String> out = new ArrayList<>();
    for (Row r : rows.selectExpr(columns).collectAsList()) {
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < r.length(); i++) {
        b.append(i == 0 ? "" : "|").append(r.get(i));
      }
      out.add(b.toString());
    }
    out.sort(null);
    return out;
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
