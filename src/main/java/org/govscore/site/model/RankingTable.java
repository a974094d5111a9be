package org.govscore.site.model;

import java.util.List;

/** One rank group's ranking: regions of one level, or the departments of one region. */
public record RankingTable(String id, String caption, List<RankingRow> rows) {

  /** A ranked unit with grade, composite, the four headline indicators, rank interval and change. */
  public record RankingRow(Cell rank, String name, String code, String href, String gradeCode, Cell grade,
      Cell composite, List<Cell> headline, Cell interval, Cell change, boolean insufficient) {}
}
