package org.govscore.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.govscore.config.Period;
import org.govscore.site.SiteBuilder;
import org.govscore.store.ResourceStatusRecord;
import org.govscore.testing.Console2;
import org.govscore.testing.Fixtures;
import org.govscore.testing.TestSpark;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An agency may hold only its catalogues: without exchanges and case events every item and resource
 * status is null (N/A), and report and site still render, saying "no data" where a status would be,
 * instead of failing.
 */
class MissingLogsReportTest {
  @TempDir static Path inputs;
  @TempDir static Path results;
  @TempDir static Path report;
  @TempDir static Path site;

  @BeforeAll
  static void evaluateCataloguesOnly() throws Exception {
    for (String f :
        List.of("regions.csv", "departments.csv", "service_items.csv", "resources.csv")) {
      Files.copy(Fixtures.fixture("rating-levels").resolve(f), inputs.resolve(f));
    }
    // A resource NOT_SHARED without a legal basis: a finding whatever the logs.
    Files.writeString(
        inputs.resolve("resources.csv"),
        "R9,涉密数据,D1,OTHER,NOT_SHARED,,\n",
        StandardCharsets.UTF_8,
        StandardOpenOption.APPEND);
    Fixtures.evaluate(inputs, results, "2026-Q3", Map.of());
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

  @Test
  void theReportRendersEveryUnitWithNoDataForStatuses() throws IOException {
    for (String lang : List.of("en", "zh-CN")) {
      Path dir = report.resolve(lang);
      assertTrue(Files.exists(dir.resolve("report.pdf")), lang + " PDF");
      String unit = Files.readString(dir.resolve("dept-D1.html"), StandardCharsets.UTF_8);
      String na = lang.equals("en") ? "<td>N/A</td>" : "<td>无数据</td>";
      assertTrue(unit.contains(na), lang + ": a status without its log reads " + na);
    }
  }

  /** Its request count was never measured: no count (null metric), not "0 request(s)". */
  @Test
  void aNotSharedResourceWithoutExchangesHasNoRequestCount() {
    Row r9 =
        Fixtures.table(results, "findings", "2026-Q3", 4)
            .get("DEPARTMENT|D1|NOT_SHARED_RESOURCE|R9");
    assertNotNull(r9);
    assertTrue(r9.isNullAt(4), "metric " + r9.get(4));
    assertEquals("NOT_SHARED without a legal basis", r9.getString(5));
  }

  @Test
  void theSiteRenders() {
    assertTrue(Files.exists(site.resolve("index.html")));
  }

  @Test
  void aSharingRateOverUnknownStatusesIsNotAvailable() {
    ResourceStatusRecord unknown =
        new ResourceStatusRecord("R1", "D1", "CONDITIONAL", null, null, 0, 0);
    ResourceStatusRecord served =
        new ResourceStatusRecord("R2", "D1", "CONDITIONAL", null, "SERVED", 3, 2);
    assertNull(PlatformSections.sharingRate(List.of(served, unknown), 0.5));
    assertEquals(1.0, PlatformSections.sharingRate(List.of(served), 0.5));
  }
}
