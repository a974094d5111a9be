package org.govscore.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The site built from a real results store, checked from the files it wrote. */
class SiteBuilderTest {
  private static final Pattern LINK = Pattern.compile("(?:href|src)=\"([^\"]*)\"");

  private static String read(Path f) throws IOException {
    return Files.readString(f, StandardCharsets.UTF_8);
  }

  private static List<Path> pages() throws IOException {
    return SiteFixture.allFiles().stream().filter(f -> f.toString().endsWith(".html")).toList();
  }

  @Test
  void writesEveryPageInBothLanguages() throws IOException {
    Path out = SiteFixture.site();
    for (String lang : List.of("zh-CN", "en")) {
      for (String page :
          List.of(
              "index.html",
              "archive.html",
              "methodology.html",
              "downloads.html",
              "period-2026-Q2.html",
              "period-2026-Q3.html",
              "dept-D1.html",
              "units.html",
              "codebook.html")) {
        assertTrue(Files.isRegularFile(out.resolve(lang).resolve(page)), lang + "/" + page);
      }
      assertTrue(
          read(out.resolve(lang).resolve("index.html")).contains("<html lang=\"" + lang + "\">"));
    }
    assertTrue(read(out.resolve("index.html")).contains("zh-CN/index.html"));
    assertTrue(Files.isRegularFile(out.resolve("data/SHA256SUMS")));
    assertTrue(
        SiteFixture.written().stream().allMatch(Files::isRegularFile),
        "every file returned exists");
  }

  @Test
  void everyLinkResolvesToAFileOfTheSite() throws IOException {
    Path out = SiteFixture.site().toRealPath();
    List<String> broken = new ArrayList<>();
    int links = 0;
    for (Path page : pages()) {
      Matcher m = LINK.matcher(read(page));
      while (m.find()) {
        String href = m.group(1).replace("&amp;", "&");
        links++;
        if (href.startsWith("#")) {
          continue;
        }
        if (href.equals(SiteLicence.of(SiteLicence.DEFAULT).url())) {
          continue; // the licence's own address, its one external link (the site works offline
          // without it)
        }
        if (URI.create(href).getScheme() != null || href.startsWith("//")) {
          broken.add(page + ": external " + href);
          continue;
        }
        String path = URLDecoder.decode(href.replaceAll("[#?].*$", ""), StandardCharsets.UTF_8);
        Path target = page.getParent().resolve(path).normalize();
        if (!target.startsWith(out) || !Files.isRegularFile(target)) {
          broken.add(out.relativize(page) + ": " + href);
        }
      }
    }
    assertTrue(links > 100, "links checked: " + links);
    assertEquals(List.of(), broken);
  }

  @Test
  void languageSwitchLeadsToTheSamePage() throws IOException {
    Path out = SiteFixture.site();
    for (Path page : pages()) {
      Path rel = out.relativize(page);
      if (rel.getNameCount() != 2) {
        continue;
      }
      String other = rel.getName(0).toString().equals("en") ? "zh-CN" : "en";
      assertTrue(
          read(page).contains("href=\"../" + other + "/" + rel.getFileName() + "\""),
          rel.toString());
    }
  }

  @Test
  void downloadsMatchTheirChecksums() throws IOException {
    Path data = SiteFixture.site().resolve("data");
    List<String> lines = Files.readAllLines(data.resolve("SHA256SUMS"), StandardCharsets.UTF_8);
    assertEquals(
        20,
        lines.size(),
        "scores, indicators and checks as CSV and JSON for 2 periods and for all"
            + " periods, LICENSE.txt and datapackage.json");
    for (String line : lines) {
      assertTrue(line.matches("[0-9a-f]{64}  [A-Za-z0-9_./-]+"), line);
      String file = line.substring(66);
      assertEquals(line.substring(0, 64), OpenData.sha256(data.resolve(file)), file);
    }
  }

  @Test
  void hostileNamesAreEscapedAndCodesStayInside() throws IOException {
    Path out = SiteFixture.site().toRealPath();
    for (Path f : SiteFixture.allFiles()) {
      assertTrue(f.toRealPath().startsWith(out), f.toString());
      assertFalse(f.getFileName().toString().contains(".."), f.toString());
    }
    boolean seen = false;
    for (Path page : pages()) {
      String html = read(page);
      assertFalse(html.contains(SiteFixture.HOSTILE_NAME), page + " has the raw script tag");
      seen |= html.contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }
    assertTrue(seen, "the hostile department is shown, escaped");
    String scoresJson = read(SiteFixture.site().resolve("data/period-2026-Q3/scores.json"));
    assertTrue(scoresJson.contains("../../x"), "open data keeps the code as it is");
  }

