package org.govscore.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.govscore.testing.Fixtures;
import org.govscore.testing.TestSpark;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user meets it: exit codes and one-line messages, no stack traces. */
class EvaluateCommandTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeAll
  static void session() {
    TestSpark.spark(); // commands reuse the test JVM's session and leave it running
  }

  private int run(String... args) {
    return GovscoreCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  @Test
  void rejectShareAboveTheLimitExitsWith3AndWritesNothing(@TempDir Path in, @TempDir Path results)
      throws Exception {
    Fixtures.copy("q3", in);
    Files.writeString(
        in.resolve("exchanges.csv"),
        "X1,not-a-time,D1,D2,R1,,EXTRANET,NONE,,SUCCESS,1,\nX2,2026-07-01T00:00:00Z,D1,D2,R1,,LAN,NONE,,SUCCESS,1,\n",
        StandardOpenOption.APPEND);
    int code =
        run(
            "evaluate",
            "--inputs",
            in.toString(),
            "--results",
            results.toString(),
            "--period",
            "2026-Q3",
            "--quiet");
    assertEquals(ExitCodes.DATA_REJECTED, code, err.toString());
    assertEquals(
        "govscore evaluate: exchanges: 2 of 13 rows rejected (15.38 %), above the limit of 5.00 %"
            + " (validation.max_reject_share); top reasons: BAD_ENUM 1, BAD_TIMESTAMP 1. Nothing was written.\n",
        err.toString());
    assertFalse(Files.exists(results.resolve("manifest")), "nothing written");
    assertFalse(err.toString().contains("\tat "), "no stack trace");

    StringWriter out2 = new StringWriter();
    int lenient =
        GovscoreCli.run(
            new String[] {
              "evaluate",
              "--inputs",
              in.toString(),
              "--results",
              results.toString(),
              "--period",
              "2026-Q3",
              "--quiet",
              "--set",
              "validation.max_reject_share=0.2"
            },
            new PrintWriter(out2, true),
            new PrintWriter(new StringWriter(), true));
    assertEquals(ExitCodes.OK, lenient);
    assertTrue(
        out2.toString()
            .startsWith("evaluate 2026-Q3: 49 rows read, 2 rejected; 7 units scored, 6 ranked;"),
        out2.toString());
  }

  @Test
  void usageErrorsExitWith2AndNameTheProblem() {
    assertEquals(ExitCodes.USAGE, run("evaluate", "--inputs", "x", "--results", "y"));
    assertEquals(
        "govscore evaluate: Missing --period (or 'period:' in a job file)\n", err.toString());
    err.getBuffer().setLength(0);
    assertEquals(
        ExitCodes.USAGE, run("evaluate", "--inputs", "x", "--results", "y", "--period", "2026-Q5"));
    assertEquals(
        "govscore evaluate: Invalid period '2026-Q5': expected YYYY, YYYY-Hn, YYYY-Qn or YYYY-MM\n",
        err.toString());
    err.getBuffer().setLength(0);
    assertEquals(
        ExitCodes.USAGE,
        run(
            "evaluate",
            "--inputs",
            "x",
            "--results",
            "y",
            "--period",
            "2026-Q3",
            "--set",
            "credit.no_demand=2"));
    assertEquals(
        "govscore evaluate: credit.no_demand must be between 0 and 1, got 2\n", err.toString());
    err.getBuffer().setLength(0);
    assertEquals(ExitCodes.USAGE, run("evaluate", "--bogus"));
    assertTrue(err.toString().startsWith("govscore: Unknown option: '--bogus'"), err.toString());
  }

  @Test
  void missingInputsFolderIsAOneLineFailure(@TempDir Path results) {
    assertEquals(
        ExitCodes.FAILURE,
        run(
            "evaluate",
            "--inputs",
            "/nonexistent/in",
            "--results",
            results.toString(),
            "--period",
            "2026-Q3",
            "--quiet"));
    assertEquals(
        "govscore evaluate: Inputs folder /nonexistent/in does not exist\n", err.toString());
  }

  @Test
  void validatePrintsTheReconciliation() {
    assertEquals(
        ExitCodes.OK, run("validate", "--inputs", Fixtures.fixture("q3").toString(), "--quiet"));
    String text = out.toString();
    assertTrue(
        text.contains("exchanges                11           10            0            1"), text);
    assertTrue(
        text.contains(
            "reconciliation: rows_read = accepted + rejected + duplicates holds for every dataset"));
  }

  @Test
  void jobFileSavesTyping(@TempDir Path dir) throws Exception {
    Path job = dir.resolve("job.yaml");
    Files.writeString(
        job,
        "# a job file\ninputs: "
            + Fixtures.fixture("q3")
            + "\nresults: "
            + dir.resolve("r")
            + "\nperiod: 2026-Q3\nuncertainty.draws: 10\n");
    assertEquals(ExitCodes.OK, run("evaluate", "--job", job.toString(), "--quiet"), err.toString());
    String manifest = Files.readString(dir.resolve("r/manifest/period=2026-Q3/manifest.json"));
    assertTrue(manifest.contains("\"uncertainty.draws\" : \"10\""), manifest);
  }
}
