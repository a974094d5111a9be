package org.govscore.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.govscore.render.Templates;
import org.govscore.render.text.Formats;
import org.govscore.render.text.Messages;
import org.govscore.site.model.Cell;
import org.govscore.site.model.PageMeta;
import org.govscore.site.model.Pages.Definition;
import org.govscore.site.model.Pages.Name;
import org.govscore.site.model.Pages.RankingsPage;
import org.govscore.site.model.RankingTable;
import org.govscore.site.model.RankingTable.RankingRow;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The home template rendered from a fixed model in a fixed language and zone, compared with
 * src/test/resources/golden/site/. After an intended change, regenerate with {@code
 * -Dgolden.update=true} and review the diff.
 */
class SiteGoldenTest {
  static final Path GOLDEN = Path.of("src/test/resources/golden/site");
  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  static RankingsPage home(String lang) {
    boolean zh = lang.equals("zh-CN");
    PageMeta meta =
        new PageMeta(
            lang,
            zh ? "en" : "zh-CN",
            zh ? "English" : "中文",
            "index.html",
            zh ? "互联网+政务服务评估排名" : "Online government services ranking",
            "2026-Q3",
            "1.0.0",
            "2026-10-01 09:00");
    String na = zh ? "无数据" : "N/A";
    String insufficient = zh ? "数据不足" : "Insufficient data";
    List<Cell> headline =
        List.of(
            new Cell("87.5%", "0.875"),
            new Cell(na, ""),
            new Cell("50.0%", "0.5"),
            new Cell("100.0%", "1.0"));
    RankingRow first =
        new RankingRow(
            new Cell("1", "1"),
            new Name("广安市", zh ? null : "zh-CN"),
            "511600",
            "region-511600.html",
            "HIGH",
            new Cell(zh ? "高" : "High", "84.12"),
            new Cell("84.12", "84.12"),
            headline,
            new Cell("[1, 2]", "1"),
            new Cell("+4.25", "4.25"),
            false);
    RankingRow hostile =
        new RankingRow(
            new Cell(na, ""),
            new Name("<script>alert(1)</script>", null),
            "../../x",
            "dept-______x-1a2b3c4d.html",
            "NONE",
            new Cell(insufficient, ""),
            new Cell(insufficient, ""),
            List.of(new Cell(na, ""), new Cell(na, ""), new Cell(na, ""), new Cell(na, "")),
            new Cell(na, ""),
            new Cell(na, ""),
            true);
    List<String> members = List.of("SIR", "RSR", "BCR", "SCR");
    Cell none = new Cell("", "");
    RankingRow median =
        new RankingRow(
            none,
            new Name(zh ? "组内中位数" : "Group median", null),
            "",
            "",
            "",
            none,
            new Cell("84.12", "84.12"),
            List.of(
                new Cell("87.5%", "0.875"),
                new Cell(na, ""),
                new Cell("50.0%", "0.5"),
                new Cell("100.0%", "1.0")),
            none,
            none,
            false);
    RankingTable level =
        new RankingTable(
            "level-CITY",
            zh ? "市级地区，2026-Q3" : "Regions: city level, 2026-Q3",
            members,
            List.of(first),
            median);
    RankingTable region =
        new RankingTable(
            "region-511600",
            zh ? "广安市各部门，2026-Q3" : "Departments of 广安市, 2026-Q3",
            members,
            List.of(hostile),
            median);
    List<Definition> legend =
        List.of(
            new Definition(
                "SIR",
                zh ? "服务纳入率" : "Service inclusion rate",
                zh
                    ? "事项得分之和除以事项数。"
                    : "Credits of the catalogued service items over their number."));
    return new RankingsPage(
        meta,
        "2026-Q3",
        zh ? "2026年7月1日至2026年9月30日" : "1 Jul 2026 to 30 Sept 2026",
        "2026-Q2",
        List.of(level),
        List.of(region),
        List.of(),
        legend,
        org.govscore.render.text.UncertaintyText.of(lang, 1000, 2016));
  }

  @ParameterizedTest
  @ValueSource(strings = {"zh-CN", "en"})
  void homePage(String lang) throws Exception {
    Messages messages = Messages.of(Locale.forLanguageTag(lang));
    String html =
        new Templates(messages, new Formats(messages, ZONE)).render("site/home.ftlh", home(lang));
    Path expected = GOLDEN.resolve("home." + lang + ".html");
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(GOLDEN);
      Files.writeString(expected, html, StandardCharsets.UTF_8);
    }
    assertTrue(
        Files.exists(expected), "no golden file " + expected + "; run with -Dgolden.update=true");
    assertEquals(
        Files.readString(expected, StandardCharsets.UTF_8), html, "differs from " + expected);
    assertFalse(html.contains("<script>alert"), "names are escaped");
    assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assertTrue(html.contains("<th scope=\"col\""), "column headers have a scope");
    // Item 4 of issue 19: a Chinese name on an English page is marked as Chinese; on a Chinese page
    // it is not.
    assertEquals(
        lang.equals("en"),
        html.contains("<span lang=\"zh-CN\">广安市</span>"),
        "lang of the Chinese name");
    // The interval is explained by the shared text, which never claims the evidence is resampled.
    assertTrue(html.contains(lang.equals("en") ? "The logs are not resampled" : "日志数据本身不重新抽样"));
    assertTrue(
        html.contains("<tfoot>") && html.contains(lang.equals("en") ? "Group median" : "组内中位数"));
    assertTrue(html.contains("href=\"#region-511600\""), "jump link to each table");
    assertTrue(
        html.contains("href=\"../" + (lang.equals("en") ? "zh-CN" : "en") + "/index.html\""),
        "language switch");
  }
}
