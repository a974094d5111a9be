package org.govscore.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.govscore.base.GovscoreException;
import org.govscore.contract.UnitKey;
import org.govscore.site.model.SvgChart;
import org.govscore.store.ScoreRecord;
import org.junit.jupiter.api.Test;

/**
 * The site's own small computations, on hand-made inputs with the expected numbers written here.
 */
class SiteModelTest {
  private static ScoreRecord region(String code, String level) {
    return new ScoreRecord(
        "REGION",
        code,
        "R" + code,
        level,
        "REGION:" + level,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        0);
  }

  private static ScoreRecord dept(String code, String region) {
    return new ScoreRecord(
        "DEPARTMENT",
        code,
        "D" + code,
        null,
        "DEPARTMENT:" + region,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        0);
  }

  @Test
  void regionParentsFollowTheAdministrativeCodeToTheNearestHigherLevel() {
    RegionTree tree =
        new RegionTree(
            List.of(
                region("510000", "PROVINCE"),
                region("511600", "CITY"),
                region("511602", "COUNTY"),
                region("512001", "COUNTY"),
                region("520101", "COUNTY"),
                region("530000", "COUNTY"),
                region("530100", "CITY"),
                region("AB", "CITY"),
                dept("D3", "511602"),
                dept("D9", "999999")));
    assertEquals(Optional.of("511600"), tree.parentCode(new UnitKey("REGION", "511602")));
    assertEquals(Optional.of("510000"), tree.parentCode(new UnitKey("REGION", "511600")));
    // No city 512000 in the store: the county lies directly in the province.
    assertEquals(Optional.of("510000"), tree.parentCode(new UnitKey("REGION", "512001")));
    assertEquals(Optional.empty(), tree.parentCode(new UnitKey("REGION", "510000")));
    assertEquals(
        Optional.empty(), tree.parentCode(new UnitKey("REGION", "520101")), "no region above it");
    // 530000 is a county, not above a city: never a parent of a region of its level or higher.
    assertEquals(Optional.empty(), tree.parentCode(new UnitKey("REGION", "530100")));
    assertEquals(
        Optional.empty(), tree.parentCode(new UnitKey("REGION", "AB")), "not a six-digit code");
    assertEquals(Optional.of("511602"), tree.parentCode(new UnitKey("DEPARTMENT", "D3")));
    assertEquals(
        List.of("510000", "511600", "511602"), tree.ancestors(new UnitKey("DEPARTMENT", "D3")));
    assertEquals(
        List.of("511600", "512001"),
        tree.subRegions("510000").stream().map(ScoreRecord::unitCode).toList());
    assertEquals(
        List.of("D3"), tree.departmentsOf("511602").stream().map(ScoreRecord::unitCode).toList());
    assertEquals(
        List.of("510000", "511600", "511602", "512001", "530100", "AB", "520101", "530000"),
        tree.depthFirst().stream().map(ScoreRecord::unitCode).toList(),
        "roots by level then code, depth first");
    assertEquals(
        List.of("D9"),
        tree.departmentsWithoutRegion().stream().map(ScoreRecord::unitCode).toList());
  }

  @Test
  void medianOfThePresentValues() {
    assertEquals(2.0, GroupStats.median(Arrays.asList(1.0, 3.0, 2.0)));
    assertEquals(
        2.5, GroupStats.median(Arrays.asList(10.0, 1.0, 2.0, 3.0)), "mean of the middle two");
    assertEquals(
        3.0,
        GroupStats.median(Arrays.asList(null, 3.0, Double.NaN)),
        "missing values are left out, not 0");
    assertNull(GroupStats.median(Arrays.asList(null, null)));
    assertNull(GroupStats.median(List.of()));
  }

