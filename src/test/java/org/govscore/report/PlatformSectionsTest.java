package org.govscore.report;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.govscore.config.Period;
import org.govscore.store.ResourceStatusRecord;
import org.govscore.testing.Console2;
import org.govscore.testing.TempDirs;
import org.govscore.testing.TestSpark;
import org.junit.jupiter.api.Test;

/**
 * One code, two networks, six libraries: the library rates are RSR on one library's resources,
 * regions cover the regions below them, and a store without base_library says "not measured".
 */
class PlatformSectionsTest {
  private static ResourceStatusRecord r(String code, String status) {
    return new ResourceStatusRecord(code, "D1", "UNCONDITIONAL", null, status, 0, 0);
  }

  @Test
  void aLibraryRateIsRsrOnItsResources() {
    // 1 served + 0.5 for the unrequested one, over 3 non-exempt resources (the exempt one is left
    // out).
    assertEquals(
        0.5,
        PlatformSections.sharingRate(
            List.of(r("A", "SERVED"), r("B", "UNREQUESTED"), r("C", "REFUSED"), r("D", "EXEMPT")),
            0.5),
        1e-12);
    assertEquals(
        0.0, PlatformSections.sharingRate(List.of(r("A", "NOT_SHARED"), r("B", "REFUSED")), 0.5));
    assertEquals(1.0, PlatformSections.sharingRate(List.of(r("A", "UNREQUESTED")), 1.0));
    assertNull(
        PlatformSections.sharingRate(List.of(r("D", "EXEMPT")), 0.5),
        "only exempt resources: N/A, not 0");
    assertNull(PlatformSections.sharingRate(List.of(), 0.5));
  }

  @Test
  void aRegionCoversTheRegionsBelowItByDivisionCode() {
    assertTrue(PlatformSections.within("511602", "510000", "PROVINCE"));
    assertTrue(PlatformSections.within("511602", "511600", "CITY"));
    assertFalse(PlatformSections.within("510104", "511600", "CITY"));
    assertTrue(PlatformSections.within("511602", "511602", "COUNTY"));
    assertFalse(PlatformSections.within("511603", "511602", "COUNTY"));
    assertFalse(
        PlatformSections.within("X1", "511600", "CITY"),
        "a code that is not a division code matches only itself");
  }

  @Test
  void theSectionNamesTheLibrariesThatServedNothing() throws IOException {
    Path store = withBaseLibrary(ReportFixture.results());
    Path out = TempDirs.create("govscore-platform");
    ReportRenderer.render(
        TestSpark.spark(),
        store.toString(),
        Period.parse("2026-Q3"),
        out,
        List.of(Locale.forLanguageTag("en")),
        new Console2().console);
    String index = Files.readString(out.resolve("en/index.html"), StandardCharsets.UTF_8);
    String section = index.substring(index.indexOf("<section class=\"platform\""));
    section = section.substring(0, section.indexOf("</section>"));
    // Q3 of the fixture: R1 (population, D1) served; R6 (population, D3) refused; R2 (legal entity,
    // D2) served; R3 (business, D3) refused; R7 (business, D3) unrequested, credit 0.5; R4 exempt
    // and R5 (other) are not among the six. Economy, credit and licence have no resource: N/A.
    String city = row(section, "region-511600.html");
    assertEquals(
        List.of("50.0%", "100.0%", "N/A", "N/A", "N/A", "25.0%"), libraryCells(city), city);
    assertTrue(city.contains("<strong>Business</strong>"), "business served nothing: " + city);
    String county = row(section, "region-511602.html");
    assertEquals(
        List.of("0.0%", "N/A", "N/A", "N/A", "N/A", "25.0%"), libraryCells(county), county);
    assertTrue(county.contains("<strong>Population, Business</strong>"), county);
    String province = row(section, "region-510000.html");
    assertEquals(
        libraryCells(city), libraryCells(province), "the province covers the city and the county");
    assertFalse(section.contains("not measured"));

    // The same store without the column: the libraries are not measured, never shown as 0.
    Path old = ReportFixture.results();
    Path out2 = TempDirs.create("govscore-platform-old");
    ReportRenderer.render(
        TestSpark.spark(),
        old.toString(),
        Period.parse("2026-Q3"),
        out2,
        List.of(Locale.forLanguageTag("en")),
        new Console2().console);
    String oldIndex = Files.readString(out2.resolve("en/index.html"), StandardCharsets.UTF_8);
    boolean hasColumn =
        Arrays.asList(
                TestSpark.spark()
                    .read()
                    .parquet(old.resolve("resource_status/period=2026-Q3").toString())
                    .columns())
            .contains("base_library");
    if (!hasColumn) {
      assertTrue(oldIndex.contains("so the six libraries are not measured"), "says not measured");
      assertFalse(oldIndex.contains(">Population</th>"), "no library columns");
    }
  }

  private static String row(String section, String href) {
    int at = section.indexOf("href=\"" + href + "\"");
    assertTrue(at > 0, href + " in " + section);
    return section.substring(section.lastIndexOf("<tr>", at), section.indexOf("</tr>", at));
  }

  /** The six library cells: the cells after the two rate cells. */
  private static List<String> libraryCells(String row) {
    List<String> cells = new java.util.ArrayList<>();
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("<td class=\"num\">([^<]*)").matcher(row);
    while (m.find()) {
      cells.add(m.group(1));
    }
    return cells.subList(2, cells.size());
  }

  /** A copy of the store whose 2026-Q3 resource_status has the v2 base_library column. */
  static Path withBaseLibrary(Path store) throws IOException {
    Path copy = TempDirs.create("govscore-store-v2");
    try (Stream<Path> files = Files.walk(store)) {
      for (Path f : files.sorted(Comparator.naturalOrder()).toList()) {
        Path target = copy.resolve(store.relativize(f).toString());
        if (Files.isDirectory(f)) {
          Files.createDirectories(target);
        } else {
          Files.copy(f, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
    Path partition = copy.resolve("resource_status/period=2026-Q3");
    Dataset<Row> table = TestSpark.spark().read().parquet(partition.toString());
    if (Arrays.asList(table.columns()).contains("base_library")) {
      table = table.drop("base_library");
    }
    Dataset<Row> v2 =
        table.withColumn(
            "base_library",
            when(col("resource_code").isin("R1", "R6"), lit("POPULATION"))
                .when(col("resource_code").equalTo("R2"), lit("LEGAL_ENTITY"))
                .when(col("resource_code").isin("R3", "R7"), lit("BUSINESS"))
                .otherwise(lit("OTHER")));
    Path staged = copy.resolve("staged-resource-status");
    v2.coalesce(1).write().parquet(staged.toString());
    try (Stream<Path> old = Files.list(partition)) {
      for (Path f : old.toList()) {
        Files.delete(f);
      }
    }
    try (Stream<Path> parts = Files.list(staged)) {
      for (Path f : parts.filter(p -> p.getFileName().toString().endsWith(".parquet")).toList()) {
        Files.move(f, partition.resolve(f.getFileName()));
      }
    }
    try (Stream<Path> rest = Files.walk(staged)) {
      for (Path f : rest.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(f);
      }
    }
    return copy;
  }
}
