package org.govscore.site.model;

import java.util.List;

/**
 * One rank group's ranking: regions of one level, or the departments of one region; the group's
 * median closes the table as a reference row.
 */
public record RankingTable(
    String id, String caption, List<String> memberIds, List<RankingRow> rows, RankingRow median) {

  /** A ranked unit with grade, composite, the composite's members, rank interval and change. */
  public record RankingRow(
      Cell rank,
      Pages.Name name,
      String code,
      String href,
      String gradeCode,
      Cell grade,
      Cell composite,
      List<Cell> headline,
      Cell interval,
      Cell change,
      boolean insufficient) {}
}
