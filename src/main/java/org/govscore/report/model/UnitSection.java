package org.govscore.report.model;

import java.util.List;

/**
 * Everything about one department or region: score, indicators with numerators and denominators,
 * checks, findings, and for a department its items and resources, for a region its departments.
 * {@code dataWarning} asks for the evidence to be checked before publishing ("" when nothing does).
 * {@code levels} is the unit's ratings by level, null when it had none in the period.
 */
public record UnitSection(
    UnitLink unit,
    Header header,
    ChartRef radar,
    ChartRef trend,
    List<IndicatorRow> indicators,
    List<CheckRow> checks,
    List<FindingLine> findings,
    List<ItemRow> items,
    List<ResourceRow> resources,
    List<UnitLink> members,
    String dataWarning,
    LevelBar levels) {

  /**
   * The small stacked bar of the shares of rating levels 1 to 5 beside SAT and BRR.
   *
   * @param parts the levels with ratings, in order (a level without ratings draws nothing)
   * @param alternative its text: the five percentages and the count
   */
  public record LevelBar(List<LevelPart> parts, String alternative) {}

  /**
   * @param level 1 (worst) to 5 (best), the part's colour
   * @param width its share as a CSS width, e.g. "25.0%"
   */
  public record LevelPart(int level, String width) {}

  /** The unit's score at a glance. */
  public record Header(
      String type,
      String level,
      String groupTitle,
      String groupHref,
      String groupAnchor,
      String composite,
      String gradeCode,
      String grade,
      String rank,
      String interval,
      String quadrantCode,
      String quadrant,
      String available,
      String change,
      boolean insufficient) {}

  public record IndicatorRow(
      String id,
      String name,
      String value,
      String numerator,
      String denominator,
      boolean headline,
      String note) {}

  public record CheckRow(
      String id,
      String name,
      String applicable,
      String passed,
      String failed,
      String passRate,
      boolean failing) {}

  public record FindingLine(String kindCode, String kind, String text) {}

  /** {@code label}: "name (code)", or the code when the catalogue names none. */
  public record ItemRow(
      String code,
      String label,
      String statusCode,
      String status,
      String online,
      String all,
      boolean undeclaredOnline) {}

  /** {@code label}: "name (code)", or the code when the catalogue names none. */
  public record ResourceRow(
      String code,
      String label,
      String shareType,
      String statusCode,
      String status,
      String requests,
      String successes) {}

  public boolean department() {
    return "DEPARTMENT".equals(unit.type());
  }

  /** False when no indicator has a note: the column is left out rather than shown empty. */
  public boolean hasNotes() {
    return indicators.stream().anyMatch(i -> !i.note().isEmpty());
  }

  public boolean hasUndeclared() {
    return items.stream().anyMatch(ItemRow::undeclaredOnline);
  }

  public boolean hasFailingChecks() {
    return checks.stream().anyMatch(CheckRow::failing);
  }
}
