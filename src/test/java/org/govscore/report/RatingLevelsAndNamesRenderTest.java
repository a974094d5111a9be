package org.govscore.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.govscore.config.Period;
import org.govscore.site.SiteBuilder;
import org.govscore.testing.Console2;
import org.govscore.testing.Fixtures;
import org.govscore.testing.TestSpark;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The level bar and the catalogue names in report (HTML and PDF, both languages) and site, from the
 * hand-computed fixture rating-levels (RatingLevelsFixtureTest): D1's 2026-Q3 ratings are levels 1,
 * 3, 5, 5; D4 has none; item I2's catalogue name holds markup characters.
 */
class RatingLevelsAndNamesRenderTest {
  private static Path results;
  @TempDir static Path report;
  @TempDir static Path site;

  static final String D1_BAR_EN =
      "Ratings in the period by level (1 worst, 5 best), 4 in all: level 1 25.0%, level 2 0.0%,"
          + " level 3 25.0%, level 4 0.0%, level 5 50.0%";
  static final String D1_BAR_ZH =
      "本期评价按等级（1 级最差，5 级最好）共 4 条：1 级 25.0%、2 级 0.0%、3 级 25.0%、4 级 0.0%、5 级 50.0%";

  @BeforeAll
  static void evaluateAndRender() throws Exception {
    results = Fixtures.sharedStore("rating-levels", "2026-Q3");
    Console2 console = new Console2();
    ReportRenderer.render(
        TestSpark.spark(),
        results.toString(),
        Period.parse("2026-Q3"),
        report,
        ReportRenderer.allLanguages(),
        console.console);
    SiteBuilder.build(TestSpark.spark(), results.toString(), site, console.console);
  }

  private static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8);
  }

  @Test
  void theReportShowsTheLevelBarWithItsTextAlternativeInBothLanguages() throws IOException {
    String en = read(report.resolve("en/dept-D1.html"));
    assertTrue(en.contains("aria-label=\"" + D1_BAR_EN + "\""), "the bar's label");
    assertTrue(en.contains("<p class=\"levels-text\">" + D1_BAR_EN + "</p>"), "its text");
    assertTrue(
        en.contains(
            "<tr><td class=\"level-1\" style=\"width: 25.0%\"></td><td class=\"level-3\""
                + " style=\"width: 25.0%\"></td><td class=\"level-5\" style=\"width:"
                + " 50.0%\"></td></tr>"),
        "one part per level with ratings, as wide as its share");
    String zh = read(report.resolve("zh-CN/dept-D1.html"));
    assertTrue(zh.contains("<p class=\"levels-text\">" + D1_BAR_ZH + "</p>"), zh);
    // the region pools D1 and D2: levels 1, 2, 3, 4, 5, 5
    assertTrue(
        read(report.resolve("en/region-511600.html"))
            .contains(
                "6 in all: level 1 16.7%, level 2 16.7%, level 3 16.7%, level 4 16.7%,"
                    + " level 5 33.3%</p>"));
    assertFalse(read(report.resolve("en/dept-D4.html")).contains("level-bar"), "D4: no ratings");
  }

  @Test
  void theReportPdfCarriesTheBarsText() throws IOException {
    try (PDDocument doc = Loader.loadPDF(report.resolve("en/report.pdf").toFile())) {
      String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
      assertTrue(text.contains("level 1 25.0%, level 2 0.0%, level 3 25.0%"), "D1's bar text");
    }
  }

  @Test
  void itemAndResourceTablesShowTheNameBesideTheCodeEscaped() throws IOException {
    for (String lang : new String[] {"en", "zh-CN"}) {
      String d1 = read(report.resolve(lang + "/dept-D1.html"));
      assertTrue(d1.contains("<th scope=\"row\">户口迁移 (I1)</th>"), lang + " item");
      assertTrue(d1.contains("<th scope=\"row\">居民户籍信息 (R1)</th>"), lang + " resource");
      String d2 = read(report.resolve(lang + "/dept-D2.html"));
      assertTrue(
          d2.contains("<th scope=\"row\">营业执照 &lt;变更&gt; &amp; &quot;登记&quot; (I2)</th>"),
          lang + " a name from input is escaped");
      assertFalse(d2.contains("<变更>"), lang + " no raw markup from a name");
    }
  }

  @Test
  void theSiteShowsTheLevelBarWithoutScript() throws IOException {
    String en = read(site.resolve("en/dept-D1.html"));
    assertTrue(en.contains("aria-label=\"" + D1_BAR_EN + "\""), "the bar's label");
    assertTrue(en.contains("<p class=\"levels-text\">" + D1_BAR_EN + "</p>"), "its text");
    assertEquals(1, en.split("class=\"level-bar\"", -1).length - 1, "one bar on the unit's page");
    assertTrue(
        read(site.resolve("zh-CN/dept-D1.html"))
            .contains("<p class=\"levels-text\">" + D1_BAR_ZH + "</p>"));
    assertFalse(read(site.resolve("en/dept-D4.html")).contains("level-bar"), "D4: no ratings");
  }
}
