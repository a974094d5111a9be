package org.govscore.report.model;

import java.util.List;

/** The roots of the report's templates: one record per kind of page. */
public final class Pages {
  private Pages() {}

  /** index.html: the summary, the grade distribution and every rank group at a glance. */
  public record IndexPage(
      ReportMeta meta,
      SummarySection summary,
      GradeSection grades,
      List<GroupSection> regionGroups,
      List<GroupSection> departmentGroups,
      PlatformSection platform) {}

  /** One rank group's page. */
  public record GroupPage(ReportMeta meta, GroupSection group) {}

  /** One unit's page. */
  public record UnitPage(ReportMeta meta, UnitSection unit) {}

  public record QualityPage(ReportMeta meta, QualitySection quality) {}

  public record MethodologyPage(ReportMeta meta, MethodologySection methodology) {}

  /** The whole report in one document, for the PDF. */
  public record PrintDocument(
      ReportMeta meta,
      SummarySection summary,
      GradeSection grades,
      List<GroupSection> groups,
      List<UnitSection> units,
      QualitySection quality,
      MethodologySection methodology,
      List<FindingDigest> findings,
      String edition,
      boolean brief,
      PlatformSection platform) {

    /** The full annex: every section, every unit. */
    public static PrintDocument full(
        ReportMeta meta,
        SummarySection summary,
        GradeSection grades,
        List<GroupSection> groups,
        List<UnitSection> units,
        QualitySection quality,
        MethodologySection methodology,
        PlatformSection platform) {
      return new PrintDocument(
          meta,
          summary,
          grades,
          groups,
          units,
          quality,
          methodology,
          null,
          "print.edition.full",
          false,
          platform);
    }

    /**
     * The leadership edition: summary, grades, the rankings and the main findings, nothing else.
     */
    public static PrintDocument leadership(
        ReportMeta meta,
        SummarySection summary,
        GradeSection grades,
        List<GroupSection> groups,
        List<FindingDigest> findings,
        PlatformSection platform) {
      return new PrintDocument(
          meta,
          summary,
          grades,
          groups,
          List.of(),
          null,
          null,
          findings,
          "print.edition.leadership",
          true,
          platform);
    }
  }

  /** A unit's most telling findings for the leadership edition; {@code more} were left out. */
  public record FindingDigest(UnitLink unit, List<UnitSection.FindingLine> lines, int more) {}
}
