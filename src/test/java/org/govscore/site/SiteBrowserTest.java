package org.govscore.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import com.sun.net.httpserver.HttpServer;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.govscore.store.RankGroup;
import org.govscore.testing.Fixtures;
import org.govscore.testing.TempDirs;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The built site in a real browser: Debian's chromium, headless, through its chromedriver, served
 * over HTTP on 127.0.0.1 (and opened from disk, where the site must work too), at a laptop's 1366
 * px and a phone's 390 px. axe-core checks accessibility (no serious or critical violation; its
 * color-contrast rule is the 4.5:1 check of every text). Chromium missing is a failure, not a skip:
 * CI installs it (jobs/setup). Screenshots land in target/site-screenshots.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SiteBrowserTest {
  static final File CHROMIUM = new File("/usr/bin/chromium");
  static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
  static final Path SCREENSHOTS = Path.of("target", "site-screenshots");

  HttpServer server;
  ChromeDriver driver;
  String base;

  @BeforeAll
  void start() throws IOException {
    assertTrue(
        CHROMIUM.canExecute() && CHROMEDRIVER.canExecute(),
        "The browser test needs Debian's chromium and chromium-driver (/usr/bin/chromium, /usr/bin/chromedriver);"
            + " install them with jobs/setup or 'apt-get install chromium chromium-driver'");
    Path site = SiteFixture.site();
    server = serve(site);
    base = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    // The driver is given explicitly, so Selenium Manager has nothing to look up or download.
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.getPath());
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-dev-shm-usage",
        "--disable-component-update",
        "--no-first-run",
        "--disable-sync",
        "--user-data-dir=" + TempDirs.create("govscore-chromium"),
        "--window-size=1280,900");
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER)
            .usingAnyFreePort()
            .build();
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    Files.createDirectories(SCREENSHOTS);
  }

  @AfterAll
  void stop() {
    if (driver != null) {
      driver.quit();
    }
    if (server != null) {
      server.stop(0);
    }
  }

  /** A static file server for the site folder; paths that would leave it are refused. */
  static HttpServer serve(Path root) throws IOException {
    Path top = root.toRealPath();
    HttpServer s = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    Map<String, String> types =
        Map.of(
            "html",
            "text/html; charset=utf-8",
            "css",
            "text/css; charset=utf-8",
            "js",
            "text/javascript; charset=utf-8",
            "png",
            "image/png",
            "csv",
            "text/csv; charset=utf-8",
            "json",
            "application/json");
    s.createContext(
        "/",
        ex -> {
          String path = URLDecoder.decode(ex.getRequestURI().getPath(), StandardCharsets.UTF_8);
          Path file = top.resolve(path.substring(1)).normalize();
          if (Files.isDirectory(file)) {
            file = file.resolve("index.html");
          }
          if (!file.startsWith(top) || !Files.isRegularFile(file)) {
            ex.sendResponseHeaders(404, -1);
            ex.close();
            return;
          }
          String name = file.getFileName().toString();
          String ext = name.substring(name.lastIndexOf('.') + 1);
          ex.getResponseHeaders()
              .add("Content-Type", types.getOrDefault(ext, "application/octet-stream"));
          byte[] body = Files.readAllBytes(file);
          ex.sendResponseHeaders(200, body.length);
          try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
          }
        });
    s.start();
    return s;
  }

  /** The first region group of the latest period in the scores table, ranked units by rank. */
  private static List<Row> firstGroupOfStore() throws IOException {
    Map<String, Row> scores = Fixtures.table(SiteFixture.results(), "scores", "2026-Q3", 2);
    Map<RankGroup, List<Row>> groups =
        new TreeMap<>(
            scores.values().stream()
                .collect(Collectors.groupingBy(r -> RankGroup.parse(r.getAs("rank_group")))));
    List<Row> first = groups.values().iterator().next();
    first.sort(
        Comparator.comparing(
            (Row r) -> r.getAs("rank") == null ? Integer.MAX_VALUE : (Integer) r.getAs("rank")));
    return first;
  }

  static final int LAPTOP = 1366;
  static final int PHONE = 390;

  private void screenshot(String name, int width) throws IOException {
    driver.manage().window().setSize(new Dimension(width, 900));
    byte[] png = driver.getScreenshotAs(OutputType.BYTES);
    Files.write(SCREENSHOTS.resolve(name + "-" + width + ".png"), png);
  }

  /** The whole page, as tall as it is (up to 6000 px), for the note. */
  private void fullScreenshot(String name, int width) throws IOException {
    driver.manage().window().setSize(new Dimension(width, 900));
    long height = (Long) js("return Math.min(6000, document.documentElement.scrollHeight);");
    driver.manage().window().setSize(new Dimension(width, (int) height + 140));
    Files.write(
        SCREENSHOTS.resolve(name + "-" + width + ".png"), driver.getScreenshotAs(OutputType.BYTES));
    driver.manage().window().setSize(new Dimension(width, 900));
  }

  private Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  private String fileUrl(String relative) throws IOException {
    return SiteFixture.site().toRealPath().resolve(relative).toUri().toString();
  }

  private List<String> column(WebElement table, int index) {
    return table.findElements(By.cssSelector("tbody tr")).stream()
        .map(r -> r.findElements(By.xpath("./*")).get(index).getAttribute("data-sort"))
        .toList();
  }

  @Test
  void homeUnitPageLanguageSwitchSortingAndScreenshots() throws IOException {
    driver.get(base + "zh-CN/index.html");
    assertEquals("zh-CN", driver.findElement(By.tagName("html")).getAttribute("lang"));
    WebElement table = driver.findElement(By.cssSelector("table.ranking"));
    List<Row> expected = firstGroupOfStore();
    List<WebElement> rows = table.findElements(By.cssSelector("tbody tr"));
    assertEquals(expected.size(), rows.size(), "rows of the first ranking table");
    Row top = expected.get(0);
    WebElement unit = rows.get(0).findElement(By.cssSelector("th[scope=row]"));
    assertTrue(unit.getText().contains((String) top.getAs("unit_name")), unit.getText());
    assertTrue(unit.getText().contains((String) top.getAs("unit_code")), unit.getText());

    screenshot("home-zh-CN", 375);
    long overflow =
        (Long)
            ((JavascriptExecutor) driver)
                .executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
    assertTrue(
        overflow <= 0,
        "no horizontal page scroll at 375 px (tables scroll in their wrapper): " + overflow);
    screenshot("home-zh-CN", 1280);

    unit.findElement(By.tagName("a")).click();
    assertTrue(driver.getCurrentUrl().contains("/zh-CN/region-"), driver.getCurrentUrl());
    assertTrue(
        driver.findElement(By.tagName("h1")).getText().contains((String) top.getAs("unit_name")));
    String unitFile = driver.getCurrentUrl().substring(driver.getCurrentUrl().lastIndexOf('/') + 1);
    screenshot("unit-zh-CN", 375);

    driver.findElement(By.cssSelector("a.lang-switch")).click();
    assertEquals(base + "en/" + unitFile, driver.getCurrentUrl());
    assertEquals("en", driver.findElement(By.tagName("html")).getAttribute("lang"));
    assertTrue(driver.findElement(By.cssSelector("#history h2")).getText().contains("History"));

    driver.get(base + "en/index.html");
    WebElement largest =
        driver.findElements(By.cssSelector("table.ranking")).stream()
            .max(Comparator.comparingInt(t -> t.findElements(By.cssSelector("tbody tr")).size()))
            .orElseThrow();
    assertTrue(
        largest.findElements(By.cssSelector("tbody tr")).size() > 1, "a table with rows to sort");
    List<String> before = column(largest, 1);
    WebElement header = largest.findElements(By.cssSelector("thead th")).get(3);
    WebElement button = header.findElement(By.tagName("button"));
    button.click();
    assertEquals("ascending", header.getAttribute("aria-sort"));
    List<String> after = column(largest, 1);
    if (after.equals(before)) {
      button.click();
      assertEquals("descending", header.getAttribute("aria-sort"));
      after = column(largest, 1);
    }
    assertNotEquals(before, after, "sorting by composite changed the order");
    screenshot("home-en-sorted", 1280);
  }

  /** The visible unit rows of the all-units table. */
  private List<WebElement> visibleUnits() {
    return driver.findElements(By.cssSelector("#units tr.unit")).stream()
        .filter(WebElement::isDisplayed)
        .toList();
  }

  @Test
  void searchFindsAUnitByPartOfItsChineseNameFromDiskAndTheBreadcrumbLeadsBack()
      throws IOException {
    for (int width : List.of(LAPTOP, PHONE)) {
      driver.manage().window().setSize(new Dimension(width, 900));
      // From disk (file:), as a reader who saved the site would open it.
      driver.get(fileUrl("zh-CN/index.html"));
      WebElement box = driver.findElement(By.id("site-q"));
      box.sendKeys("人力资源");
      box.submit();
      // submit() returns before the next page has loaded; on a busy machine the URL lags
      new WebDriverWait(driver, Duration.ofSeconds(30))
          .until(d -> d.getCurrentUrl().contains("units.html?q="));
      assertTrue(driver.getCurrentUrl().contains("units.html?q="), driver.getCurrentUrl());
      assertEquals("人力资源", driver.findElement(By.id("f-q")).getAttribute("value"));
      List<WebElement> found = visibleUnits();
      assertTrue(found.size() >= 1, "a unit found");
      for (WebElement r : found) {
        assertTrue(r.findElement(By.cssSelector("th")).getText().contains("人力资源"), r.getText());
      }
      assertTrue(
          found.stream().anyMatch(r -> "D3".equals(r.getAttribute("data-code"))), "广安区人力资源和社会保障局");
      assertTrue(
          driver.findElement(By.id("f-count")).getText().startsWith("显示 " + found.size() + " 个"));
      if (width == PHONE) {
        fullScreenshot("search-zh-CN", width);
      }

      driver.findElements(By.cssSelector("#units tr.unit[data-code=D3] th a")).get(0).click();
      assertTrue(driver.getCurrentUrl().endsWith("/zh-CN/dept-D3.html"), driver.getCurrentUrl());
      assertTrue(driver.findElement(By.tagName("h1")).getText().contains("广安区人力资源和社会保障局"));
      List<WebElement> crumbs = driver.findElements(By.cssSelector("nav.breadcrumb li"));
      assertEquals(
          List.of("最新排名", "四川省", "广安市", "广安区", "广安区人力资源和社会保障局"),
          crumbs.stream().map(WebElement::getText).toList());
      crumbs.get(2).findElement(By.tagName("a")).click();
      assertTrue(
          driver.getCurrentUrl().endsWith("/zh-CN/region-511600.html"), driver.getCurrentUrl());
      assertTrue(driver.findElement(By.tagName("h1")).getText().contains("广安市"));
      assertTrue(
          driver.findElements(By.cssSelector("#children a[href='region-511602.html']")).size() == 1,
          "the city lists its county");
      driver.findElements(By.cssSelector("nav.breadcrumb a")).get(0).click();
      assertTrue(driver.getCurrentUrl().endsWith("/zh-CN/index.html"), driver.getCurrentUrl());
    }
  }

  @Test
  void filtersByLevelRegionAndGrade() throws IOException {
    driver.manage().window().setSize(new Dimension(LAPTOP, 900));
    driver.get(base + "en/units.html");
    int all = driver.findElements(By.cssSelector("#units tr.unit")).size();
    assertEquals(all, visibleUnits().size(), "everything shown before filtering");
    new Select(driver.findElement(By.id("f-level"))).selectByValue("DEPARTMENT");
    new Select(driver.findElement(By.id("f-region"))).selectByValue("511602");
    List<String> codes =
        visibleUnits().stream().map(r -> r.getAttribute("data-code")).sorted().toList();
    Map<String, Row> scores = Fixtures.table(SiteFixture.results(), "scores", "2026-Q3", 2);
    List<String> expected =
        scores.values().stream()
            .filter(r -> "DEPARTMENT:511602".equals(r.getAs("rank_group")))
            .map(r -> (String) r.getAs("unit_code"))
            .sorted()
            .toList();
    assertEquals(expected, codes);
    // The region filter takes the whole subtree: the province holds every unit.
    new Select(driver.findElement(By.id("f-level"))).selectByValue("");
    new Select(driver.findElement(By.id("f-region"))).selectByValue("510000");
    assertEquals(all, visibleUnits().size());
    new Select(driver.findElement(By.id("f-grade"))).selectByValue("NONE");
    for (WebElement r : visibleUnits()) {
      assertEquals("NONE", r.getAttribute("data-grade"));
    }
  }

  @Test
  void compareTwoUnitsSideBySide() throws IOException {
    for (int width : List.of(LAPTOP, PHONE)) {
      driver.manage().window().setSize(new Dimension(width, 900));
      driver.get(base + "en/units.html");
      List<WebElement> rows = visibleUnits();
      rows.get(1).findElement(By.cssSelector("input.pick")).click();
      assertEquals(
          0,
          driver.findElements(By.cssSelector("#compare-out table")).size(),
          "one unit is no comparison");
      rows.get(2).findElement(By.cssSelector("input.pick")).click();
      WebElement table = driver.findElement(By.cssSelector("#compare-out table"));
      List<WebElement> heads = table.findElements(By.cssSelector("thead th"));
      assertEquals(3, heads.size(), "a column per unit beside the measures");
      assertTrue(
          heads
              .get(1)
              .getText()
              .contains(rows.get(1).findElement(By.cssSelector("th a")).getText()));
      assertTrue(table.getText().contains("Composite") && table.getText().contains("SIR"));
      js("document.getElementById('compare').scrollIntoView();");
      screenshot("compare-en", width);
    }
  }

  /** Every wide table shows that it scrolls: a shaded edge and a written hint above it. */
  @Test
  void noTableOverflowsWithoutAVisibleCue() throws IOException {
    List<String> pages =
        List.of(
            "index.html",
            "units.html",
            "dept-D3.html",
            "region-511600.html",
            "period-2026-Q2.html",
            "downloads.html",
            "codebook.html",
            "methodology.html",
            "archive.html");
    int overflowing = 0;
    for (int width : List.of(LAPTOP, PHONE)) {
      driver.manage().window().setSize(new Dimension(width, 900));
      for (String lang : List.of("zh-CN", "en")) {
        for (String page : pages) {
          driver.get(base + lang + "/" + page);
          long pageOverflow =
              (Long) js("return document.documentElement.scrollWidth - window.innerWidth;");
          assertTrue(
              pageOverflow <= 0,
              lang + "/" + page + " at " + width + " px scrolls sideways: " + pageOverflow);
          for (WebElement wrap : driver.findElements(By.cssSelector(".table-wrap"))) {
            boolean over =
                (Boolean)
                    js("return arguments[0].scrollWidth > arguments[0].clientWidth + 1;", wrap);
            if (!over) {
              continue;
            }
            overflowing++;
            assertTrue(
                wrap.getAttribute("class").contains("overflowing"),
                lang + "/" + page + " at " + width);
            WebElement hint = (WebElement) js("return arguments[0].previousElementSibling;", wrap);
            assertTrue(
                hint.getAttribute("class").contains("scroll-hint") && hint.isDisplayed(),
                lang + "/" + page + " at " + width + ": a wide table without a visible hint");
            assertEquals(
                "0",
                wrap.getAttribute("tabindex"),
                lang + "/" + page + ": keyboard users can scroll it");
          }
        }
      }
      if (width == LAPTOP) {
        assertEquals(0, overflowing, "at 1366 px the tables fit");
      }
    }
    assertTrue(
        overflowing > 0, "on a phone some tables are wider than the screen: the cue was tested");
  }

  @Test
  @SuppressWarnings("deprecation") // legacy mode: deprecated for pages with frames; these have none
  void axeFindsNoSeriousOrCriticalViolation() throws IOException {
    List<String> problems = new ArrayList<>();
    int checked = 0;
    for (int width : List.of(LAPTOP, PHONE)) {
      driver.manage().window().setSize(new Dimension(width, 900));
      for (String lang : List.of("zh-CN", "en")) {
        for (String page :
            List.of(
                "index.html",
                "period-2026-Q3.html",
                "dept-D3.html",
                "region-511600.html",
                "downloads.html",
                "units.html",
                "codebook.html",
                "methodology.html",
                "archive.html")) {
          driver.get(base + lang + "/" + page);
          // Legacy mode runs axe in the page itself. The default runs it per frame, then opens a
          // blank window to combine the frames' results: with no frames, the same rules and
          // results (this test took 67.6 s before, 39.4 s after, for 36 pages).
          assertEquals(
              List.of(), driver.findElements(By.tagName("iframe")), lang + "/" + page + " frames");
          Results results = new AxeBuilder().setLegacyMode(true).analyze(driver);
          assertTrue(
              !results.isErrored(),
              lang + "/" + page + ": axe failed: " + results.getErrorMessage());
          checked += results.getPasses().size();
          for (Rule r : results.getViolations()) {
            if ("serious".equals(r.getImpact()) || "critical".equals(r.getImpact())) {
              problems.add(
                  lang
                      + "/"
                      + page
                      + " at "
                      + width
                      + ": "
                      + r.getId()
                      + " ("
                      + r.getImpact()
                      + ") "
                      + r.getNodes().stream()
                          .limit(3)
                          .map(n -> n.getHtml() + " " + n.getFailureSummary())
                          .toList());
            }
          }
        }
      }
    }
    assertTrue(checked > 100, "axe ran its rules: " + checked);
    assertEquals(List.of(), problems);
  }

  @Test
  void gradeColoursAreDistinctAndTheirTextReadable() throws IOException {
    driver.get(base + "en/methodology.html");
    List<String> grades = List.of("VERY_HIGH", "HIGH", "MEDIUM", "LOW");
    List<double[]> colours = new ArrayList<>();
    for (String g : grades) {
      WebElement badge = driver.findElement(By.cssSelector(".grade-" + g));
      double[] bg = rgb(badge.getCssValue("background-color"));
      double[] fg = rgb(badge.getCssValue("color"));
      double contrast = contrast(bg, fg);
      assertTrue(contrast >= 4.5, g + " text contrast " + contrast);
      colours.add(bg);
    }
    // CIE76 colour difference in Lab: about 2.3 is just noticeable; the old two greens were 10
    // apart.
    for (int i = 0; i < colours.size(); i++) {
      for (int j = i + 1; j < colours.size(); j++) {
        double d = deltaE(colours.get(i), colours.get(j));
        assertTrue(d >= 25, grades.get(i) + " and " + grades.get(j) + " differ by only " + d);
      }
    }
    assertEquals(
        10.3,
        Math.round(deltaE(rgb("rgb(26, 127, 55)"), rgb("rgb(47, 111, 42)")) * 10) / 10.0,
        "the old greens, for scale");
  }

  static double[] rgb(String css) {
    String[] p = css.replaceAll("[^0-9.,]", "").split(",");
    return new double[] {
      Double.parseDouble(p[0]), Double.parseDouble(p[1]), Double.parseDouble(p[2])
    };
  }

  private static double linear(double c) {
    c /= 255;
    return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  }

  static double luminance(double[] c) {
    return 0.2126 * linear(c[0]) + 0.7152 * linear(c[1]) + 0.0722 * linear(c[2]);
  }

  /** WCAG 2 contrast ratio. */
  static double contrast(double[] a, double[] b) {
    double la = luminance(a);
    double lb = luminance(b);
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  }

  static double deltaE(double[] a, double[] b) {
    double[] x = lab(a);
    double[] y = lab(b);
    return Math.sqrt(
        Math.pow(x[0] - y[0], 2) + Math.pow(x[1] - y[1], 2) + Math.pow(x[2] - y[2], 2));
  }

  private static double[] lab(double[] c) {
    double r = linear(c[0]);
    double g = linear(c[1]);
    double b = linear(c[2]);
    double x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
    double y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
    double z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
    return new double[] {116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))};
  }

  private static double f(double t) {
    return t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16.0 / 116;
  }

  @Test
  void screenshotsOfIndexAndUnitPageAtBothWidths() throws IOException {
    for (int width : List.of(LAPTOP, PHONE)) {
      for (String lang : List.of("zh-CN", "en")) {
        driver.get(base + lang + "/index.html");
        fullScreenshot("index-" + lang, width);
        driver.get(base + lang + "/dept-D3.html");
        fullScreenshot("unit-" + lang, width);
        driver.get(base + lang + "/units.html");
        fullScreenshot("units-" + lang, width);
      }
    }
    assertTrue(Files.size(SCREENSHOTS.resolve("unit-en-390.png")) > 10_000);
  }
}
