package org.govscore.xes;

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

/** The import-xes command line: exit codes and one-line errors. */
class ImportXesCommandTest {
  @TempDir Path tmp;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return GovscoreCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  @Test
  void importsAndPrintsTheSummary() {
    Path log = TestFiles.resource("missing-values.xes");
    int code =
        run(
            "import-xes",
            log.toString(),
            "--out",
            tmp.resolve("o").toString(),
            "--region-code",
            "510104",
            "--region-name",
            "锦江区");
    assertEquals(ExitCodes.OK, code, err.toString());
    assertTrue(out.toString().contains("  traces:                2\n"), out.toString());
    assertTrue(out.toString().contains("region 510104 锦江区 in regions.csv"), out.toString());
    assertTrue(err.toString().contains("s] import-xes: reading "), err.toString());
    assertTrue(Files.exists(tmp.resolve("o/case_events.csv")));
  }

  @Test
  void quietHidesProgressButNotTheSummary() {
    int code =
        run(
            "import-xes",
            TestFiles.resource("timezones.xes").toString(),
            "--out",
            tmp.resolve("q").toString(),
            "--quiet");
    assertEquals(ExitCodes.OK, code);
    assertEquals("", err.toString());
    assertTrue(out.toString().startsWith("Imported "));
  }

  @Test
  void malformedXmlIsOneLineWithoutStackTrace() {
    Path log = TestFiles.resource("malformed.xes");
    int code = run("import-xes", log.toString(), "--out", tmp.resolve("m").toString());
    assertEquals(ExitCodes.FAILURE, code);
    assertEquals(
        "govscore import-xes: "
            + log
            + ": malformed XML at line 7, column 7: The element "
            + "type \"event\" must be terminated by the matching end-tag \"</event>\".\n",
        err.toString().replaceAll("(?m)^\\[govscore[^\\]]*\\].*\n", ""));
  }

  @Test
  void aBadMappingNamesFileAndLine() throws Exception {
    Path mapping =
        Files.writeString(
            tmp.resolve("bad.ini"), "[channel]\nattribute = channel\nWeb = INTERNET\n");
    int code =
        run(
            "import-xes",
            TestFiles.resource("timezones.xes").toString(),
            "--out",
            tmp.resolve("b").toString(),
            "--mapping",
            mapping.toString(),
            "--quiet");
    assertEquals(ExitCodes.FAILURE, code);
    assertEquals(
        "govscore import-xes: "
            + mapping
            + " line 3: 'INTERNET' is not a channel of the "
            + "contract (ONLINE, MOBILE, WINDOW, SELF_SERVICE, POST) nor empty\n",
        err.toString());
  }

  @Test
  void aBadRegionCodeIsAUsageError() {
    int code =
        run(
            "import-xes",
            TestFiles.resource("timezones.xes").toString(),
            "--out",
            tmp.resolve("r").toString(),
            "--region-code",
            "5101");
    assertEquals(ExitCodes.USAGE, code);
    assertEquals(
        "govscore import-xes: --region-code: region code '5101' must be 6 digits "
            + "(GB/T 2260 style), e.g. 990000\n",
        err.toString());
    assertTrue(Files.notExists(tmp.resolve("r")));
  }

  @Test
  void outIsRequired() {
    int code = run("import-xes", TestFiles.resource("timezones.xes").toString());
    assertEquals(ExitCodes.USAGE, code);
    assertTrue(
        err.toString().startsWith("govscore: Missing required option: '--out=DIR'"),
        err.toString());
  }

  @Test
  void aMissingLogIsOneLine() {
    Path missing = tmp.resolve("nope.xes.gz");
    int code =
        run("import-xes", missing.toString(), "--out", tmp.resolve("x").toString(), "--quiet");
    assertEquals(ExitCodes.FAILURE, code);
    assertEquals("govscore import-xes: " + missing + ": no such file\n", err.toString());
  }
}
