package org.govscore.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.govscore.testing.Console2;
import org.govscore.testing.Fixtures;
import org.govscore.testing.TempDirs;
import org.govscore.testing.TestSpark;

/**
 * One results store and one site per test JVM: the q3 fixture evaluated as 2026-Q2 and 2026-Q3,
 * with hostile departments planted: a script tag for a name with a code that tries to leave the
 * output folder, and a name that is a spreadsheet formula.
 */
final class SiteFixture {
  static final String HOSTILE_NAME = "<script>alert(1)</script>";
  static final String HOSTILE_CODE = "../../x";
  static final String FORMULA_NAME = "=HYPERLINK(\"http://evil.example\",\"click\")";

  /** Every subject or applicant identifier of the fixture's logs: none may reach the site. */
  static final List<String> PERSONAL_IDS =
      List.of(
          "11010519491231002X",
          "511602199003071232",
          "91350100M000100Y43",
          "110105194912310021",
          "91350100M000100I43");

  private static Path results;
  private static Path site;
  private static List<Path> written;
  static double publishSeconds;

  private SiteFixture() {}

  static synchronized Path results() throws IOException {
    if (results == null) {
      Path root = TempDirs.create("govscore-site-test");
      Path inputs = Fixtures.copy("q3", Files.createDirectories(root.resolve("inputs")));
      Files.writeString(
          inputs.resolve("departments.csv"),
          HOSTILE_CODE
              + ","
              + HOSTILE_NAME
              + ",511602\n"
              + "FX1,\""
              + FORMULA_NAME.replace("\"", "\"\"")
              + "\",511600\n",
          StandardCharsets.UTF_8,
          StandardOpenOption.APPEND);
      Path store = root.resolve("results");
      // Fewer draws than the default: the site only shows the intervals, it does not test them.
      Map<String, String> params = Map.of("uncertainty.draws", "40");
      Fixtures.evaluate(inputs, store, "2026-Q2", params);
      Fixtures.evaluate(inputs, store, "2026-Q3", params);
      results = store;
    }
    return results;
  }

  /** The site built once from {@link #results()}. */
  static synchronized Path site() throws IOException {
    if (site == null) {
      Path store = results();
      Path out = TempDirs.create("govscore-site-out");
      long t = System.nanoTime();
      written = SiteBuilder.build(TestSpark.spark(), store.toString(), out, new Console2().console);
      publishSeconds = (System.nanoTime() - t) / 1e9;
      System.out.printf(
          "publish of the fixture store: %.1f s, %d files%n", publishSeconds, written.size());
      site = out;
    }
    return site;
  }

  static synchronized List<Path> written() throws IOException {
    site();
    return written;
  }

  static List<Path> allFiles() throws IOException {
    try (Stream<Path> s = Files.walk(site())) {
      return s.filter(Files::isRegularFile).sorted().toList();
    }
  }
}
