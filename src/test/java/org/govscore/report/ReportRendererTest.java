package org.govscore.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.govscore.cli.UserException;
import org.govscore.config.Period;
import org.govscore.testing.Console2;
import org.govscore.testing.TestSpark;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The report rendered from a real results store, in both languages, checked from the files it wrote. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportRendererTest {
  Path out;
  List<Path> written;
  final Console2 console = new Console2();

  @BeforeAll
  void render() throws IOException {
    out = Files.createTempDirectory("govscore-report-out");
    written = ReportRenderer.render(TestSpark.spark(), ReportFixture.results().toString(), Period.parse("2026-Q3"),
        out, ReportRenderer.allLanguages(), console.console);
  }

  private String read(String lang, String file) throws IOException {
    return Files.readString(out.resolve(lang).resolve(file), StandardCharsets.UTF_8);
  }

  private List<Path> allFiles() throws IOException {
    try (Stream<Path> s = Files.walk(out)) {
      return s.filter(Files::isRegularFile).toList();
    }
  }

  @Test
  void writesPagesChartsStylesAndPdfPerLanguage() throws IOException {
    for (String lang : List.of("zh-CN", "en")) {
      Path dir = out.resolve(lang);
      for (String f : List.of("index.html", "quality.html", "methodology.html", "assets/report.css", "assets/print.css",
          "report.pdf", "dept-D1.html", "dept-D4.html", "region-511600.html", "depts-511600.html",
          "regions-CITY.html", "charts/index-grades.png", "charts/depts-511600-quadrant.png",
          "charts/dept-D1-radar.png", "charts/dept-D1-trend.png", "charts/depts-511600-intervals.png")) {
        assertTrue(Files.isRegularFile(dir.resolve(f)), lang + "/" + f);
        assertTrue(Files.size(dir.resolve(f)) > 200, lang + "/" + f + " is too small");
      }
    }
    assertEquals(allFiles().size(), written.size(), "every file written is returned");
    String index = read("en", "index.html");
    assertTrue(index.contains("href=\"depts-511600.html\""));
    assertFalse(index.contains("http://") || index.contains("https://"), "no network resource");
  }

  @Test
  void hostileNamesAreEscapedAndCodesGiveSafeFileNames() throws IOException {
    for (Path f : allFiles()) {
      Path rel = out.relativize(f);
      assertTrue(f.normalize().startsWith(out), f.toString());
      for (Path part : rel) {
        assertTrue(part.toString().matches("[A-Za-z0-9_.-]+"), "unsafe file name " + rel);
      }
      if (f.toString().endsWith(".html")) {
        assertFalse(Files.readString(f).contains(ReportFixture.HOSTILE_NAME), "raw script tag in " + rel);
      }
    }
    String group = read("zh-CN", "depts-511602.html");
    assertTrue(group.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "the name is shown, escaped");
    assertFalse(Files.exists(out.resolve("x.html")) || Files.exists(out.getParent().resolve("x.html")));
    try (Stream<Path> pages = Files.list(out.resolve("en"))) {
      List<String> names = pages.map(p -> p.getFileName().toString()).toList();
      assertTrue(names.stream().anyMatch(n -> n.matches("dept-______x-[0-9a-f]{8}\\.html")), names.toString());
      assertTrue(names.stream().anyMatch(n -> n.matches("dept-CON-[0-9a-f]{8}\\.html")), names.toString());
      assertFalse(names.contains("dept-CON.html"));
    }
  }

  @Test
  void noPersonalDataInAnyOutput() throws IOException {
    List<String> texts = new ArrayList<>();
    for (Path f : allFiles()) {
      String name = f.getFileName().toString();
      if (name.endsWith(".pdf")) {
        try (PDDocument doc = Loader.loadPDF(f.toFile())) {
          texts.add(new PDFTextStripper().getText(doc));
        }
      }
      texts.add(new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1));
      for (String id : ReportFixture.PERSONAL_IDS) {
        assertFalse(name.contains(id), f.toString());
        for (String t : texts) {
          assertFalse(t.contains(id), "personal identifier " + id + " in " + f);
        }
      }
      texts.clear();
    }
  }

  @Test
  void pdfEmbedsACjkFontAndShowsChinese() throws Exception {
    Path pdf = out.resolve("zh-CN/report.pdf");
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      assertTrue(doc.getNumberOfPages() > 5);
      List<String> embedded = new ArrayList<>();
      for (PDPage page : doc.getPages()) {
        for (COSName n : page.getResources().getFontNames()) {
          PDFont font = page.getResources().getFont(n);
          if (font instanceof PDType0Font t0 && font.isEmbedded()
              && t0.getDescendantFont().getFontDescriptor().getFontFile2() != null) {
            embedded.add(font.getName());
          }
        }
      }
      assertFalse(embedded.isEmpty(), "no embedded TrueType CID font");
      String text = new PDFTextStripper().getText(doc);
      assertTrue(text.contains("执行摘要"), "Chinese text extracts from the PDF");
      assertTrue(text.contains("广安市公安局"));
    }
    Assumptions.assumeTrue(onPath("pdftoppm"), "pdftoppm (poppler-utils) is not installed");
    Path pngDir = Files.createTempDirectory("govscore-pdftoppm");
    Path png = pngDir.resolve("page");
    Process p = new ProcessBuilder("pdftoppm", "-r", "40", "-png", "-f", "1", "-l", "3", pdf.toString(), png.toString())
        .redirectErrorStream(true).start();
    String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(120, TimeUnit.SECONDS));
    assertEquals(0, p.exitValue(), log);
    try (Stream<Path> s = Files.list(pngDir)) {
      assertEquals(3, s.filter(f -> f.getFileName().toString().startsWith("page")).count());
    }
  }

  private static boolean onPath(String tool) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
      if (Files.isExecutable(Path.of(dir, tool))) {
        return true;
      }
    }
    return false;
  }

  @Test
  void insufficientDataAndNaAreNeverZero() throws IOException {
    String d4 = read("zh-CN", "dept-D4.html");
    assertTrue(d4.contains("<dd class=\"big\">数据不足</dd>"), "no composite is shown as insufficient data");
    assertTrue(d4.contains("没有综合指数、等级和名次"));
    String d3 = read("en", "dept-D3.html");
    assertTrue(d3.contains("<td class=\"num\">N/A</td>"), "BCR of D3 is N/A");
    assertTrue(read("en", "depts-511602.html").contains("Insufficient data"));
  }

  @Test
  void summaryExplainsLeadersLaggardsAndFallsFromFindings() throws IOException {
    String zh = read("zh-CN", "index.html");
    assertTrue(zh.contains("广安市市场监督管理局"), "the leader is named");
    assertTrue(zh.contains("广安区人力资源和社会保障局下降"), "the largest fall is named");
    assertTrue(zh.contains("R3") && zh.contains("R6"), "the refused resources are cited as evidence");
    String en = read("en", "index.html");
    assertTrue(en.contains("Against 2026-Q2"), en);
    assertTrue(en.contains("RSR Resource sharing rate -50.0 pp"));
  }

  @Test
  void qualityAndMethodologyComeFromTheManifest() throws IOException {
    String quality = read("en", "quality.html");
    assertTrue(quality.contains("Every dataset was present."));
    assertTrue(quality.contains("<td class=\"num\">11</td>"), "exchanges rows read");
    String methodology = read("en", "methodology.html");
    assertTrue(methodology.contains("uncertainty.draws</th><td class=\"code\">40</td>"), "the parameter in force");
    assertTrue(methodology.contains("quadrant.x"));
  }

  @Test
  void oneLanguageOnlyWhenAsked() throws IOException {
    Path only = Files.createTempDirectory("govscore-report-en");
    ReportRenderer.render(TestSpark.spark(), ReportFixture.results().toString(), Period.parse("2026-Q3"), only,
        List.of(Locale.forLanguageTag("en")), console.console);
    try (Stream<Path> s = Files.list(only)) {
      assertEquals(List.of("en"), s.map(p -> p.getFileName().toString()).toList());
    }
  }

  @Test
  void aPeriodTheStoreLacksIsAClearError() throws IOException {
    UserException e = assertThrows(UserException.class, () -> ReportRenderer.render(TestSpark.spark(),
        ReportFixture.results().toString(), Period.parse("2025-Q1"), out.resolve("none"),
        ReportRenderer.allLanguages(), console.console));
    assertTrue(e.getMessage().contains("has no period 2025-Q1"), e.getMessage());
    assertTrue(e.getMessage().contains("2026-Q2, 2026-Q3"), e.getMessage());
  }
}
