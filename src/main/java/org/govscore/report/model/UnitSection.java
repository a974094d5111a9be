package org.govscore.report.model;

import java.util.List;

/**
 * Everything about one department or region: score, indicators with numerators and denominators,
 * checks, findings, and for a department its items and resources, for a region its departments.
 * {@code dataWarning} asks for the evidence to be checked before publishing ("" when nothing does).
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
    String dataWarning) {

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

  public record ItemRow(
      String code,
      String statusCode,
      String status,
      String online,
      String all,
      boolean undeclaredOnline) {}

  public record ResourceRow(
      String code,
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
