package org.govscore.report;

import java.util.List;
import org.govscore.report.model.ChartRef;
import org.govscore.report.model.GradeSection;
import org.govscore.report.model.GroupSection;
import org.govscore.report.model.Pages;
import org.govscore.report.model.PlatformSection;
import org.govscore.report.model.RankRow;
import org.govscore.report.model.ReportMeta;
import org.govscore.report.model.SummarySection;
import org.govscore.report.model.Term;
import org.govscore.report.model.UnitLink;
import org.govscore.report.model.UnitSection;

/** Fixed models for the golden pages: the values a real report would carry, written out by hand. */
final class SampleModels {
  private SampleModels() {}

  static ReportMeta meta(String lang) {
    return new ReportMeta(
        lang,
        "2026-Q3 evaluation",
        "2026-Q3",
        "2026-07-01 – 2026-09-30",
        "2026-Q2",
        "2026-10-02 10:15",
        "Asia/Shanghai",
        "0.1.0",
        org.govscore.render.text.UncertaintyText.of(lang, 40, 2016),
        List.of(
            new Term("SIR", "Service inclusion rate"),
            new Term("RSR", "Resource sharing rate"),
            new Term("BCR", "Business collaboration rate"),
            new Term("SCR", "Standard compliance rate")));
  }

  static final UnitLink D1 = new UnitLink("广安市公安局", "D1", "DEPARTMENT", "dept-D1.html", "dept-D1");
  static final UnitLink D2 =
      new UnitLink("广安市市场监督管理局", "D2", "DEPARTMENT", "dept-D2.html", "dept-D2");
  static final UnitLink HOSTILE =
      new UnitLink(
          "<script>alert(1)</script> & \"局\"",
          "../../x",
          "DEPARTMENT",
          "dept-______x-1a2b3c4d.html",
          "dept-______x-1a2b3c4d");

  static GroupSection group() {
    return new GroupSection(
        "DEPARTMENT:511600",
        "Departments of 广安市 (511600)",
        "depts-511600.html",
        "depts-511600",
        false,
        3,
        2,
        "广安市市场监督管理局 (81.25)",
        "76.56",
        List.of(
            new RankRow(
                D2,
                "1",
                "[1, 1]",
                "81.25",
                "HIGH",
                "High",
                "+56.25",
                List.of("100.0%", "50.0%", "100.0%", "75.0%"),
                "STARVED",
                "Starved",
                false),
            new RankRow(
                D1,
                "2",
                "[1, 2]",
                "71.88",
                "MEDIUM",
                "Medium",
                "+5.21",
                List.of("50.0%", "100.0%", "50.0%", "87.5%"),
                "DATA_ISLAND",
                "Data island",
                false),
            new RankRow(
                HOSTILE,
                "N/A",
                "N/A",
                "Insufficient data",
                "NONE",
                "Insufficient data",
                "N/A",
                List.of("0.0%", "N/A", "N/A", "0.0%"),
                "UNCLASSIFIED",
                "Unclassified",
                true)),
        new ChartRef(
            "charts/depts-511600-intervals.png", "Rank intervals of 2 units", 680, 202, ""),
        new ChartRef("charts/depts-511600-quadrant.png", "Quadrant of 2 units", 680, 600, ""),
        new ChartRef(
            "charts/depts-511600-trend.png", "Trend of 2 units", 680, 380, "Shows 2 of 2 units."),
        List.of(HOSTILE),
        List.of(
            new GroupSection.QuadrantRow(
                "1", D2, "STARVED", "Starved", "50.0%", "100.0%", "Collaborative", true),
            new GroupSection.QuadrantRow(
                "2", D1, "DATA_ISLAND", "Data island", "100.0%", "50.0%", "Data island", false)),
        true);
  }

