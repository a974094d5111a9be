package org.govscore.site.model;

import java.util.List;

/** The roots of the site's templates, one record per kind of page. */
public final class Pages {
  private Pages() {}

  /** Home (latest period) and archive period pages: rankings by level and by region. */
  /** @param missingDatasets names of the datasets absent from the period's evaluation (N/A indicators) */
  public record RankingsPage(PageMeta meta, String period, String periodRange, String previous,
      List<RankingTable> byLevel, List<RankingTable> byRegion, List<String> missingDatasets) {}

  /** A unit's history over every period of the store. */
  public record UnitPage(PageMeta meta, String name, String code, String unitType, String group,
      Chart chart, List<HistoryRow> history, String latestPeriod, List<IndicatorRow> indicators,
      List<CheckRow> checks) {}

  public record Chart(String src, String alt, int width, int height) {}

  public record HistoryRow(String period, String periodHref, Cell rank, String gradeCode, Cell grade,
      Cell composite, List<Cell> headline, Cell interval, Cell change) {}

  public record IndicatorRow(String id, String name, Cell value, String numerator, String denominator) {}

  public record CheckRow(String id, String name, String applicable, String passed) {}

  public record ArchivePage(PageMeta meta, List<ArchiveRow> periods) {}

  public record ArchiveRow(String period, String href, String range, String units, String ranked,
      String evaluatedAt) {}

  public record MethodologyPage(PageMeta meta, String period, String engineVersion,
      List<Definition> indicators, List<Definition> grades, List<ParameterRow> parameters) {}

  public record Definition(String id, String name, String text) {}

  public record ParameterRow(String name, String value, String description) {}

  public record DownloadsPage(PageMeta meta, List<DownloadPeriod> periods, String checksumsHref) {}

  public record DownloadPeriod(String period, List<DownloadFile> files) {}

  public record DownloadFile(String name, String href, String size, String sha256) {}
}
