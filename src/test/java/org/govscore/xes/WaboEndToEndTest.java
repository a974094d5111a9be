package org.govscore.xes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.govscore.config.Period;
import org.govscore.report.ReportRenderer;
import org.govscore.site.SiteBuilder;
import org.govscore.testing.Console2;
import org.govscore.testing.Fixtures;
import org.govscore.testing.TestSpark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real WABO log end to end: import, evaluate on case events alone, report and publish. Only the
 * case-based indicators are computed; the others are N/A, and both outputs say which datasets were
 * missing.
 */
class WaboEndToEndTest {
  @Test
  void importEvaluateReportAndPublish(@TempDir Path tmp) throws Exception {
    Path inputs = tmp.resolve("wabo");
    ImportSummary summary =
        XesImporter.importLog(
            Path.of("data-samples/wabo/wabo-receipt.xes.gz"),
            inputs,
            Mapping.parse(Path.of("jobs/wabo-mapping.ini")));
    assertEquals(1434, summary.traces());
    assertEquals(8577, summary.events());

    Path results = tmp.resolve("results");
    Fixtures.evaluate(inputs, results, "2011", Map.of("uncertainty.draws", "20"));
    Map<String, Row> quality = Fixtures.table(results, "data_quality", "2011", 1);
    assertEquals(8577L, quality.get("case_events").getLong(1));
    assertEquals(8577L, quality.get("case_events").getLong(2));
    Map<String, Row> indicators = Fixtures.table(results, "indicators", "2011", 3);
    Row region = indicators.get("REGION|" + summary.region().code() + "|ZVR");
    assertTrue(!region.isNullAt(5) && !region.isNullAt(4), "ZVR is computed from the events");
    assertTrue(!indicators.get("REGION|" + summary.region().code() + "|OCR").isNullAt(5));
    for (String absent : List.of("SIR", "RSR", "BCR", "ESR", "TCR")) {
      Row r = indicators.get("REGION|" + summary.region().code() + "|" + absent);
      assertTrue(r.isNullAt(3) && r.isNullAt(4) && r.isNullAt(5), absent + " is N/A, not 0");
    }

    Console2 c = new Console2();
    ReportRenderer.render(
        TestSpark.spark(),
        results.toString(),
        Period.parse("2011"),
        tmp.resolve("report"),
        ReportRenderer.allLanguages(),
        c.console);
    String quality2011 = Files.readString(tmp.resolve("report/en/quality.html"));
    assertTrue(quality2011.contains("Missing datasets"), "the report names the missing datasets");
    assertTrue(quality2011.contains("service_items") && quality2011.contains("exchanges"));

    SiteBuilder.build(TestSpark.spark(), results.toString(), tmp.resolve("site"), c.console);
    String home = Files.readString(tmp.resolve("site/en/index.html"));
    assertTrue(
        home.contains("Datasets missing from this evaluation"),
        "the site names the missing datasets");
    assertTrue(home.contains("Data exchanges"), home);
  }
}
