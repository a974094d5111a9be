package org.govscore.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.govscore.cli.ExitCodes;
import org.govscore.cli.GovscoreCli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The generate command line: flag validation and one small run. */
class GenerateCommandTest {
  @TempDir Path tmp;

  record Result(int code, String out, String err) {}

  static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = GovscoreCli.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Result(code, out.toString(), err.toString());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "--departments|0|0",
        "--departments|-4|-4",
        "--cases|0|0",
        "--exchanges|-1|-1",
        "--format|xml|xml",
        "--periods|2026-Q5|2026-Q5",
        "--periods|2026,2026-Q3|overlap",
        "--bad-row-share|0.5|0.5",
        "--departments|many|many",
        "--ratings|-1|-1"
      })
  void badFlagValuesAreUsageErrorsNamingTheValue(String flag, String value, String named) {
    Result r = run("generate", "--out", tmp.resolve("o").toString(), flag, value);
    assertEquals(ExitCodes.USAGE, r.code(), r.err());
    assertTrue(r.err().contains(named), r.err());
    assertTrue(r.err().lines().count() <= 2, "one-line message: " + r.err());
  }

  @Test
  void negativeRatingsIsAUsageErrorWithAnExactMessage() {
    Result r = run("generate", "--out", tmp.resolve("o").toString(), "--ratings", "-3");
    assertEquals(ExitCodes.USAGE, r.code(), r.err());
    assertTrue(
        r.err().startsWith("govscore generate: --ratings must be 0 or a positive number, got -3"),
        r.err());
  }

  @Test
  void helpListsTheFlags() {
    Result r = run("generate", "--help");
    assertEquals(ExitCodes.OK, r.code());
    for (String flag :
        new String[] {
          "--out",
          "--departments",
          "--cases",
          "--exchanges",
          "--ratings",
          "--seed",
          "--periods",
          "--format",
          "--bad-row-share",
          "--conf"
        }) {
      assertTrue(r.out().contains(flag), flag);
    }
    assertTrue(r.err().isBlank(), r.err());
  }

  @Test
  void outIsRequiredAndMustNotBeAFile() throws Exception {
    assertEquals(ExitCodes.USAGE, run("generate").code());
    Path file = Files.writeString(tmp.resolve("file.txt"), "x");
    Result r = run("generate", "--out", file.toString());
    assertEquals(ExitCodes.USAGE, r.code());
    assertTrue(r.err().contains(file.toString()), r.err());
  }

  @Test
  void smallRunWritesEveryDatasetAndOneSummaryLine() {
    Path out = tmp.resolve("data");
    Result r =
        run(
            "generate",
            "--out",
            out.toString(),
            "--departments",
            "6",
            "--cases",
            "40",
            "--exchanges",
            "300",
            "--format",
            "jsonl",
            "--seed",
            "7",
            "--periods",
            "2026-07,2026-08",
            "--quiet",
            "--conf",
            "spark.master=local[2]");
    assertEquals(ExitCodes.OK, r.code(), r.err());
    assertEquals(1, r.out().lines().count(), r.out());
    assertTrue(r.out().contains("departments 6") && r.out().contains("exchanges 300"), r.out());
    assertTrue(r.out().contains("ratings 32"), "0.8 ratings per case by default: " + r.out());
    assertTrue(r.err().isBlank(), "--quiet: " + r.err());
    for (String dataset :
        new String[] {
          "regions",
          "departments",
          "service_items",
          "resources",
          "exchanges",
          "case_events",
          "ratings"
        }) {
      assertTrue(Files.isDirectory(out.resolve(dataset)), dataset);
    }
  }
}