  static Pages.IndexPage index(String lang) {
    SummarySection summary =
        new SummarySection(
            List.of(
                new SummarySection.Figure(
                    "Units evaluated", "6", "3 departments, 3 regions; 4 ranked"),
                new SummarySection.Figure("Mean composite (departments)", "76.56", "")),
            List.of(
                "广安市市场监督管理局 leads with 81.25.",
                "Highest: <b>bold</b> is text, not markup.",
                "Against 2026-Q2, 1 of 6 units moved by more than 5 points (0 up, 1 down)."),
            List.of(
                "广安区人力资源和社会保障局: composite 97.42 → 23.57 (-73.85). Check the evidence before publishing."),
            List.of("47 input rows were read; none was rejected."),
            List.of(
                new Term("SIR", "Service inclusion rate"), new Term("pp", "percentage points")));
    GradeSection grades =
        new GradeSection(
            List.of("Very high", "High", "Medium", "Low", "Insufficient data"),
            List.of(
                new GradeSection.GradeRow(
                    "Departments of 广安市 (511600)",
                    "depts-511600.html",
                    List.of("0", "1", "1", "0", "1"),
                    "3")),
            new GradeSection.GradeRow("All departments", "", List.of("0", "1", "1", "0", "1"), "3"),
            new ChartRef("charts/index-grades.png", "Grades per group", 680, 156, ""));
    PlatformSection platform =
        new PlatformSection(
            List.of(new Term("POPULATION", "Population"), new Term("CREDIT", "Credit")),
            true,
            List.of(
                new PlatformSection.RegionRow(
                    new UnitLink("广安市", "511600", "REGION", "region-511600.html", "region-511600"),
                    "city",
                    "75.0%",
                    "3 / 4",
                    "100.0%",
                    "4 / 4",
                    List.of("50.0%", "N/A"),
                    List.of("Population"))));
    return new Pages.IndexPage(meta(lang), summary, grades, List.of(), List.of(group()), platform);
  }

  static Pages.UnitPage unit(String lang) {
    UnitSection.Header header =
        new UnitSection.Header(
            "Department",
            "city",
            "Departments of 广安市 (511600)",
            "depts-511600.html",
            "depts-511600",
            "71.88",
            "MEDIUM",
            "Medium",
            "2 of 2",
            "[1, 2]",
            "DATA_ISLAND",
            "Data island",
            "4 of 4",
            "+5.21",
            false);
    UnitSection unit =
        new UnitSection(
            D1,
            header,
            new ChartRef("charts/dept-D1-radar.png", "Radar of 广安市公安局", 460, 420, ""),
            new ChartRef("charts/dept-D1-trend.png", "Trend of 广安市公安局", 680, 380, ""),
            List.of(
                new UnitSection.IndicatorRow(
                    "SIR", "Service inclusion rate", "50.0%", "1", "2", true, ""),
                new UnitSection.IndicatorRow(
                    "BCR",
                    "Business collaboration rate",
                    "N/A",
                    "0",
                    "0",
                    true,
                    "N/A: nothing to measure in the period (denominator 0)"),
                new UnitSection.IndicatorRow(
                    "LAT_P50", "Exchange latency, median", "300 ms", "", "", false, "")),
            List.of(
                new UnitSection.CheckRow(
                    "EX_SUBJECT_ID", "Valid subject identifier", "4", "2", "2", "50.0%", true),
                new UnitSection.CheckRow(
                    "EX_EXTRANET", "Over the government extranet", "4", "4", "0", "100.0%", false)),
            List.of(
                new UnitSection.FindingLine(
                    "DECLARED_ONLY_ITEM",
                    "Declared-only item",
                    "item I2 is declared online in the catalogue, yet none of its 1 cases in the period was online"),
                new UnitSection.FindingLine(
                    "FAILING_CHECK", "Failing check", "EX_SUBJECT_ID <x>: 2 of 4 failed")),
            List.of(
                new UnitSection.ItemRow(
                    "I1", "户口迁移 (I1)", "EVIDENCED", "Evidenced online", "2", "2", false),
                new UnitSection.ItemRow(
                    "I2", "I2", "DECLARED_ONLY", "Declared only", "0", "1", true)),
            List.of(
                new UnitSection.ResourceRow(
                    "R1", "居民户籍信息 <R> (R1)", "Unconditional", "SERVED", "Served", "2", "1")),
            List.of(),
            "",
            new UnitSection.LevelBar(
                List.of(
                    new UnitSection.LevelPart(1, "25.0%"),
                    new UnitSection.LevelPart(3, "25.0%"),
                    new UnitSection.LevelPart(5, "50.0%")),
                lang.equals("zh-CN")
                    ? "本期评价按等级（1 级最差，5 级最好）共 4 条：1 级 25.0%、2 级 0.0%、3 级 25.0%、4 级"
                        + " 0.0%、5 级 50.0%"
                    : "Ratings in the period by level (1 worst, 5 best), 4 in all: level 1 25.0%,"
                        + " level 2 0.0%, level 3 25.0%, level 4 0.0%, level 5 50.0%"));
    return new Pages.UnitPage(meta(lang), unit);
  }
}
