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
      for (String page : List.of("index.html", "archive.html", "methodology.html", "downloads.html",
          "period-2026-Q2.html", "period-2026-Q3.html", "dept-D1.html")) {
        assertTrue(Files.isRegularFile(out.resolve(lang).resolve(page)), lang + "/" + page);
      }
      assertTrue(read(out.resolve(lang).resolve("index.html")).contains("<html lang=\"" + lang + "\">"));
    }
    assertTrue(read(out.resolve("index.html")).contains("zh-CN/index.html"));
    assertTrue(Files.isRegularFile(out.resolve("data/SHA256SUMS")));
    assertTrue(SiteFixture.written().stream().allMatch(Files::isRegularFile), "every file returned exists");
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
      assertTrue(read(page).contains("href=\"../" + other + "/" + rel.getFileName() + "\""), rel.toString());
    }
  }

  @Test
  void downloadsMatchTheirChecksums() throws IOException {
    Path data = SiteFixture.site().resolve("data");
    List<String> lines = Files.readAllLines(data.resolve("SHA256SUMS"), StandardCharsets.UTF_8);
    assertEquals(12, lines.size(), "scores, indicators and checks as CSV and JSON for 2 periods");
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
    assertTrue(csv.lines().skip(1).anyMatch(l -> l.matches(".*,\\d+(\\.\\d+)?,(VERY_HIGH|HIGH|MEDIUM|LOW),.*")), csv);
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
}
