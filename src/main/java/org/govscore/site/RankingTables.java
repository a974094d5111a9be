package org.govscore.site;

import org.govscore.render.text.Vocabulary;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.govscore.render.results.PeriodResults;
import org.govscore.render.results.RankGroup;
import org.govscore.render.results.UnitScore;
import org.govscore.site.model.RankingTable;
import org.govscore.site.model.RankingTable.RankingRow;

/** A period's rankings: one table per region level, then one per region's departments. */
final class RankingTables {
  private final Vocabulary words;
  private final UnitCells cells;
  private final SiteLinks links;

  RankingTables(Vocabulary words, UnitCells cells, SiteLinks links) {
    this.words = words;
    this.cells = cells;
    this.links = links;
  }

  /** The tables of a period: regions by level first, then departments by region. */
  List<RankingTable> of(PeriodResults results, Optional<PeriodResults> previous, boolean regions) {
    List<RankingTable> out = new ArrayList<>();
    for (Map.Entry<RankGroup, List<UnitScore>> e : SiteData.groups(results).entrySet()) {
      RankGroup g = e.getKey();
      if (g.ofRegions() != regions) {
        continue;
      }
      String caption = regions
          ? words.messages().format("site.group.level", words.level(g.level()), results.period().label())
          : words.messages().format("site.group.region", SiteData.regionName(results, g.regionCode()),
              results.period().label());
      List<RankingRow> rows = new ArrayList<>();
      for (UnitScore s : e.getValue()) {
        UnitScore before = previous.flatMap(p -> p.score(s.key())).orElse(null);
        rows.add(new RankingRow(cells.rank(s), s.displayName(), s.unitCode(), links.unitPage(s.key()),
            UnitCells.gradeCode(s), cells.grade(s), cells.composite(s), cells.headline(results.indicatorsOf(s.key())),
            cells.interval(s), cells.change(UnitCells.change(s, before)), s.insufficientData()));
      }
      out.add(new RankingTable((regions ? "level-" : "region-") + out.size(), caption, rows));
    }
    return out;
  }
}
