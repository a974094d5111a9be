package org.govscore.security;

import static org.govscore.security.SecurityFixture.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.govscore.contract.Identifiers;
import org.govscore.testing.Fixtures;
import org.govscore.testing.TestSpark;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10 part 4: personal identifiers planted in the inputs (subject_id of exchanges,
 * applicant_id of case events, rater_id of ratings, in accepted rows, rejected rows, misaligned CSV
 * rows, a corrupt JSON line and extra columns) reach no output of evaluate, report and publish:
 * results store, report pages and PDFs, site and downloads, Spark logs and console output. The
 * three commands run in child JVMs, as a user runs them, so their log files are real.
 */
class PrivacyScanTest {
  private static final LocalDate DAY = LocalDate.of(2026, 7, 10);
  private static SecurityFixture run;
  private static Path results;
  private static Path report;
  private static Path site;
  private static Path logs;

  @BeforeAll
  static void runEvaluateReportPublish() throws Exception {
    run = SecurityFixture.get();
    results = run.results;
    report = run.report;
    site = run.site;
    logs = run.logs;
  }

  @Test
  void noPlantedIdentifierReachesAnyOutput() throws IOException {
    List<Path> roots = new ArrayList<>(List.of(results, report, site, logs, run.work));
    if (Files.exists(run.sparkLocal)) {
      roots.add(run.sparkLocal);
    }
    LeakScanner scanner = new LeakScanner(planted(), TestSpark.spark());
    List<LeakScanner.Hit> hits = scanner.scanTrees(roots);
    assertEquals(List.of(), hits, "planted identifiers found in outputs");

    // The scan saw what it claims to: every results table, both PDFs (full and leadership edition)
    // in both languages, downloads, logs.
    List<String> tables =
        scanner.parquetRead().stream()
            .map(p -> results.relativize(p).getName(0).toString())
            .distinct()
            .sorted()
            .toList();
    assertEquals(
        List.of(
            "catalogue_names",
            "checks",
            "data_quality",
            "findings",
            "indicators",
            "item_status",
            "rating_levels",
            "rejects",
            "resource_status",
            "scores"),
        tables);
    assertEquals(4, scanner.pdfRead().size(), scanner.pdfRead().toString());
    for (String f :
        List.of(
            "evaluate-spark.log",
            "report-spark.log",
            "publish-spark.log",
            "evaluate.out",
            "report.out",
            "publish.out")) {
      assertTrue(Files.size(logs.resolve(f)) > 0, f + " is empty: nothing was scanned");
    }
    try (Stream<Path> s = Files.walk(site.resolve("data"))) {
      assertEquals(
          15,
          s.filter(Files::isRegularFile).count(),
          "3 tables as CSV and JSON for the period and for all periods, datapackage.json, LICENSE.txt, SHA256SUMS");
    }
  }

  @Test
  void theScannerFindsWhatIsThere(@TempDir Path tmp) throws IOException {
    LeakScanner scanner = new LeakScanner(planted(), TestSpark.spark());
    // Every planted value is in the inputs, whole.
    List<LeakScanner.Hit> inInputs = scanner.scanTrees(List.of(run.inputs));
    assertEquals(
        planted().stream().sorted().toList(),
        inInputs.stream().map(LeakScanner.Hit::value).distinct().sorted().toList());
    // Partial forms: a cut excerpt keeping 14 digits, a lower-case check digit.
    Path p = Path.of("synthetic");
    assertEquals(
        CIT_A,
        scanner.scanText(p, "t", "{\"x\":\"" + CIT_A.substring(0, 14) + "...").get(0).value());
    assertEquals(CIT_X, scanner.scanText(p, "t", "id " + CIT_X.toLowerCase()).get(0).value());
    assertEquals(USCC_B, scanner.scanText(p, "t", "..." + USCC_B.substring(6)).get(0).value());
    assertEquals(
        List.of(), scanner.scanText(p, "t", "subject_id\":\"***\" " + CIT_A.substring(0, 11)));
    // A value inside a compressed Parquet page is found by reading the values.
    Path parquet = tmp.resolve("planted.parquet");
    TestSpark.spark()
        .createDataFrame(List.of(new Planted(APP_C)), Planted.class)
        .write()
        .option("compression", "gzip")
        .parquet(parquet.toString());
    assertTrue(
        scanner.scanTrees(List.of(parquet)).stream()
            .anyMatch(h -> h.how().equals("parquet values") && h.value().equals(APP_C)));
    // The PDF text extraction reads the report's text (and so would read an ID).
    for (String lang : List.of("en", "zh-CN")) {
      String pdf = LeakScanner.pdfText(report.resolve(lang).resolve("report.pdf"));
      assertTrue(
          pdf.contains(FM_EXPR) && pdf.contains("../../x"),
          pdf.substring(0, Math.min(500, pdf.length())));
    }
  }

