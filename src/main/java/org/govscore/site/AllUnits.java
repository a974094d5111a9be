package org.govscore.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.govscore.contract.UnitKey;
import org.govscore.render.results.PeriodResults;
import org.govscore.render.text.Vocabulary;
import org.govscore.site.model.PageMeta;
import org.govscore.site.model.Pages.Crumb;
import org.govscore.site.model.Pages.Definition;
import org.govscore.site.model.Pages.Option;
import org.govscore.site.model.Pages.UnitGroup;
import org.govscore.site.model.Pages.UnitRow;
import org.govscore.site.model.Pages.UnitsPage;
import org.govscore.store.ScoreRecord;

/**
 * The page of every unit (units.html): one table, grouped by region in tree order, so that without
 * JavaScript it is the complete list; the script adds the search box, the filters and compare.
 * Every unit of any period is listed, with its standing in the latest period (N/A when it was not
 * evaluated then).
 */
final class AllUnits {
  private final SiteData data;
  private final RegionTree tree;
  private final Vocabulary words;
  private final UnitCells cells;
  private final SiteLinks links;
  private final UnitPages units;

  AllUnits(
      SiteData data,
      RegionTree tree,
      Vocabulary words,
      UnitCells cells,
      SiteLinks links,
      UnitPages units) {
    this.data = data;
    this.tree = tree;
    this.words = words;
    this.cells = cells;
    this.links = links;
    this.units = units;
  }

  UnitsPage page(PageMeta meta, List<Definition> memberDefinitions) {
    PeriodResults latest = data.latest();
    Optional<PeriodResults> previous = data.previous(latest.period());
    List<String> members = SiteData.members(latest);
    List<UnitGroup> groups = new ArrayList<>();
    List<Option> regions = new ArrayList<>();
    for (ScoreRecord r : tree.depthFirst()) {
      List<UnitRow> rows = new ArrayList<>();
      rows.add(row(r, latest, previous, members));
      tree.departmentsOf(r.unitCode()).forEach(d -> rows.add(row(d, latest, previous, members)));
      List<Crumb> path = new ArrayList<>(units.crumbs(r).subList(1, units.crumbs(r).size()));
      groups.add(new UnitGroup("in-" + links.unitPage(r.key()).replace(".html", ""), path, rows));
      String indent = "\u00a0\u00a0".repeat(tree.ancestors(r.key()).size());
      regions.add(
          new Option(
              r.unitCode(), indent + r.displayName() + " " + r.unitCode(), cells.name(r).lang()));
    }
    List<ScoreRecord> orphans = tree.departmentsWithoutRegion();
    if (!orphans.isEmpty()) {
      List<UnitRow> rows = orphans.stream().map(d -> row(d, latest, previous, members)).toList();
      groups.add(
          new UnitGroup(
              "in-unplaced",
              List.of(new Crumb(cells.name(words.messages().get("site.units.unplaced")), null)),
              rows));
    }
    var msg = words.messages();
    List<Option> levels =
        List.of(
            new Option("PROVINCE", words.level("PROVINCE"), null),
            new Option("CITY", words.level("CITY"), null),
            new Option("COUNTY", words.level("COUNTY"), null),
            new Option("DEPARTMENT", msg.get("site.units.departments"), null));
    List<Option> grades = new ArrayList<>();
    for (String g : List.of("VERY_HIGH", "HIGH", "MEDIUM", "LOW", "NONE")) {
      grades.add(
          new Option(g, "NONE".equals(g) ? msg.get("value.insufficient") : words.grade(g), null));
    }
    return new UnitsPage(
        meta, latest.period().label(), members, groups, levels, regions, grades, memberDefinitions);
  }

  private UnitRow row(
      ScoreRecord u, PeriodResults latest, Optional<PeriodResults> previous, List<String> members) {
    ScoreRecord s = latest.score(u.key()).orElse(null);
    ScoreRecord before = previous.flatMap(p -> p.score(u.key())).orElse(null);
    int ranked = s == null ? 0 : data.stats(latest, s.rankGroup()).ranked();
    List<String> within = new ArrayList<>(tree.ancestors(u.key()));
    if (!u.isDepartment()) {
      within.add(u.unitCode());
    }
    String level = u.isDepartment() ? UnitKey.DEPARTMENT : String.valueOf(u.level());
    return new UnitRow(
        cells.name(u),
        u.unitCode(),
        links.unitPage(u.key()),
        units.unitKind(u),
        level,
        String.join(" ", within),
        UnitCells.gradeCode(s),
        cells.grade(s),
        cells.composite(s),
        cells.rankOf(s, ranked),
        cells.members(members, latest.indicatorsOf(u.key())),
        cells.change(UnitCells.change(s, before)));
  }
}
