package org.govscore.site;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.govscore.contract.UnitKey;
import org.govscore.store.RankGroup;
import org.govscore.store.ScoreRecord;

/**
 * The region tree as far as the results store tells it. A department's region is exact (its rank
 * group names it). The store does not record a region's parent, so it is read from the six-digit
 * administrative division code (GB/T 2260, which the region codes of docs/data-contract.md follow):
 * a county PPCCXX lies in the city PPCC00 when the store has that city, else in the province
 * PP0000; a city PPCC00 in the province PP0000. Only a region of a higher level qualifies; a region
 * with none is a root. The site says so on its codebook page.
 */
final class RegionTree {
  private static final List<String> LEVELS = List.of("PROVINCE", "CITY", "COUNTY");

  private final Map<String, ScoreRecord> regions = new LinkedHashMap<>();
  private final Map<String, ScoreRecord> departments = new LinkedHashMap<>();

  RegionTree(Collection<ScoreRecord> units) {
    for (ScoreRecord u : units) {
      (u.isDepartment() ? departments : regions).put(u.unitCode(), u);
    }
  }

  /** The region a unit lies in: a department's region, a region's parent; empty for a root. */
  Optional<String> parentCode(UnitKey unit) {
    if (UnitKey.DEPARTMENT.equals(unit.unitType())) {
      ScoreRecord d = departments.get(unit.unitCode());
      return d == null
          ? Optional.empty()
          : Optional.ofNullable(RankGroup.parse(d.rankGroup()).regionCode());
    }
    ScoreRecord r = regions.get(unit.unitCode());
    return r == null ? Optional.empty() : Optional.ofNullable(regionParent(r));
  }

  private String regionParent(ScoreRecord r) {
    String code = r.unitCode();
    if (code == null || !code.matches("\\d{6}")) {
      return null;
    }
    for (String candidate : List.of(code.substring(0, 4) + "00", code.substring(0, 2) + "0000")) {
      ScoreRecord p = regions.get(candidate);
      if (p != null && !candidate.equals(code) && levelOrder(p.level()) < levelOrder(r.level())) {
        return candidate;
      }
    }
    return null;
  }

  /** The regions above a unit, the root first (the unit itself not included). */
  List<String> ancestors(UnitKey unit) {
    List<String> out = new ArrayList<>();
    Optional<String> p = parentCode(unit);
    while (p.isPresent() && !out.contains(p.get())) {
      out.add(0, p.get());
      p = parentCode(new UnitKey(UnitKey.REGION, p.get()));
    }
    return out;
  }

  Optional<ScoreRecord> region(String code) {
    return Optional.ofNullable(regions.get(code));
  }

  /** The regions directly under {@code code}, by level then code. */
  List<ScoreRecord> subRegions(String code) {
    return regions.values().stream()
        .filter(r -> code.equals(regionParent(r)))
        .sorted(BY_LEVEL_AND_CODE)
        .toList();
  }

  /** The departments of region {@code code}, by code. */
  List<ScoreRecord> departmentsOf(String code) {
    return departments.values().stream()
        .filter(d -> code.equals(RankGroup.parse(d.rankGroup()).regionCode()))
        .sorted(Comparator.comparing(ScoreRecord::unitCode))
        .toList();
  }

  /** Every region, depth first from the roots: the order of the all-units page. */
  List<ScoreRecord> depthFirst() {
    List<ScoreRecord> out = new ArrayList<>();
    regions.values().stream()
        .filter(r -> regionParent(r) == null)
        .sorted(BY_LEVEL_AND_CODE)
        .forEach(r -> visit(r, out));
    return out;
  }

  private void visit(ScoreRecord r, List<ScoreRecord> out) {
    if (out.contains(r)) {
      return;
    }
    out.add(r);
    subRegions(r.unitCode()).forEach(c -> visit(c, out));
  }

  /** Departments whose region is not in the store (they still appear, in a group of their own). */
  List<ScoreRecord> departmentsWithoutRegion() {
    return departments.values().stream()
        .filter(
            d -> !regions.containsKey(String.valueOf(RankGroup.parse(d.rankGroup()).regionCode())))
        .sorted(Comparator.comparing(ScoreRecord::unitCode))
        .toList();
  }

  private static final Comparator<ScoreRecord> BY_LEVEL_AND_CODE =
      Comparator.comparingInt((ScoreRecord r) -> levelOrder(r.level()))
          .thenComparing(ScoreRecord::unitCode);

  private static int levelOrder(String level) {
    int i = LEVELS.indexOf(level);
    return i < 0 ? LEVELS.size() : i;
  }
}
