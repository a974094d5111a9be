package org.govscore.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.govscore.cli.GovscoreCli;
import org.junit.jupiter.api.Test;

/** Usage errors of the report command come before any Spark work, with exit code 2. */
class ReportCommandTest {
  private static int run(StringWriter err, String... args) {
    return GovscoreCli.run(
        args, new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
  }

  @Test
  void unsupportedLanguageIsAUsageError() {
    StringWriter err = new StringWriter();
    assertEquals(
        2,
        run(
            err,
            "report",
            "--results",
            "/nonexistent",
            "--period",
            "2026-Q3",
            "--out",
            "/tmp/x",
            "--lang",
            "fr"));
    assertTrue(err.toString().contains("Unsupported language 'fr'"), err.toString());
  }

  @Test
  void missingFlagsAreNamed() {
    StringWriter err = new StringWriter();
    assertEquals(2, run(err, "report", "--period", "2026-Q3", "--out", "/tmp/x"));
    assertTrue(err.toString().contains("--results"), err.toString());
    err = new StringWriter();
    assertEquals(
        2, run(err, "report", "--results", "/r", "--period", "2026-Q5", "--out", "/tmp/x"));
    assertTrue(err.toString().contains("Invalid period"), err.toString());
  }
}
