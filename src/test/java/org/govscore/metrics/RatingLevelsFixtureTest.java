package org.govscore.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.govscore.testing.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The hand-computed fixture src/test/resources/fixtures/rating-levels, evaluated for 2026-Q3 in
 * Asia/Shanghai ([2026-07-01T00:00, 2026-10-01T00:00) local): the rating_levels and catalogue_names
 * tables.
 *
 * <p>One exchange (E1, D2 to D1 for R1) and one case (C1 of I1) only because the report needs
 * exchanges and cases (without them it fails on null statuses: a separate defect).
 *
 * <p>Regions: 510000 (province) with D3 and the cities 511600 (D1, D2) and 511700 (D4). Ratings (id
 * dept level): L1 D1 1 at the period's start instant (in); L2 D1 5; L3 D1 5; L4 D1 3 at 23:59:59 on
 * the last day (in); L5 D2 2; L6 D2 4; L7 D2 4 at the period's end instant (out); L8 D2 1 one
 * second before the period (out); L9 D3 4; L10 D3 3; D4 has none.
 */
class RatingLevelsFixtureTest {
  private static Path results;
  private static Map<String, Long> levels;

  @BeforeAll
  static void evaluate() throws Exception {
    results = Fixtures.sharedStore("rating-levels", "2026-Q3");
    levels = levels(results);
  }

  /** "unit_type|unit_code" to its five counts as "n1 n2 n3 n4 n5". */
  private static Map<String, Long> levels(Path store) {
    Map<String, Long> out = new TreeMap<>();
    for (Row r : Fixtures.table(store, "rating_levels", "2026-Q3", 3).values()) {
      out.put(r.getString(0) + "|" + r.getString(1) + "|" + r.getInt(2), r.getLong(3));
    }
    return out;
  }

  private static List<Long> counts(String unit) {
    return List.of(1, 2, 3, 4, 5).stream()
        .map(level -> levels.getOrDefault(unit + "|" + level, -1L))
        .toList();
  }

  @Test
  void aDepartmentCountsItsRatingsAtEachLevelFromThePeriodsStartToBeforeItsEnd() {
    // D1: L1 (at the start instant) 1, L4 (last second) 3, L2 L3 5
    assertEquals(List.of(1L, 0L, 1L, 0L, 2L), counts("DEPARTMENT|D1"));
    // D2: L5 2, L6 4; L7 at the end instant and L8 before the start are out
    assertEquals(List.of(0L, 1L, 0L, 1L, 0L), counts("DEPARTMENT|D2"));
    // D3: L10 3, L9 4
    assertEquals(List.of(0L, 0L, 1L, 1L, 0L), counts("DEPARTMENT|D3"));
  }

  @Test
  void aRegionPoolsItsDepartmentsAndItsDescendantRegionsDepartments() {
    // 511600 = D1 + D2
    assertEquals(List.of(1L, 1L, 1L, 1L, 2L), counts("REGION|511600"));
    // 510000 = D3 + 511600 (D1, D2) + 511700 (D4: none)
    assertEquals(List.of(1L, 1L, 2L, 2L, 2L), counts("REGION|510000"));
  }

  @Test
  void aUnitWithoutRatingsInThePeriodHasNoRows() {
    // five rows for each of D1, D2, D3, 511600, 510000; none for D4 and 511700
    assertEquals(25, levels.size(), levels.toString());
    assertEquals(List.of(-1L, -1L, -1L, -1L, -1L), counts("DEPARTMENT|D4"));
    assertEquals(List.of(-1L, -1L, -1L, -1L, -1L), counts("REGION|511700"));
  }

  @Test
  void catalogueNamesAreTheAcceptedCatalogueRowsNamesByKind() {
    Map<String, String> names = new TreeMap<>();
    for (Row r : Fixtures.table(results, "catalogue_names", "2026-Q3", 2).values()) {
      names.put(r.getString(0) + "|" + r.getString(1), r.getString(2));
    }
    assertEquals(
        Map.of(
            "SERVICE_ITEM|I1", "户口迁移",
            "SERVICE_ITEM|I2", "营业执照 <变更> & \"登记\"",
            "RESOURCE|R1", "居民户籍信息"),
        names);
  }
}