  /** A bean for the Parquet check. */
  public static final class Planted implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    private String id;

    public Planted() {}

    Planted(String id) {
      this.id = id;
    }

    public String getId() {
      return id;
    }

    public void setId(String id) {
      this.id = id;
    }
  }

  @Test
  void rejectedRowsAreAccountedForWithRedactedExcerpts() {
    Map<String, String> reasons = new TreeMap<>();
    Map<String, String> excerpts = new TreeMap<>();
    for (Row r : Fixtures.table(results, "rejects", SecurityFixture.PERIOD, 3).values()) {
      reasons.put(r.getString(2), r.getString(3));
      excerpts.put(r.getString(2), r.getString(4));
    }
    Map<String, String> expected =
        new TreeMap<>(
            Map.ofEntries(
                Map.entry("regions.csv#4", "BAD_CODE"),
                Map.entry("departments.csv#14", "MISSING_VALUE"),
                Map.entry("exchanges.csv#17", "BAD_TIMESTAMP"),
                Map.entry("exchanges.csv#18", "BAD_ENUM"),
                Map.entry("exchanges.csv#19", "UNKNOWN_DEPARTMENT"),
                Map.entry("exchanges.csv#20", "CONFLICTING_DUPLICATE"),
                Map.entry("exchanges.csv#21", "CONFLICTING_DUPLICATE"),
                Map.entry("exchanges.csv#22", "OUT_OF_RANGE"),
                Map.entry("exchanges.csv#23", "CORRUPT_RECORD"),
                Map.entry("exchanges.csv#24", "CORRUPT_RECORD"),
                Map.entry("exchanges.csv#27", "MISSING_VALUE"),
                Map.entry("case_events.jsonl#20", "BAD_TIMESTAMP"),
                Map.entry("case_events.jsonl#21", "UNKNOWN_DEPARTMENT"),
                Map.entry("case_events.jsonl#22", "MISSING_VALUE"),
                Map.entry("case_events.jsonl#23", "BAD_ENUM"),
                Map.entry("case_events.jsonl#24", "CORRUPT_RECORD"),
                Map.entry("ratings.csv#2", "OUT_OF_RANGE"),
                Map.entry("ratings.csv#3", "OUT_OF_RANGE")));
    assertEquals(expected, reasons);
    for (Map.Entry<String, String> e : excerpts.entrySet()) {
      String excerpt = e.getValue();
      if (!e.getKey().startsWith("exchanges")
          && !e.getKey().startsWith("case_events")
          && !e.getKey().startsWith("ratings")) {
        continue; // no personal column
      }
      if (reasons.get(e.getKey()).equals("CORRUPT_RECORD")) {
        assertTrue(excerpt.matches("unparseable record \\(\\d+ characters, not shown\\)"), excerpt);
      } else {
        String column =
            e.getKey().startsWith("exchanges")
                ? "subject_id"
                : e.getKey().startsWith("ratings") ? "rater_id" : "applicant_id";
        assertTrue(excerpt.contains("\"" + column + "\":\"***\""), e.getKey() + ": " + excerpt);
      }
    }
    Map<String, Row> quality = Fixtures.table(results, "data_quality", SecurityFixture.PERIOD, 1);
    assertEquals("[exchanges,27,16,9,2]", quality.get("exchanges").toString());
    assertEquals("[case_events,28,22,5,1]", quality.get("case_events").toString());
    assertEquals("[ratings,6,4,2,0]", quality.get("ratings").toString());
  }

  @Test
  void plantedIdentifiersAreWhatTheyClaim() {
    for (String id :
        List.of(
            CIT_A,
            CIT_B,
            CIT_C,
            CIT_D,
            CIT_X,
            CIT_F,
            CIT_G,
            CIT_H,
            APP_A,
            APP_B,
            APP_NUMBER,
            RATER_A,
            RATER_B,
            RATER_C)) {
      assertTrue(Identifiers.isValidCitizenId(id, DAY), id);
    }
    assertTrue(CIT_X.endsWith("X"));
    assertFalse(Identifiers.isValidCitizenId(CIT_BAD_CHECK, DAY));
    assertFalse(Identifiers.isValidCitizenId(CIT_BAD_DATE, DAY));
    for (String id : List.of(USCC_A, USCC_B, USCC_C, USCC_D)) {
      assertTrue(Identifiers.isValidUscc(id), id);
    }
    assertFalse(Identifiers.isValidUscc(USCC_BAD));
    assertEquals(
        planted().size(), planted().stream().collect(Collectors.toSet()).size(), "distinct");
  }
}
