package org.govscore.site.model;

import java.util.List;

/** The roots of the site's templates, one record per kind of page. */
public final class Pages {
  private Pages() {}

  /**
   * Home (latest period) and archive period pages: rankings by level and by region.
   *
   * @param missingDatasets names of the datasets absent from the period's evaluation (N/A
   *     indicators)
   * @param members the composite's members of the period, with their names and meanings (the
   *     legend)
   * @param intervalNote the one explanation of the rank interval ({@code UncertaintyText})
   */
  public record RankingsPage(
      PageMeta meta,
      String period,
      String periodRange,
      String previous,
      List<RankingTable> byLevel,
      List<RankingTable> byRegion,
      List<String> missingDatasets,
      List<Definition> members,
      String intervalNote) {}

  /**
   * A unit's name as shown, with its language when that differs from the page's (null: the page's).
   */
  public record Name(String text, String lang) {}

  /** One step of a breadcrumb; the last one (the page itself) has no link. */
  public record Crumb(Name name, String href) {}

  /** The unit page's opening card: where the unit stands in its group, and why. */
  public record Summary(
      String period,
      String gradeCode,
      String grade,
      String composite,
      String scale,
      String rank,
      String groupSize,
      String group,
      String groupHref,
      String interval,
      String change,
      String previous,
      String groupMedian,
      boolean insufficient) {}

  /**
   * A composite member of the unit: what it means, its value and evidence, and the group's median.
   */
  public record MemberRow(
      String id,
      String name,
      String meaning,
      Cell value,
      String numerator,
      String denominator,
      Cell groupMedian,
      String weight) {}

  public record FindingLine(String kind, String kindName, String text) {}

  /** A sub-region or department of a region, with its standing in the latest period. */
  public record ChildRow(
      Name name,
      String code,
      String href,
      String kind,
      String gradeCode,
      Cell grade,
      Cell composite,
      Cell rank) {}

  /**
   * A unit's page: summary card, members, findings, history (charts and table), children, details.
   */
  public record UnitPage(
      PageMeta meta,
      Name name,
      String code,
      String unitType,
      String group,
      List<Crumb> crumbs,
      Summary summary,
      List<String> memberIds,
      List<MemberRow> members,
      List<FindingLine> findings,
      SvgChart compositeChart,
      SvgChart rankChart,
      List<HistoryRow> history,
      String latestPeriod,
      List<IndicatorRow> indicators,
      List<CheckRow> checks,
      List<ChildRow> subRegions,
      List<ChildRow> departments,
      String intervalNote,
      LevelBar levels) {}

  /**
   * The small stacked bar of the unit's shares of rating levels 1 to 5 beside SAT and BRR (null
   * when it had no ratings in the latest period).
   *
   * @param parts the levels with ratings, in order
   * @param alternative its text: the five percentages and the count
   */
  public record LevelBar(List<LevelPart> parts, String alternative) {}

  /**
   * @param level 1 (worst) to 5 (best), the part's colour
   * @param width its share as a CSS width, e.g. "25.0%"
   */
  public record LevelPart(int level, String width) {}

  public record HistoryRow(
      String period,
      String periodHref,
      Cell rank,
      String groupSize,
      String gradeCode,
      Cell grade,
      Cell composite,
      Cell groupMedian,
      List<Cell> headline,
      Cell interval,
      Cell change) {}

  public record IndicatorRow(
      String id, String name, String meaning, Cell value, String numerator, String denominator) {}

  public record CheckRow(String id, String name, String rule, String applicable, String passed) {}

  /**
   * The page of every unit: grouped by region in the HTML, searched, filtered and compared with the
   * script.
   */
  public record UnitsPage(
      PageMeta meta,
      String period,
      List<String> memberIds,
      List<UnitGroup> groups,
      List<Option> levels,
      List<Option> regions,
      List<Option> grades,
      List<Definition> members) {}

  /**
   * A choice of a filter; lang marks a Chinese region name on an English page (null: the page's
   * language).
   */
  public record Option(String value, String label, String lang) {}

  /**
   * The units placed under one region (the region itself and its departments), titled by its path.
   */
  public record UnitGroup(String id, List<Crumb> path, List<UnitRow> rows) {}

  /**
   * @param level PROVINCE, CITY, COUNTY or DEPARTMENT (the filter's value)
   * @param regions the codes of the regions the unit lies in, itself included for a region (space
   *     separated)
   */
  public record UnitRow(
      Name name,
      String code,
      String href,
      String kind,
      String level,
      String regions,
      String gradeCode,
      Cell grade,
      Cell composite,
      Cell rank,
      List<Cell> members,
      Cell change) {}

  public record ArchivePage(PageMeta meta, List<ArchiveRow> periods) {}

  public record ArchiveRow(
      String period, String href, String range, String units, String ranked, String evaluatedAt) {}

  public record MethodologyPage(
      PageMeta meta,
      String period,
      String engineVersion,
      String composite,
      List<Definition> indicators,
      List<Definition> grades,
      List<ParameterRow> parameters,
      String intervalNote) {}

  public record Definition(String id, String name, String text) {}

  public record ParameterRow(String name, String value, String description) {}

  public record DownloadsPage(
      PageMeta meta,
      List<DownloadPeriod> periods,
      String checksumsHref,
      String datapackageHref,
      String licenceHref,
      Licence licence) {}

  public record DownloadPeriod(String period, List<DownloadFile> files) {}

  public record DownloadFile(String name, String href, String size, String sha256) {}

  /** The licence of the open data, as the publisher chose it. */
  public record Licence(String id, String title, String url) {}

  /** The codebook: every column of every download, and the code lists. */
  public record CodebookPage(
      PageMeta meta,
      List<CodebookTable> tables,
      List<CodeList> codeLists,
      String datapackageHref,
      Licence licence) {}

  public record CodebookTable(String name, String description, List<CodebookColumn> columns) {}

  public record CodebookColumn(
      String name, String type, String unit, String description, String codeList) {}

  public record CodeList(String id, String title, List<Definition> codes) {}
}