  @Test
  void formulaNamesAreNeutralisedInCsv() throws IOException {
    String csv = read(SiteFixture.site().resolve("data/period-2026-Q3/scores.csv"));
    assertTrue(csv.startsWith("\uFEFFperiod,unit_type,unit_code,unit_name,"), csv.substring(0, 60));
    assertFalse(csv.contains(",=HYPERLINK("), "a formula must not start a cell");
    assertFalse(csv.contains(",\"=HYPERLINK("), "a formula must not start a quoted cell");
    assertTrue(csv.contains(",\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\","), csv);
    // Numbers stay numbers: a composite cell is a bare decimal.
    assertTrue(
        csv.lines()
            .skip(1)
            .anyMatch(l -> l.matches(".*,\\d+(\\.\\d+)?,(VERY_HIGH|HIGH|MEDIUM|LOW),.*")),
        csv);
  }

  @Test
  void noPersonalDataInAnyFile() throws IOException {
    for (Path f : SiteFixture.allFiles()) {
      String text = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
      for (String id : SiteFixture.PERSONAL_IDS) {
        assertFalse(text.contains(id), f + " contains " + id);
      }
    }
  }

  @Test
  void missingValuesAreNamedNeverZero() throws IOException {
    String en = read(SiteFixture.site().resolve("en/index.html"));
    String zh = read(SiteFixture.site().resolve("zh-CN/index.html"));
    assertTrue(en.contains("N/A"), "some value is N/A");
    assertTrue(zh.contains("无数据"));
    if (en.contains("class=\"insufficient\"")) {
      assertTrue(en.contains("Insufficient data") && zh.contains("数据不足"));
    }
  }

  /** The fixture's tree: 四川省 510000 > 广安市 511600 (D1, D2, FX1) > 广安区 511602 (D3, D4, ../../x). */
  @Test
  void breadcrumbsAndRegionPagesWalkTheTree() throws IOException {
    String d3 = read(SiteFixture.site().resolve("en/dept-D3.html"));
    String crumbs =
        d3.substring(
            d3.indexOf("<nav class=\"breadcrumb\""),
            d3.indexOf("</nav>", d3.indexOf("breadcrumb")));
    List<String> hrefs = new ArrayList<>();
    Matcher m = LINK.matcher(crumbs);
    while (m.find()) {
      hrefs.add(m.group(1));
    }
    assertEquals(
        List.of("index.html", "region-510000.html", "region-511600.html", "region-511602.html"),
        hrefs);
    assertTrue(
        crumbs.contains("<span aria-current=\"page\"><span lang=\"zh-CN\">广安区人力资源和社会保障局</span>"),
        crumbs);
    String city = read(SiteFixture.site().resolve("zh-CN/region-511600.html"));
    String children = city.substring(city.indexOf("<section id=\"children\">"));
    children = children.substring(0, children.indexOf("</section>"));
    for (String link :
        List.of("region-511602.html", "dept-D1.html", "dept-D2.html", "dept-FX1.html")) {
      assertTrue(children.contains("href=\"" + link + "\""), link);
    }
    assertFalse(
        children.contains("dept-D3.html"),
        "a department of the county is listed on the county's page");
  }

  @Test
  void unitPageOpensWithTheSummaryCard() throws IOException {
    String d1 = read(SiteFixture.site().resolve("en/dept-D1.html"));
    int card = d1.indexOf("class=\"summary\"");
    assertTrue(
        card > 0 && card < d1.indexOf("id=\"members\"") && card < d1.indexOf("id=\"history\""));
    for (String label :
        List.of("Grade", "Composite", "Rank", "Rank interval", "Change", "Group median")) {
      assertTrue(d1.contains("<dt>" + label + "</dt>"), label);
    }
    assertTrue(
        d1.contains("departments of <span lang=\"zh-CN\">广安市</span>"),
        "the group is named, its name marked");
    assertTrue(d1.contains("<svg viewBox=\"0 0 400 230\" role=\"img\""), "charts are inline SVG");
    assertTrue(d1.contains("The logs are not resampled"), "the shared uncertainty text");
    assertFalse(d1.contains("when the evidence is resampled"));
  }

  @Test
  void allUnitsPageListsEveryUnitGroupedByRegion() throws IOException {
    String html = read(SiteFixture.site().resolve("zh-CN/units.html"));
    long rows = html.lines().filter(l -> l.startsWith("<tr class=\"unit\"")).count();
    // 3 regions and 7 departments (D1..D4, the hostile and the formula department; D5+ if the
    // fixture has them).
    long units =
        SiteFixture.allFiles().stream()
            .filter(f -> f.getParent().getFileName().toString().equals("zh-CN"))
            .map(f -> f.getFileName().toString())
            .filter(n -> n.startsWith("dept-") || n.startsWith("region-"))
            .count();
    assertEquals(units, rows, "one row per unit page");
    int p = html.indexOf("<tbody id=\"in-region-510000\">");
    int c = html.indexOf("<tbody id=\"in-region-511600\">");
    int k = html.indexOf("<tbody id=\"in-region-511602\">");
    assertTrue(p > 0 && p < c && c < k, "groups in tree order");
    String county = html.substring(k);
    assertTrue(
        county.contains("data-code=\"D3\"")
            && county.contains("data-regions=\"510000 511600 511602\""));
  }

