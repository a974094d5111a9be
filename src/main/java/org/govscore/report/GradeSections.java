package org.govscore.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.govscore.render.charts.GradeDistributionChart;
import org.govscore.render.text.Formats;
import org.govscore.render.text.Vocabulary;
import org.govscore.report.model.GradeSection;
import org.govscore.report.model.GradeSection.GradeRow;
import org.govscore.store.RankGroup;
import org.govscore.store.ScoreRecord;

/**
 * The grade distribution per rank group (VERY_HIGH 非常高, HIGH 高, MEDIUM 中, LOW 低, and insufficient
 * data).
 */
final class GradeSections {
  private final Vocabulary words;
  private final Formats fmt;
  private final ReportData data;
  private final UnitDirectory dir;
  private final ReportCharts charts;
  private final GroupSections groups;

  GradeSections(
      Vocabulary words,
      Formats fmt,
      ReportData data,
      UnitDirectory dir,
      ReportCharts charts,
      GroupSections groups) {
    this.words = words;
    this.fmt = fmt;
    this.data = data;
    this.dir = dir;
    this.charts = charts;
    this.groups = groups;
  }

  /** Counts per grade code (NONE = insufficient data). */
  static Map<String, Long> counts(List<ScoreRecord> units) {
    Map<String, Long> out = new LinkedHashMap<>();
    GradeDistributionChart.GRADES.forEach(g -> out.put(g, 0L));
    units.forEach(u -> out.merge(GroupSections.gradeCode(u), 1L, Long::sum));
    return out;
  }

  GradeSection build() throws IOException {
    List<String> headers = new ArrayList<>();
    for (String g : GradeDistributionChart.GRADES) {
      headers.add(g.equals("NONE") ? words.messages().get("value.insufficient") : words.grade(g));
    }
    List<GradeRow> rows = new ArrayList<>();
    List<GradeDistributionChart.Group> chartGroups = new ArrayList<>();
    for (Map.Entry<RankGroup, List<ScoreRecord>> e : data.groups().entrySet()) {
      Map<String, Long> counts = counts(e.getValue());
      String title = groups.title(e.getKey());
      rows.add(row(title, dir.groupHref(e.getKey()), counts, e.getValue().size()));
      chartGroups.add(
          new GradeDistributionChart.Group(
              e.getKey().id(), ReportCharts.shortLabel(groups.shortTitle(e.getKey())), counts));
    }
    List<ScoreRecord> departments =
        data.current().scores().stream().filter(ScoreRecord::isDepartment).toList();
    GradeRow total =
        row(
            words.messages().get("grades.allDepartments"),
            "",
            counts(departments),
            departments.size());
    return new GradeSection(headers, rows, total, charts.gradeDistribution(chartGroups));
  }

  private GradeRow row(String title, String href, Map<String, Long> counts, int units) {
    return new GradeRow(
        title,
        href,
        GradeDistributionChart.GRADES.stream()
            .map(g -> fmt.count(counts.getOrDefault(g, 0L)))
            .toList(),
        fmt.count(units));
  }
}
