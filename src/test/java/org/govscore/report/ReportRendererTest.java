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
import org.govscore.base.GovscoreException;
import org.govscore.config.Period;
import org.govscore.testing.Console2;
import org.govscore.testing.TempDirs;
import org.govscore.testing.TestSpark;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The report rendered from a real results store, in both languages, checked from the files it
 * wrote.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportRendererTest {
  Path out;
  List<Path> written;
  final Console2 console = new Console2();

  @BeforeAll
  void render() throws IOException {
    out = TempDirs.create("govscore-report-out");
    written =
        ReportRenderer.render(
            TestSpark.spark(),
            ReportFixture.results().toString(),
            Period.parse("2026-Q3"),
            out,
            ReportRenderer.allLanguages(),
            console.console);
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
      for (String f :
          List.of(
              "index.html",
              "quality.html",
              "methodology.html",
              "assets/report.css",
              "assets/print.css",
              "report.pdf",
              "leadership.pdf",
              "dept-D1.html",
              "dept-D4.html",
              "region-511600.html",
              "depts-511600.html",
              "regions-CITY.html",
              "charts/index-grades.png",
              "charts/depts-511600-quadrant.png",
              "charts/dept-D1-radar.png",
              "charts/dept-D1-trend.png",
              "charts/depts-511600-intervals.png")) {
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
        assertFalse(
            Files.readString(f).contains(ReportFixture.HOSTILE_NAME), "raw script tag in " + rel);
      }
    }
    String group = read("zh-CN", "depts-511602.html");
    assertTrue(
        group.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "the name is shown, escaped");
    assertFalse(
        Files.exists(out.resolve("x.html")) || Files.exists(out.getParent().resolve("x.html")));
    try (Stream<Path> pages = Files.list(out.resolve("en"))) {
      List<String> names = pages.map(p -> p.getFileName().toString()).toList();
      assertTrue(
          names.stream().anyMatch(n -> n.matches("dept-______x-[0-9a-f]{8}\\.html")),
          names.toString());
      assertTrue(
          names.stream().anyMatch(n -> n.matches("dept-CON-[0-9a-f]{8}\\.html")), names.toString());
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
          if (font instanceof PDType0Font t0
              && font.isEmbedded()
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
    Path pngDir = TempDirs.create("govscore-pdftoppm");
    Path png = pngDir.resolve("page");
    Process p =
        new ProcessBuilder(
                "pdftoppm",
                "-r",
                "40",
                "-png",
                "-f",
                "1",
                "-l",
                "3",
                pdf.toString(),
                png.toString())
            .redirectErrorStream(true)
            .start();
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
    assertTrue(
        d4.contains("<dd class=\"big\">数据不足</dd>"), "no composite is shown as insufficient data");
    assertTrue(d4.contains("没有综合指数、等级和名次"));
    String d3 = read("en", "dept-D3.html");
    assertTrue(d3.contains("<td class=\"num\">N/A</td>"), "BCR of D3 is N/A");
    assertTrue(read("en", "depts-511602.html").contains("Insufficient data"));
  }

  /** The summary section of a page: figures, sentences, warnings, data, glossary. */
  private static String summaryOf(String page) {
    int from = page.indexOf("<section class=\"summary\"");
    return page.substring(from, page.indexOf("</section>", from));
  }

  @Test
  void summaryHasHeadlineFiguresAndAtMostFiveSentencesWithNamesNotCodes() throws IOException {
    for (String lang : List.of("zh-CN", "en")) {
      String summary = summaryOf(read(lang, "index.html"));
      assertTrue(summary.contains("<ul class=\"figures\">"), lang);
      int sentences =
          summary
                  .substring(
                      summary.indexOf("<div class=\"sentences\">"),
                      summary.indexOf("</div>", summary.indexOf("<div class=\"sentences\">")))
                  .split("<p>", -1)
                  .length
              - 1;
      assertTrue(sentences >= 3 && sentences <= 5, lang + ": " + sentences + " sentences");
      String sentenceText =
          summary.substring(
              summary.indexOf("<div class=\"sentences\">"),
              summary.indexOf("</div>", summary.indexOf("<div class=\"sentences\">")));
      // Codes stay on the unit pages: no resource, item or check code in the sentences.
      assertFalse(sentenceText.matches("(?s).*\\b(R[0-9]+|I[0-9]+|EX_[A-Z_]+)\\b.*"), sentenceText);
      assertTrue(summary.contains("<dl class=\"glossary\">"));
    }
    String zh = summaryOf(read("zh-CN", "index.html"));
    assertTrue(zh.contains("广安市市场监督管理局"), "the leader is named");
    String en = summaryOf(read("en", "index.html"));
    assertTrue(en.contains("Against 2026-Q2"), en);
    assertTrue(
        en.contains("<dt>RSR</dt><dd>Resource sharing rate</dd>"),
        "the glossary expands the abbreviations");
  }

  @Test
  void sharpChangesAskForTheEvidenceToBeCheckedInSummaryQualityPageAndUnitPage()
      throws IOException {
    // The fixture's D3 falls from 77.78 to 34.92 (-42.86) and its region 广安区 from 61.11 to 26.59
    // (-34.52): both at least 30 points. D2 rises by 56.25 and D1 moves by 5.21: no warning.
    String d3 =
        "<li class=\"warning\">广安区人力资源和社会保障局: composite 77.78 → 34.92 (-42.86). The data may be "
            + "incomplete: check the evidence before publishing.</li>";
    String region =
        "<li class=\"warning\">广安区: composite 61.11 → 26.59 (-34.52). The data may be incomplete: "
            + "check the evidence before publishing.</li>";
    String index = read("en", "index.html");
    assertTrue(index.contains(d3), index);
    assertTrue(index.contains(region));
    assertEquals(
        2, index.split("<li class=\"warning\">", -1).length - 1, "only the two sharp changes");
    String quality = read("en", "quality.html");
    assertTrue(
        quality.contains(d3) && quality.contains(region), "listed on the data-quality page too");
    assertTrue(
        read("en", "dept-D3.html").contains("<p class=\"warning\">广安区人力资源和社会保障局: composite 77.78"));
    assertFalse(read("en", "dept-D1.html").contains("check the evidence before publishing"));
  }

  @Test
  void theUncertaintyTextIsTheSharedOneWordForWord() throws IOException {
    // As the page escapes it (FreeMarker's HTML output format writes ' as &#39;).
    String en = org.govscore.render.text.UncertaintyText.of("en", 40, 2016).replace("'", "&#39;");
    String zh =
        org.govscore.render.text.UncertaintyText.of("zh-CN", 40, 2016).replace("'", "&#39;");
    assertTrue(read("en", "depts-511600.html").contains(en));
    assertTrue(read("en", "methodology.html").contains(en));
    assertTrue(read("zh-CN", "depts-511600.html").contains(zh));
    assertFalse(
        read("en", "depts-511600.html").contains("an interval of one rank is a certain rank"));
  }

  @Test
  void headingsDoNotSkipALevel() throws IOException {
    for (String lang : List.of("zh-CN", "en")) {
      for (String page :
          List.of(
              "index.html",
              "depts-511600.html",
              "dept-D1.html",
              "region-511600.html",
              "quality.html",
              "methodology.html")) {
        java.util.regex.Matcher m =
            java.util.regex.Pattern.compile("<h([1-6])[ >]").matcher(read(lang, page));
        int last = 0;
        while (m.find()) {
          int level = Integer.parseInt(m.group(1));
          assertTrue(level <= last + 1, lang + "/" + page + ": h" + last + " then h" + level);
          last = level;
        }
        assertTrue(last > 0, page + " has headings");
      }
    }
  }

  /** The drawn box of every image on a page, from the content stream's transformation matrix. */
  static final class ImageBoxes extends org.apache.pdfbox.contentstream.PDFStreamEngine {
    final List<double[]> boxes = new ArrayList<>();

    ImageBoxes() {
      addOperator(new org.apache.pdfbox.contentstream.operator.state.Concatenate(this));
      addOperator(new org.apache.pdfbox.contentstream.operator.state.Save(this));
      addOperator(new org.apache.pdfbox.contentstream.operator.state.Restore(this));
      addOperator(new org.apache.pdfbox.contentstream.operator.state.SetMatrix(this));
      addOperator(new org.apache.pdfbox.contentstream.operator.DrawObject(this));
    }

    @Override
    protected void processOperator(
        org.apache.pdfbox.contentstream.operator.Operator op,
        List<org.apache.pdfbox.cos.COSBase> operands)
        throws IOException {
      if ("Do".equals(op.getName())) {
        COSName name = (COSName) operands.get(0);
        var x = getResources().getXObject(name);
        if (x instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject img) {
          org.apache.pdfbox.util.Matrix ctm = getGraphicsState().getCurrentTransformationMatrix();
          // An image fills the unit square: the matrix maps it to its box on the page.
          boxes.add(
              new double[] {
                ctm.getTranslateX(),
                ctm.getTranslateY(),
                ctm.getScalingFactorX(),
                ctm.getScalingFactorY(),
                img.getWidth(),
                img.getHeight()
              });
          return;
        }
      }
      super.processOperator(op, operands);
    }
  }

  @Test
  void noChartIsClippedOnAnyPdfPageAndNoChartTextIsBelowEightPoints() throws IOException {
    // The print stylesheet's content box: A4 (595.28 x 841.89 pt) less 15 mm at the sides and 18 mm
    // at top and bottom.
    double mm = 72 / 25.4;
    double left = 15 * mm;
    double right = 595.28 - 15 * mm;
    double bottom = 18 * mm;
    double top = 841.89 - 18 * mm;
    for (String lang : List.of("zh-CN", "en")) {
      for (String file : List.of("report.pdf", "leadership.pdf")) {
        int images = 0;
        try (PDDocument doc = Loader.loadPDF(out.resolve(lang).resolve(file).toFile())) {
          int n = 0;
          for (PDPage page : doc.getPages()) {
            n++;
            ImageBoxes boxes = new ImageBoxes();
            boxes.processPage(page);
            for (double[] b : boxes.boxes) {
              images++;
              String where =
                  lang + "/" + file + " page " + n + " image " + java.util.Arrays.toString(b);
              assertTrue(
                  b[0] >= left - 0.5 && b[0] + b[2] <= right + 0.5,
                  "clipped at the sides: " + where);
              assertTrue(
                  b[1] >= bottom - 0.5 && b[1] + b[3] <= top + 0.5,
                  "clipped at top or bottom: " + where);
              // The smallest chart text is MIN_FONT px: printed at this scale it must be 8 pt or
              // more.
              double ptPerPx = b[2] / b[4];
              assertTrue(
                  ptPerPx * org.govscore.render.charts.ChartStyle.MIN_FONT >= 8.0 - 1e-6,
                  "chart text below 8 pt: " + where);
            }
          }
        }
        assertTrue(images > 0 || file.equals("leadership.pdf"), lang + "/" + file + " has charts");
      }
    }
  }

  @Test
  void pdfsNavigateWithBookmarksATableOfContentsWithPageNumbersAndAreTagged() throws IOException {
    for (String lang : List.of("zh-CN", "en")) {
      try (PDDocument doc = Loader.loadPDF(out.resolve(lang).resolve("report.pdf").toFile())) {
        var outline = doc.getDocumentCatalog().getDocumentOutline();
        assertTrue(outline != null, "bookmarks");
        List<String> titles = new ArrayList<>();
        for (var item : outline.children()) {
          titles.add(item.getTitle());
          item.children().forEach(c -> titles.add(c.getTitle()));
        }
        String summaryTitle = lang.equals("en") ? "Executive summary" : "执行摘要";
        assertTrue(titles.contains(summaryTitle), titles.toString());
        assertTrue(
            titles.stream().anyMatch(t -> t.contains("511600")), "a bookmark per group: " + titles);
        assertTrue(
            titles.stream().anyMatch(t -> t.contains("D1")), "a bookmark per unit: " + titles);
        assertTrue(
            doc.getDocumentCatalog().getMarkInfo() != null
                && doc.getDocumentCatalog().getMarkInfo().isMarked(),
            "tagged PDF");
        assertTrue(doc.getDocumentCatalog().getStructureTreeRoot() != null, "structure tree");
        // The contents page: entries end in page numbers and are links.
        PDFTextStripper strip = new PDFTextStripper();
        strip.setStartPage(2);
        strip.setEndPage(2);
        String toc = strip.getText(doc);
        assertTrue(
            toc.lines()
                    .filter(l -> l.matches(".*\\.\\s*[0-9]+\\s*$") || l.matches(".*\\s[0-9]+\\s*$"))
                    .count()
                >= 5,
            toc);
        assertTrue(
            doc.getPage(1).getAnnotations().stream()
                    .filter(a -> a.getSubtype().equals("Link"))
                    .count()
                >= 5,
            "the contents entries are links");
        boolean bold = false;
        for (PDPage page : doc.getPages()) {
          for (COSName n : page.getResources().getFontNames()) {
            bold |=
                page.getResources().getFont(n).getName().toLowerCase(Locale.ROOT).contains("bold");
          }
        }
        assertTrue(bold, "a bold face for headings");
      }
      try (PDDocument doc = Loader.loadPDF(out.resolve(lang).resolve("leadership.pdf").toFile())) {
        assertTrue(
            doc.getNumberOfPages() <= 20,
            "leadership edition: " + doc.getNumberOfPages() + " pages");
        String text = new PDFTextStripper().getText(doc);
        assertTrue(text.contains(lang.equals("en") ? "Main findings" : "主要发现"));
        assertTrue(doc.getDocumentCatalog().getDocumentOutline() != null);
      }
    }
  }

  @Test
  void qualityAndMethodologyComeFromTheManifest() throws IOException {
    String quality = read("en", "quality.html");
    // The q3 fixture has every v1 dataset but no ratings log (v2): that one is named as missing,
    // and the absent external indicators are not (no built-in indicator needs them).
    assertFalse(quality.contains("Every dataset was present."));
    assertTrue(
        quality.contains("Service ratings (good-or-bad reviews)"),
        "the missing ratings log is named");
    assertFalse(quality.contains("External indicators"), "absent external indicators are no gap");
    assertTrue(quality.contains("<td class=\"num\">11</td>"), "exchanges rows read");
    String methodology = read("en", "methodology.html");
    assertTrue(
        methodology.contains("uncertainty.draws</th><td class=\"code\">40</td>"),
        "the parameter in force");
    assertTrue(methodology.contains("quadrant.x"));
  }

  @Test
  void oneLanguageOnlyWhenAsked() throws IOException {
    Path only = TempDirs.create("govscore-report-en");
    ReportRenderer.render(
        TestSpark.spark(),
        ReportFixture.results().toString(),
        Period.parse("2026-Q3"),
        only,
        List.of(Locale.forLanguageTag("en")),
        console.console);
    try (Stream<Path> s = Files.list(only)) {
      assertEquals(List.of("en"), s.map(p -> p.getFileName().toString()).toList());
    }
  }

  @Test
  void aPeriodTheStoreLacksIsAClearError() throws IOException {
    GovscoreException e =
        assertThrows(
            GovscoreException.class,
            () ->
                ReportRenderer.render(
                    TestSpark.spark(),
                    ReportFixture.results().toString(),
                    Period.parse("2025-Q1"),
                    out.resolve("none"),
                    ReportRenderer.allLanguages(),
                    console.console));
    assertTrue(e.getMessage().contains("has no period 2025-Q1"), e.getMessage());
    assertTrue(e.getMessage().contains("2026-Q2, 2026-Q3"), e.getMessage());
  }

  @Test
  void findingsNameTheirItemsAndResourcesBesideTheCodes() throws IOException {
    assertTrue(
        read("en", "dept-D1.html")
            .contains("item 居民身份证换领 (I2) is declared online in the catalogue"),
        "a declared-only item");
    assertTrue(
        read("en", "dept-D2.html")
            .contains("resource 内部管理信息 (R5) is withheld from sharing without a legal basis"),
        "a resource withheld without a legal basis");
    assertTrue(read("zh-CN", "dept-D1.html").contains("事项 居民身份证换领 (I2) 在清单中声明可网办"));
  }
}