  @Test
  void openDataHasParentChangeAllPeriodsAndADataPackage() throws IOException {
    Path data = SiteFixture.site().resolve("data");
    List<String> all =
        Files.readAllLines(data.resolve("all-periods/scores.csv"), StandardCharsets.UTF_8);
    assertEquals(
        "\uFEFFperiod,unit_type,unit_code,unit_name,level,rank_group,composite,grade,rank,rank_p05,rank_median,"
            + "rank_p95,quadrant,indicators_available,parent_region_code,group_ranked,previous_period,composite_change",
        all.get(0));
    java.util.Map<String, String> parent = new java.util.HashMap<>();
    for (String line : all.subList(1, all.size())) {
      String[] f = line.split(",", -1);
      if (f[0].equals("2026-Q3") && !line.contains("\"")) {
        parent.put(f[2], f[14]);
        assertEquals("2026-Q2", f[16], line);
      }
    }
    assertEquals("511602", parent.get("D3"));
    assertEquals("511600", parent.get("511602"));
    assertEquals("510000", parent.get("511600"));
    assertEquals("", parent.get("510000"));
    long q2 = all.stream().filter(l -> l.startsWith("2026-Q2,")).count();
    long q3 = all.stream().filter(l -> l.startsWith("2026-Q3,")).count();
    assertEquals(Files.readAllLines(data.resolve("period-2026-Q2/scores.csv")).size() - 1, q2);
    assertEquals(Files.readAllLines(data.resolve("period-2026-Q3/scores.csv")).size() - 1, q3);

    var pkg =
        new com.fasterxml.jackson.databind.ObjectMapper()
            .readTree(data.resolve("datapackage.json").toFile());
    assertEquals("CC-BY-4.0", pkg.path("licenses").get(0).path("name").asText());
    assertEquals(
        18, pkg.path("resources").size(), "3 tables x CSV and JSON x (2 periods + all periods)");
    for (var r : pkg.path("resources")) {
      Path file = data.resolve(r.path("path").asText());
      assertEquals("sha256:" + OpenData.sha256(file), r.path("hash").asText(), file.toString());
      if (r.path("format").asText().equals("csv")) {
        List<String> names = new ArrayList<>();
        r.path("schema").path("fields").forEach(f -> names.add(f.path("name").asText()));
        assertEquals(
            Files.readAllLines(file).get(0).replace("\uFEFF", ""),
            String.join(",", names),
            file.toString());
      }
    }
    var grade = pkg.path("resources").get(0).path("schema").path("fields").get(7);
    assertEquals("grade", grade.path("name").asText());
    assertEquals(
        "[\"VERY_HIGH\",\"HIGH\",\"MEDIUM\",\"LOW\"]",
        grade.path("constraints").path("enum").toString());
    assertTrue(
        read(data.resolve("LICENSE.txt")).contains("https://creativecommons.org/licenses/by/4.0/"));
    String codebook = read(SiteFixture.site().resolve("en/codebook.html"));
    assertTrue(
        codebook.contains("<code>DEPARTMENT:511600</code>")
            && codebook.contains("<code>VERY_HIGH</code>"));
  }

  /**
   * Item 4 of issue 19: on an English page every Chinese text (the units' names, which the inputs
   * give only in Chinese) is inside an element marked lang="zh-CN". The page title and the SVG
   * charts' title and description (text-only) are left out of the check.
   */
  @Test
  void chineseOnEnglishPagesIsMarkedAsChinese() throws IOException {
    Pattern han = Pattern.compile("\\p{IsHan}+");
    Pattern marked = Pattern.compile("<(span|a|option)[^>]*\\blang=\"zh-CN\"[^>]*>[^<]*</\\1>");
    int pages = 0;
    for (Path page : pages()) {
      if (!page.getParent().getFileName().toString().equals("en")) {
        continue;
      }
      String body = read(page);
      body = body.substring(body.indexOf("<body>"));
      body = body.replaceAll("(?s)<svg.*?</svg>", "");
      body = marked.matcher(body).replaceAll("");
      body = body.replaceAll("<[^>]*>", "");
      Matcher m = han.matcher(body);
      assertFalse(
          m.find(), page.getFileName() + " has unmarked Chinese: " + (m.hitEnd() ? "" : m.group()));
      pages++;
    }
    assertTrue(pages > 10);
    assertTrue(
        read(SiteFixture.site().resolve("en/dept-D3.html")).contains("<h1><span lang=\"zh-CN\">"));
  }
}
