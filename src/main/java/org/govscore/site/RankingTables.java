package org.govscore.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.govscore.render.results.PeriodResults;
import org.govscore.render.text.Vocabulary;
import org.govscore.site.model.Cell;
import org.govscore.site.model.RankingTable;
import org.govscore.site.model.RankingTable.RankingRow;
import org.govscore.store.RankGroup;
import org.govscore.store.ScoreRecord;

/** A period's rankings: one table per region level, then one per region's departments. */
final class RankingTables {
  private final SiteData data;
  private final Vocabulary words;
  private final UnitCells cells;
  private final SiteLinks links;

  RankingTables(SiteData data, Vocabulary words, UnitCells cells, SiteLinks links) {
    this.data = data;
    this.words = words;
    this.cells = cells;
    this.links = links;
  }

  /** The tables of a period: regions by level first, then departments by region. */
  List<RankingTable> of(PeriodResults results, Optional<PeriodResults> previous, boolean regions) {
    List<RankingTable> out = new ArrayList<>();
    List<String> members = SiteData.members(results);
    for (Map.Entry<RankGroup, List<ScoreRecord>> e : SiteData.groups(results).entrySet()) {
      RankGroup g = e.getKey();
      if (g.ofRegions() != regions) {
        continue;
      }
      String caption =
          regions
              ? words
                  .messages()
                  .format("site.group.level", words.level(g.level()), results.period().label())
              : words
                  .messages()
                  .format(
                      "site.group.region",
                      SiteData.regionName(results, g.regionCode()),
                      results.period().label());
      List<RankingRow> rows = new ArrayList<>();
      for (ScoreRecord s : e.getValue()) {
        ScoreRecord before = previous.flatMap(p -> p.score(s.key())).orElse(null);
        rows.add(
            new RankingRow(
                cells.rank(s),
                cells.name(s),
                s.unitCode(),
                links.unitPage(s.key()),
                UnitCells.gradeCode(s),
                cells.grade(s),
                cells.composite(s),
                cells.members(members, results.indicatorsOf(s.key())),
                cells.interval(s),
                cells.change(UnitCells.change(s, before)),
                s.insufficientData()));
      }
      GroupStats stats = data.stats(results, g.id());
      Cell none = new Cell("", "");
      RankingRow median =
          new RankingRow(
              none,
              cells.name(words.messages().get("site.groupMedian")),
              "",
              "",
              "",
              none,
              cells.composite(stats.medianComposite()),
              cells.medians(members, stats.medianMembers()),
              none,
              none,
              false);
      out.add(new RankingTable(groupId(g), caption, members, rows, median));
    }
    return out;
  }

  /** The anchor of a group's table on a rankings page, also linked from unit pages. */
  static String groupId(RankGroup g) {
    String q = g.qualifier().replaceAll("[^A-Za-z0-9_-]", "_");
    return (g.ofRegions() ? "level-" : "region-") + q;
  }
}
