package org.govscore.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.govscore.render.results.RankGroup;
import org.govscore.testing.Fixtures;
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

/**
 * The built site in a real browser: Debian's chromium, headless, through its chromedriver, served
 * over HTTP on 127.0.0.1. Chromium missing is a failure, not a skip: CI installs it (jobs/setup).
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
    assertTrue(CHROMIUM.canExecute() && CHROMEDRIVER.canExecute(),
        "The browser test needs Debian's chromium and chromium-driver (/usr/bin/chromium, /usr/bin/chromedriver);"
            + " install them with jobs/setup or 'apt-get install chromium chromium-driver'");
    Path site = SiteFixture.site();
    server = serve(site);
    base = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    // The driver is given explicitly, so Selenium Manager has nothing to look up or download.
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.getPath());
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-dev-shm-usage", "--disable-component-update", "--no-first-run", "--disable-sync",
        "--user-data-dir=" + Files.createTempDirectory("govscore-chromium"), "--window-size=1280,900");
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER)
        .usingAnyFreePort().build();
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
    Map<String, String> types = Map.of("html", "text/html; charset=utf-8", "css", "text/css; charset=utf-8",
        "js", "text/javascript; charset=utf-8", "png", "image/png", "csv", "text/csv; charset=utf-8",
        "json", "application/json");
    s.createContext("/", ex -> {
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
      ex.getResponseHeaders().add("Content-Type", types.getOrDefault(ext, "application/octet-stream"));
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
    Map<RankGroup, List<Row>> groups = new TreeMap<>(scores.values().stream()
        .collect(Collectors.groupingBy(r -> RankGroup.parse(r.getAs("rank_group")))));
    List<Row> first = groups.values().iterator().next();
    first.sort(Comparator.comparing((Row r) -> r.getAs("rank") == null ? Integer.MAX_VALUE : (Integer) r.getAs("rank")));
    return first;
  }

  private void screenshot(String name, int width) throws IOException {
    driver.manage().window().setSize(new Dimension(width, 900));
    byte[] png = driver.getScreenshotAs(OutputType.BYTES);
    Files.write(SCREENSHOTS.resolve(name + "-" + width + ".png"), png);
  }

  private List<String> column(WebElement table, int index) {
    return table.findElements(By.cssSelector("tbody tr")).stream()
        .map(r -> r.findElements(By.xpath("./*")).get(index).getAttribute("data-sort")).toList();
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
    long overflow = (Long) ((JavascriptExecutor) driver).executeScript(
        "return document.documentElement.scrollWidth - window.innerWidth;");
    assertTrue(overflow <= 0, "no horizontal page scroll at 375 px (tables scroll in their wrapper): " + overflow);
    screenshot("home-zh-CN", 1280);

    unit.findElement(By.tagName("a")).click();
    assertTrue(driver.getCurrentUrl().contains("/zh-CN/region-"), driver.getCurrentUrl());
    assertTrue(driver.findElement(By.tagName("h1")).getText().contains((String) top.getAs("unit_name")));
    String unitFile = driver.getCurrentUrl().substring(driver.getCurrentUrl().lastIndexOf('/') + 1);
    screenshot("unit-zh-CN", 375);

    driver.findElement(By.cssSelector("a.lang-switch")).click();
    assertEquals(base + "en/" + unitFile, driver.getCurrentUrl());
    assertEquals("en", driver.findElement(By.tagName("html")).getAttribute("lang"));
    assertTrue(driver.findElement(By.tagName("h2")).getText().contains("History"));

    driver.get(base + "en/index.html");
    WebElement largest = driver.findElements(By.cssSelector("table.ranking")).stream()
        .max(Comparator.comparingInt(t -> t.findElements(By.cssSelector("tbody tr")).size())).orElseThrow();
    assertTrue(largest.findElements(By.cssSelector("tbody tr")).size() > 1, "a table with rows to sort");
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
}
