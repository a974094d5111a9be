package org.govscore.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import org.govscore.testing.Fixtures;
import org.govscore.testing.TempDirs;

/**
 * A results store for the report tests, built once per JVM from the q3 fixture evaluated as 2026-Q2
 * and 2026-Q3, with hostile departments added: a name that is a script tag and codes that try to
 * leave the output folder or take a reserved file name.
 */
final class ReportFixture {
  static final String HOSTILE_NAME = "<script>alert(1)</script>";

  /** Every subject or applicant identifier of the fixture's logs: none may reach the report. */
  static final List<String> PERSONAL_IDS =
      List.of(
          "11010519491231002X",
          "511602199003071232",
          "91350100M000100Y43",
          "110105194912310021",
          "91350100M000100I43");

  private static Path results;

  private ReportFixture() {}

  static synchronized Path results() throws IOException {
    if (results == null) {
      Path root = TempDirs.create("govscore-report-test");
      Path inputs = Fixtures.copy("q3", Files.createDirectories(root.resolve("inputs")));
      Files.writeString(
          inputs.resolve("departments.csv"),
          "../../x," + HOSTILE_NAME + ",511602\n" + "CON,\"A&B \"\"局\"\", 'quoted'\",511600\n",
          StandardCharsets.UTF_8,
          StandardOpenOption.APPEND);
      Path store = root.resolve("results");
      // Fewer draws than the default: the report only shows the intervals, it does not test them.
      Map<String, String> params = Map.of("uncertainty.draws", "40");
      Fixtures.evaluate(inputs, store, "2026-Q2", params);
      Fixtures.evaluate(inputs, store, "2026-Q3", params);
      results = store;
    }
    return results;
  }
}