  @Test
  void chartGeometryOnTheCompositeScaleAndForRanks() {
    // Plot area: x from 48 to 368 (400 - 32), y from 12 to 190 (230 - 40).
    Map<String, Double> values = new LinkedHashMap<>();
    values.put("2026-Q1", 50.0);
    values.put("2026-Q2", null);
    values.put("2026-Q3", 75.0);
    SvgChart c =
        SvgCharts.chart(
            "c",
            "t",
            "d",
            List.of("2026-Q1", "2026-Q2", "2026-Q3"),
            List.of(new SvgCharts.Line("u", "unit", values, v -> String.valueOf(v))),
            0,
            100,
            SvgCharts.scaleTicks(100),
            v -> String.valueOf(v));
    SvgChart.Series s = c.series().get(0);
    assertEquals(
        List.of("48.0,101.0", "368.0,56.5"),
        s.segments(),
        "a gap splits the line, never drops to 0");
    assertEquals(
        List.of("0.0", "25.0", "50.0", "75.0", "100.0"),
        c.yTicks().stream().map(SvgChart.Tick::label).toList());
    assertEquals("190.0", c.yTicks().get(0).y());
    // Composite on a scale of 10: 5 is half way up.
    SvgChart ten =
        SvgCharts.chart(
            "c",
            "t",
            "d",
            List.of("P"),
            List.of(new SvgCharts.Line("u", "unit", Map.of("P", 5.0), v -> "")),
            0,
            10,
            SvgCharts.scaleTicks(10),
            v -> "");
    assertEquals(
        "208.0,101.0", ten.series().get(0).segments().get(0), "one period sits in the middle");
    // Ranks: 1 at the top, 4 at the bottom.
    SvgChart ranks =
        SvgCharts.chart(
            "r",
            "t",
            "d",
            List.of("A", "B"),
            List.of(new SvgCharts.Line("u", "unit", Map.of("A", 1.0, "B", 4.0), v -> "")),
            4,
            1,
            SvgCharts.rankTicks(4),
            v -> "");
    assertEquals(List.of("48.0,12.0 368.0,190.0"), ranks.series().get(0).segments());
    assertEquals(List.of(1.0, 2.0, 3.0, 4.0), SvgCharts.rankTicks(4));
    assertEquals(List.of(1.0), SvgCharts.rankTicks(1));
    assertEquals(List.of(1.0, 3.0, 6.0, 8.0, 10.0), SvgCharts.rankTicks(10));
  }

  @Test
  void licencesBySpdxIdentifier() {
    assertEquals(
        "https://creativecommons.org/licenses/by/4.0/", SiteLicence.of(SiteLicence.DEFAULT).url());
    assertEquals("CC0-1.0", SiteLicence.of("cc0-1.0").id());
    GovscoreException e = assertThrows(GovscoreException.class, () -> SiteLicence.of("GPL-3.0"));
    assertEquals(
        "Unknown --licence 'GPL-3.0'; supported: CC-BY-4.0, CC0-1.0, CC-BY-SA-4.0, ODbL-1.0",
        e.getMessage());
  }

  @Test
  void chineseRunsOfAnEnglishTextAreMarked() {
    org.govscore.site.model.PageMeta en =
        new org.govscore.site.model.PageMeta(
            "en", "zh-CN", "中文", "index.html", "t", "2026-Q3", "1", "now");
    org.govscore.site.model.PageMeta zh =
        new org.govscore.site.model.PageMeta(
            "zh-CN", "en", "English", "index.html", "t", "2026-Q3", "1", "now");
    assertEquals(
        List.of(
            new org.govscore.site.model.Pages.Name("Departments of ", null),
            new org.govscore.site.model.Pages.Name("广安市", "zh-CN"),
            new org.govscore.site.model.Pages.Name(", 2026-Q3", null)),
        en.parts("Departments of 广安市, 2026-Q3"));
    assertEquals(
        List.of(new org.govscore.site.model.Pages.Name("广安市各部门，2026-Q3", null)),
        zh.parts("广安市各部门，2026-Q3"));
    assertEquals(List.of(), en.parts(""));
  }
}
