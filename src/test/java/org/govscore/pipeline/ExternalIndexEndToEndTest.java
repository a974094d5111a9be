package org.govscore.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.govscore.cli.ExitCodes;
import org.govscore.cli.GovscoreCli;
import org.govscore.config.Period;
import org.govscore.report.ReportRenderer;
import org.govscore.site.SiteBuilder;
import org.govscore.store.Manifest;
import org.govscore.testing.Console2;
import org.govscore.testing.Fixtures;
import org.govscore.testing.TestSpark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's worked example end to end: an evaluation whose inputs are only regions, departments
 * and external indicators (jobs/external-index.yaml) recomputes a published index from its three
 * components, with that index's own scale, decimals and grade bands.
 */
class ExternalIndexEndToEndTest {
  private static final String JOB = "jobs/external-index.yaml";

  private static int run(StringWriter err, String... args) {
    return GovscoreCli.run(
        args, new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
  }

  @Test
  void evaluateReportAndPublish(@TempDir Path tmp) throws Exception {
    Path results = tmp.resolve("results");
    StringWriter err = new StringWriter();
    assertEquals(
        ExitCodes.OK,
        run(
            err,
            "evaluate",
            "--job",
            JOB,
            "--results",
            results.toString(),
            "--set",
            "uncertainty.draws=50",
            "--quiet"),
        err.toString());

    Map<String, Row> scores = Fixtures.table(results, "scores", "2026", 2);
    Map<String, Row> indicators = Fixtures.table(results, "indicators", "2026", 3);
    // 成都 (0.9412 + 0.8873 + 0.8650) / 3 = 0.897833...: rank 1 of the cities, VERY_HIGH
    Row chengdu = scores.get("REGION|510100");
    assertEquals(0.8978333333333333, chengdu.getDouble(5), 1e-12);
    assertEquals("VERY_HIGH", chengdu.getString(6));
    assertEquals(1, chengdu.getInt(7));
    // 内江 (0.61 + 0.52 + 0.43) / 3 and 乐山 (0.60 + 0.53 + 0.43) / 3 are both 0.5200: tied 7th, HIGH
    assertEquals(
        List.of(7, 7),
        List.of(scores.get("REGION|511000").getInt(7), scores.get("REGION|511100").getInt(7)));
    assertEquals("HIGH", scores.get("REGION|511100").getString(6));
    assertEquals("MEDIUM", scores.get("REGION|510800").getString(6)); // 广元 0.4815
    assertEquals("LOW", scores.get("REGION|511300").getString(6)); // 南充 0.2405
    assertEquals(10, scores.get("REGION|511300").getInt(7));
    // 眉山 lacks HCI: two members of three, insufficient data
    Row meishan = scores.get("REGION|511400");
    assertTrue(meishan.isNullAt(5) && meishan.isNullAt(7) && meishan.isNullAt(6));
    assertEquals(2, meishan.getInt(12));
    assertFalse(indicators.containsKey("REGION|511400|HCI"), "a unit without a row has no row");
    // every recomputed composite, on four decimals, is the published index
    int compared = 0;
    for (Map.Entry<String, Row> e : scores.entrySet()) {
      Row published = indicators.get(e.getKey() + "|PDGI");
      if (published != null) {
        assertEquals(
            BigDecimal.valueOf(published.getDouble(5)).setScale(4, RoundingMode.HALF_UP),
            BigDecimal.valueOf(e.getValue().getDouble(5)).setScale(4, RoundingMode.HALF_UP),
            e.getKey());
        compared++;
      }
    }
    assertEquals(11, compared);
    // the 2025 row is read and validated but is not part of the 2026 run
    assertEquals(0.8978, indicators.get("REGION|510100|PDGI").getDouble(5));
    // built-in indicators are N/A: their datasets are absent
    assertTrue(indicators.get("REGION|510100|SIR").isNullAt(5));
    Map<String, Row> quality = Fixtures.table(results, "data_quality", "2026", 1);
    assertEquals(47L, quality.get("external_indicators").getLong(1));
    assertEquals(47L, quality.get("external_indicators").getLong(2));

    Manifest manifest =
        Manifest.parse(Files.readString(results.resolve("manifest/period=2026/manifest.json")));
    Manifest.Composite c = manifest.methodology().composite();
    assertEquals(List.of("OSI", "TII", "HCI"), c.members());
    assertEquals(1.0 / 3, c.weights().get("HCI"));
    assertEquals(
        List.of(1.0, 4, 0.75, 0.5, 0.25),
        List.of(c.scale(), c.decimals(), c.gradeVeryHigh(), c.gradeHigh(), c.gradeMedium()));
    assertEquals(
        List.of("HCI", "OSI", "PDGI", "TII"),
        manifest.methodology().external().stream().map(Manifest.ExternalIndicator::id).toList());
    assertEquals("数字政府发展指数（示例，已发布值）", manifest.methodology().external().get(2).name());

    Console2 console = new Console2();
    ReportRenderer.render(
        TestSpark.spark(),
        results.toString(),
        Period.parse("2026"),
        tmp.resolve("report"),
        ReportRenderer.allLanguages(),
        console.console);
    assertTrue(Files.exists(tmp.resolve("report/en/index.html")));
    assertTrue(Files.exists(tmp.resolve("report/zh-CN/index.html")));
    SiteBuilder.build(TestSpark.spark(), results.toString(), tmp.resolve("site"), console.console);
    assertTrue(Files.exists(tmp.resolve("site/en/index.html")));
    try (var files = Files.walk(tmp.resolve("site"))) {
      Path csv =
          files
              .filter(p -> p.getFileName().toString().equals("indicators.csv"))
              .findFirst()
              .orElseThrow();
      String text = Files.readString(csv);
      assertTrue(
          text.contains("PDGI") && text.contains("0.8978"),
          "the open data carry the external values");
    }
  }

  @Test
  void anUnknownMemberIsAUsageErrorAndNothingIsWritten(@TempDir Path tmp) {
    Path results = tmp.resolve("results");
    StringWriter err = new StringWriter();
    assertEquals(
        ExitCodes.USAGE,
        run(
            err,
            "evaluate",
            "--job",
            JOB,
            "--results",
            results.toString(),
            "--set",
            "composite.members=OSI,TII,EGDI",
            "--quiet"));
    // known: the built-in ids and the external ids accepted in any period, sorted
    java.util.TreeSet<String> known =
        new java.util.TreeSet<>(org.govscore.metrics.Methodology.INDICATOR_IDS);
    known.addAll(List.of("OSI", "TII", "HCI", "PDGI"));
    assertEquals(
        "govscore evaluate: composite.members names an unknown indicator 'EGDI'; known: "
            + String.join(", ", known)
            + ". Nothing was written.\n",
        err.toString());
    assertTrue(known.contains("LAT_P95") && known.contains("PDGI"));
    assertFalse(Files.exists(results.resolve("manifest")), "nothing written");
  }
}
