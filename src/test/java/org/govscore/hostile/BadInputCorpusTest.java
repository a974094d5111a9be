package org.govscore.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.govscore.base.GovscoreException;
import org.govscore.cli.ExitCodes;
import org.govscore.cli.GovscoreCli;
import org.govscore.contract.DatasetKind;
import org.govscore.testing.Fixtures;
import org.govscore.testing.TestSpark;
import org.govscore.validation.DataQuality;
import org.govscore.validation.InputValidation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The checked-in bad-input corpus ({@code src/test/resources/bad-input/}, see its README.md): each
 * case ends in one clear line naming the file (exit 1) or in row-level rejects with the right
 * reason, reconciled for every dataset; never a stack trace, never a silent drop.
 *
 * <p>Test time is kept small: file-level cases fail before any validation work; row-level cases
 * that touch different datasets share one validation run (each case keeps its own dataset, so every
 * count below is the case's own), run in-process through {@link InputValidation}, the engine of
 * {@code validate}, whose printed table and exit line are checked end to end on one case.
 */
class BadInputCorpusTest {
  static final Path CORPUS = Path.of("src/test/resources/bad-input").toAbsolutePath();
  @TempDir static Path tmp;

  @BeforeAll
  static void session() {
    TestSpark.spark(); // commands reuse the test JVM's session and leave it running
  }

  // ---------------------------------------------------------------- file-level errors: exit 1

  @Test
  void truncatedParquetFileIsOneLineNamingIt() throws IOException {
    Path in = inputs("truncated-parquet");
    String file = "file:" + in.resolve("exchanges.parquet");
    assertOneLineFailure(
        in,
        "Cannot read exchanges from "
            + file
            + ": "
            + file
            + " is not a Parquet file. Expected magic number at tail, but found [10, 0, 0, 0]");
  }

  @Test
  void truncatedPartOfAFolderIsOneLineNamingThePart() throws IOException {
    // The first part gives the schema; the cut part fails when its rows are read.
    Path in = inputs("truncated-parquet-part");
    assertOneLineFailure(
        in,
        "failed: file:"
            + in.resolve("exchanges/part-00001.parquet")
            + " is not a Parquet file. Expected magic number at tail, but found [10, 0, 0, 0]"
            + " (run with --verbose for details)");
  }

  @Test
  void wrongDelimiterNamesTheMissingColumns() throws IOException {
    Path in = inputs("csv-wrong-delimiter");
    assertOneLineFailure(
        in,
        "exchanges (file:"
            + in.resolve("exchanges.csv")
            + ") lacks required column(s)"
            + " [exchange_id, ts, consumer_dept_code, provider_dept_code, resource_code, network, subject_type, status];"
            + " found [exchange_id;ts;consumer_dept_code;provider_dept_code;resource_code;case_id;network;subject_type;"
            + "subject_id;status;latency_ms;standard_code] - is the delimiter a comma?");
  }

  @Test
  void emptyFileIsOneLineNamingIt() throws IOException {
    Path in = inputs("empty-file");
    assertOneLineFailure(
        in,
        "File file:"
            + in.resolve("exchanges.csv")
            + " is empty (0 bytes): a CSV file needs at least a header row");
  }

  @Test
  void headerOnlyRequiredDatasetIsAnError() throws IOException {
    Path in = inputs("header-only-required");
    assertOneLineFailure(
        in, "Required dataset regions (file:" + in.resolve("regions.csv") + ") has no rows");
  }

  @Test
  void folderMixingFormatsIsOneLineNamingIt() throws IOException {
    Path in = inputs("mixed-formats");
    assertOneLineFailure(
        in,
        "Folder file:"
            + in.resolve("exchanges")
            + " mixes formats [PARQUET, CSV]; a dataset folder must hold part files of one format");
  }

  @Test
  void repeatedColumnNameIsAnErrorNotALostColumn() throws IOException {
    // Spark would rename latency_ms and LATENCY_MS to latency_ms10/LATENCY_MS12 and the contract
    // column would silently read as absent (all latencies null).
    Path in = inputs("repeated-column");
    assertOneLineFailure(
        in,
        "exchanges (file:"
            + in.resolve("exchanges.csv")
            + ") names column(s) [latency_ms]"
            + " more than once (letter case aside); keep exactly one of each");
  }

  // ---------------------------------------------------------------- row-level cases

  /**
   * BOM (departments), CRLF (regions), NaN/Infinity (exchanges, service_items), broken JSON lines
   * (case_events).
   */
  @Test
  void dialectNumbersAndBrokenJsonLines() throws IOException {
    Validated v = validate("csv-crlf", "csv-bom", "nan-infinity", "jsonl-broken-lines");
    // A BOM would stick to dept_code and a left-over \r to parent_code: all rows accepted proves
    // neither did.
    v.assertCounts("regions", 3, 3, 0, 0);
    v.assertCounts("departments", 4, 4, 0, 0);
    // NaN, Infinity, -Infinity, 1e309, 20 digits, 12.0, 1e3: BAD_NUMBER; only N8 (250) accepted.
    v.assertCounts("exchanges", 8, 1, 7, 0);
    v.assertReasons("exchanges.csv", Map.of("BAD_NUMBER", 7));
    // JSON NaN, Infinity, 1e309, -Infinity and 3000000000 (beyond int) in int columns.
    v.assertCounts("service_items", 6, 1, 5, 0);
    v.assertRejects(
        "service_items.jsonl",
        Map.of(
            "#1",
            "BAD_NUMBER",
            "#2",
            "BAD_NUMBER",
            "#3",
            "BAD_NUMBER",
            "#4",
            "BAD_NUMBER",
            "#5",
            "BAD_NUMBER"));
    // Nine records (the blank line is none): five unparseable, a number where ts belongs, three
    // fine.
    v.assertCounts("case_events", 9, 3, 6, 0);
    v.assertRejects(
        "case_events.jsonl",
        Map.of(
            "#2",
            "CORRUPT_RECORD",
            "#3",
            "CORRUPT_RECORD",
            "#4",
            "BAD_TIMESTAMP",
            "#5",
            "CORRUPT_RECORD",
            "#6",
            "CORRUPT_RECORD",
            "#9",
            "CORRUPT_RECORD"));
    assertEquals("unparseable record (64 characters, not shown)", v.excerpt("case_events.jsonl#2"));
    // service_items is the first dataset over the limit in dataset order.
    assertEquals(
        "service_items: 5 of 6 rows rejected (83.33 %), above the limit of 5.00 %"
            + " (validation.max_reject_share); top reasons: BAD_NUMBER 5. Nothing was written.",
        v.limitError());
  }

  /**
   * Invalid UTF-8 (departments), quoted newlines (exchanges), a 0-byte JSON Lines file
   * (case_events).
   */
  @Test
  void encodingEmbeddedNewlinesAndEmptyJsonLines() throws IOException {
    Validated v = validate("invalid-utf8", "csv-embedded-newlines", "empty-jsonl");
    // A GBK-encoded name and a stray 0xFF: corrupt records, never accepted as replacement
    // characters.
    v.assertCounts("departments", 4, 2, 2, 0);
    v.assertRejects("departments.csv", Map.of("#3", "CORRUPT_RECORD", "#4", "CORRUPT_RECORD"));
    assertEquals("unparseable record (17 characters, not shown)", v.excerpt("departments.csv#4"));
    assertEquals(Set.of("D1", "D2"), v.result.units().departments().keySet());
    // Five records over eight lines: row_ref counts records, so E3 is #3 and E4 is #4.
    v.assertCounts("exchanges", 5, 3, 2, 0);
    v.assertRejects("exchanges.csv", Map.of("#3", "OUT_OF_RANGE", "#4", "BAD_ENUM"));
    assertTrue(
        v.excerpt("exchanges.csv#4").startsWith("[network] {\"exchange_id\":\"E4\","),
        v.excerpt("exchanges.csv#4"));
    List<Row> multiLine =
        v.result
            .accepted(DatasetKind.EXCHANGES)
            .filter("case_id is not null") // E1 and E2, in that order by time
            .orderBy("ts")
            .select("case_id", "standard_code")
            .collectAsList();
    assertEquals("[C1,GB/T\n2 (two lines)]", multiLine.get(0).toString());
    assertEquals("[C1,\"quoted\"\n,null]", multiLine.get(1).toString());
    // An empty JSON Lines file holds zero records: present, zero rows (not absent, not an error).
    v.assertCounts("case_events", 0, 0, 0, 0);
    assertEquals(
        "departments: 2 of 4 rows rejected (50.00 %), above the limit of 5.00 %"
            + " (validation.max_reject_share); top reasons: CORRUPT_RECORD 2. Nothing was written.",
        v.limitError());
  }

  /**
   * Ratings (好差评) in JSON Lines: every row rule, a cut line, a duplicate, rater IDs never shown.
   */
  @Test
  void ratingsRowsWithRaterIdsRedacted() throws IOException {
    Validated v = validate("ratings-jsonl");
    v.assertCounts("ratings", 8, 2, 5, 1);
    v.assertRejects(
        "ratings.jsonl",
        Map.of(
            "#2",
            "BAD_NUMBER",
            "#3",
            "OUT_OF_RANGE",
            "#4",
            "CORRUPT_RECORD",
            "#5",
            "OUT_OF_RANGE",
            "#6",
            "BAD_ENUM"));
    assertTrue(
        v.excerpt("ratings.jsonl#4").matches("unparseable record \\(\\d+ characters, not shown\\)"),
        v.excerpt("ratings.jsonl#4"));
    assertTrue(
        v.excerpt("ratings.jsonl#5").startsWith("[rectified_ts] "), v.excerpt("ratings.jsonl#5"));
    for (String row :
        List.of("ratings.jsonl#2", "ratings.jsonl#3", "ratings.jsonl#5", "ratings.jsonl#6")) {
      assertTrue(v.excerpt(row).contains("\"rater_id\":\"***\""), row + ": " + v.excerpt(row));
    }
    for (String excerpt : v.excerpts.values()) {
      assertClean(excerpt);
    }
    assertEquals(
        List.of("D1|5", "D2|1"), // J1 and J7 (kept once)
        Fixtures.sortedValues(v.result.accepted(DatasetKind.RATINGS), "dept_code", "level"));
  }

  /**
   * Through the command line: extra columns (regions.csv, case_events.jsonl), negative latency
   * (exchanges), Parquet types the contract does not use (service_items), a header-only optional
   * dataset (resources).
   */
  @Test
  void extraColumnsNegativeLatencyWrongTypesAndHeaderOnlyThroughValidate() throws IOException {
    Path in =
        inputs("extra-columns", "negative-latency", "wrong-types-parquet", "header-only-optional");
    Cli r = cli("validate", "--inputs", in.toString(), "--quiet");
    assertEquals(ExitCodes.DATA_REJECTED, r.code, r.err);
    // service_items is the first dataset over the limit in dataset order.
    assertEquals(
        "govscore validate: service_items: 4 of 5 rows rejected (80.00 %), above the limit of 5.00 %"
            + " (validation.max_reject_share); top reasons: BAD_NUMBER 4. Nothing was written.\n",
        r.err);
    assertClean(r.err);
    assertEquals(
        String.join(
            "\n",
            "dataset           rows_read     accepted     rejected   duplicates  top reject reasons",
            // extra columns, one of them before the contract's, are ignored: every row accepted
            "regions                   3            3            0            0  ",
            "departments               4            4            0            0  ",
            // statutory_days DOUBLE 20.0, 12.5, NaN and online_depth INT64 2^32 + 3: BAD_NUMBER
            "service_items             5            1            4            0  BAD_NUMBER 4",
            // header only: present with zero rows (its indicators 0/0, not absent)
            "resources                 0            0            0            0  ",
            // latency -1 and -86400000 rejected; -0, 0 and empty are fine
            "exchanges                 5            3            2            0  OUT_OF_RANGE 2",
            "case_events               2            2            0            0  ",
            // the optional ratings log (v2) is not given: named, never an error
            "ratings        absent: indicators needing it are N/A",
            "external_indicators absent: no external indicators",
            "reconciliation: rows_read = accepted + rejected + duplicates holds for every dataset",
            ""),
        r.out);
  }

  /**
   * Year 0001 and 9999 (Parquet exchanges without Spark metadata, CSV case events) and a
   * 100,000-character department name, through evaluate into the results store.
   */
  @Test
  void extremeYearsAndALongNameThroughEvaluate() throws IOException {
    Path in =
        overlay(
            Files.createDirectories(tmp.resolve("evaluate-in")),
            true,
            "extreme-years",
            "long-name");
    Path results = tmp.resolve("evaluate-results");
    Cli r =
        cli(
            "evaluate",
            "--inputs",
            in.toString(),
            "--results",
            results.toString(),
            "--period",
            "2026-Q3",
            "--quiet",
            "--set",
            "validation.max_reject_share=1",
            "--set",
            "uncertainty.draws=10");
    assertEquals(ExitCodes.OK, r.code, r.err);
    assertTrue(
        r.out.startsWith("evaluate 2026-Q3: 26 rows read, 1 rejected; 8 units scored, 0 ranked;"),
        r.out);
    assertEquals("", r.err);
    // The store reconciles every dataset; the extreme years are accepted (valid ISO-8601 instants).
    Map<String, Row> quality = Fixtures.table(results, "data_quality", "2026-Q3", 1);
    assertEquals("[case_events,7,7,0,0]", quality.get("case_events").toString());
    assertEquals("[exchanges,3,3,0,0]", quality.get("exchanges").toString());
    assertEquals("[departments,5,5,0,0]", quality.get("departments").toString());
    assertEquals("[service_items,1,0,1,0]", quality.get("service_items").toString());
    assertEquals(6, quality.size());
    for (Row q : quality.values()) {
      assertEquals(q.getLong(1), q.getLong(2) + q.getLong(3) + q.getLong(4), q.getString(0));
    }
    // The 100,000-character item name is rejected (online_depth 9) with a bounded excerpt.
    Map<String, Row> rejects = Fixtures.table(results, "rejects", "2026-Q3", 3);
    assertEquals(1, rejects.size());
    Row reject = rejects.get("service_items|service_items.csv|service_items.csv#1");
    assertEquals("OUT_OF_RANGE", reject.getString(3));
    assertEquals(303, reject.getString(4).length());
    assertTrue(
        reject
            .getString(4)
            .startsWith("[online_depth] {\"item_code\":\"I9\",\"item_name\":\"长长长长长长长长长长xxx"));
    assertTrue(reject.getString(4).endsWith("xxx..."));
    // The period filter: only Y3 (2026-08-01, latency 3) of the three exchanges is in 2026-Q3
    // (Y1 year 0001 latency 1, Y2 year 9999 latency 2 are not); of the cases only C2 starts in
    // it (and completes in 9999: not before the period's end, no crash counting working days).
    Map<String, Row> ind = Fixtures.table(results, "indicators", "2026-Q3", 3);
    assertEquals(
        "[DEPARTMENT,D2,LAT_P50,null,null,3.0]", ind.get("DEPARTMENT|D2|LAT_P50").toString());
    assertEquals(
        "[DEPARTMENT,D2,LAT_P95,null,null,3.0]", ind.get("DEPARTMENT|D2|LAT_P95").toString());
    assertEquals("[DEPARTMENT,D1,OCR,1.0,1.0,1.0]", ind.get("DEPARTMENT|D1|OCR").toString());
    assertEquals("[DEPARTMENT,D2,OCR,0.0,0.0,null]", ind.get("DEPARTMENT|D2|OCR").toString());
    // The department with a 100,000-character name is accepted and scored under its whole name.
    Row d5 = Fixtures.table(results, "scores", "2026-Q3", 2).get("DEPARTMENT|D5");
    assertEquals(100_000, d5.getString(2).length());
  }

  // ---------------------------------------------------------------- helpers

  private record Cli(int code, String out, String err) {}

  private static Cli cli(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = GovscoreCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Cli(code, out.toString(), err.toString());
  }

  private static void assertOneLineFailure(Path in, String message) {
    Cli r = cli("validate", "--inputs", in.toString(), "--quiet");
    assertEquals(ExitCodes.FAILURE, r.code, r.err);
    assertEquals("govscore validate: " + message + "\n", r.err);
    assertEquals("", r.out, "nothing printed before the error");
    assertClean(r.err);
  }

  /** One line, no stack trace, no exception class names, no personal data. */
  static void assertClean(String err) {
    assertEquals(1, err.lines().count(), err);
    assertFalse(err.contains("\tat "), err);
    assertFalse(err.contains("Exception"), err);
    for (String personal :
        List.of("11010519491231002X", "511602199003071232", "110105194912310021")) {
      assertFalse(err.contains(personal), err);
    }
  }

  /** An inputs folder of the given cases laid over q3's regions and departments. */
  static Path inputs(String... cases) throws IOException {
    Path into = Files.createDirectories(tmp.resolve(String.join("+", cases)));
    return overlay(into, false, cases);
  }

  /**
   * Copies each case's entries into {@code into}, then the base (q3's regions and departments, or
   * all of q3 with {@code fullBase}) for every dataset no case gives.
   */
  static Path overlay(Path into, boolean fullBase, String... cases) throws IOException {
    Set<String> given = new HashSet<>();
    for (String name : cases) {
      try (var entries = Files.list(CORPUS.resolve(name))) {
        for (Path e : entries.toList()) {
          assertTrue(given.add(stem(e.getFileName().toString())), "cases share a dataset: " + e);
          copyTree(e, into.resolve(e.getFileName().toString()));
        }
      }
    }
    try (var base = Files.list(Fixtures.fixture("q3"))) {
      for (Path f : base.toList()) {
        String stem = stem(f.getFileName().toString());
        if ((fullBase || stem.equals("regions") || stem.equals("departments"))
            && !given.contains(stem)) {
          Files.copy(f, into.resolve(f.getFileName()));
        }
      }
    }
    return into;
  }

  private static String stem(String name) {
    int dot = name.indexOf('.');
    return dot < 0 ? name : name.substring(0, dot);
  }

  private static void copyTree(Path from, Path to) throws IOException {
    if (Files.isDirectory(from)) {
      Files.createDirectories(to);
      try (var children = Files.list(from)) {
        for (Path c : children.toList()) {
          copyTree(c, to.resolve(c.getFileName().toString()));
        }
      }
    } else {
      Files.copy(from, to, StandardCopyOption.COPY_ATTRIBUTES);
    }
  }

  private static Validated validate(String... cases) throws IOException {
    Path in = inputs(cases);
    return new Validated(InputValidation.run(TestSpark.spark(), in.toString(), s -> {}));
  }

  /** One validation run, with every dataset's reconciliation checked and the rejects at hand. */
  private static final class Validated {
    final InputValidation.Result result;

    /** reason and excerpt by row_ref */
    final Map<String, String> reasons = new TreeMap<>();

    final Map<String, String> excerpts = new TreeMap<>();

    Validated(InputValidation.Result result) {
      this.result = result;
      for (DataQuality q : result.quality().values()) {
        assertEquals(
            q.rowsRead(), q.rowsAccepted() + q.rowsRejected() + q.duplicatesRemoved(), q.dataset());
      }
      for (Row r : result.rejects().collectAsList()) {
        assertEquals(
            r.getString(1),
            r.getString(2).substring(0, r.getString(2).indexOf('#')),
            "source is the row's file");
        assertTrue(r.getString(4).length() <= 303, r.getString(4));
        reasons.put(r.getString(2), r.getString(3));
        excerpts.put(r.getString(2), r.getString(4));
      }
      assertEquals(
          result.quality().values().stream().mapToLong(DataQuality::rowsRejected).sum(),
          reasons.size(),
          "one rejects row per rejected row");
    }

    void assertCounts(String dataset, long read, long accepted, long rejected, long duplicates) {
      DataQuality q = result.quality().get(DatasetKind.byName(dataset).orElseThrow());
      assertEquals(
          List.of(read, accepted, rejected, duplicates),
          List.of(q.rowsRead(), q.rowsAccepted(), q.rowsRejected(), q.duplicatesRemoved()),
          dataset);
    }

    /** Reason counts of the rejects of one file. */
    void assertReasons(String file, Map<String, Integer> expected) {
      Map<String, Integer> counts = new TreeMap<>();
      reasons.forEach(
          (ref, reason) -> {
            if (ref.startsWith(file + "#")) {
              counts.merge(reason, 1, Integer::sum);
            }
          });
      assertEquals(new TreeMap<>(expected), counts, file);
    }

    /** The exact rejects of one file: row_ref suffix to reason. */
    void assertRejects(String file, Map<String, String> expected) {
      Map<String, String> actual = new TreeMap<>();
      reasons.forEach(
          (ref, reason) -> {
            if (ref.startsWith(file + "#")) {
              actual.put(ref.substring(file.length()), reason);
            }
          });
      assertEquals(new TreeMap<>(expected), actual, file);
    }

    String excerpt(String rowRef) {
      return excerpts.get(rowRef);
    }

    /**
     * The exit-3 message of {@code validate}, or null when no dataset is above the default limit.
     */
    String limitError() {
      try {
        InputValidation.enforceRejectLimit(result.quality(), 0.05);
        return null;
      } catch (GovscoreException e) {
        assertEquals(GovscoreException.Kind.DATA_REJECTED, e.kind());
        return e.getMessage();
      } finally {
        result.release();
      }
    }
  }
}
