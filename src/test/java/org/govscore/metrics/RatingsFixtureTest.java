package org.govscore.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.govscore.testing.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hand-computed ratings fixture src/test/resources/fixtures/ratings: the q3 fixture plus
 * ratings.csv (好差评), evaluated for 2026-Q3 in Asia/Shanghai ([2026-07-01, 2026-10-01) local).
 *
 * <p>Ratings (rated department, level, wd(ts, rectified_ts) on weekdays only): G1 D1 1 rectified on
 * working day 15 (Wed 07-01 -> Wed 07-22); G2 D1 2 on day 16 (07-23); G3 D1 1 across weekends, on
 * day 15 (Fri 07-03 -> Sun 07-26); G4 D1 1 never; G5 D1 5 and G6 D1 4 both of case C1 (a case rated
 * twice); G7 D1 3 without case (and an exact duplicate of it); G8 D2 2 rectified Fri 09-04 -> Mon
 * 09-28 = 16 working days, 15 with the holiday Fri 09-25 of fixtures/ratings-calendar.csv; G9 D2 1
 * rectified at its own instant (0 days) at 23:30 on the period's last day; G10 D2 1 of C3 exactly
 * at the period's end (not in the period, still covers C3); G11 D2 5 of C2 1 s before the period
 * (Q2; covers C2, a case of D1: any rated department); G12 D2 4 of C99 (no such case); G13 D3 1 of
 * C5 rectified before it was given: rejected, so C5 is not covered; G14 D4 3; G15 D3 4 of C4 (a
 * case of Q2); G16 D1 1 in Q2.
 */
class RatingsFixtureTest {
  private static final double EPS = 1e-12;
  private static final Map<String, String> PARAMS =
      Map.of("validation.max_reject_share", "0.1"); // G13: 1 of 17
  @TempDir static Path results;
  @TempDir static Path calendarResults;
  @TempDir static Path days16Results;
  @TempDir static Path withoutRatings;
  @TempDir static Path withoutCases;
  @TempDir static Path withoutCasesInputs;
  private static Map<String, Row> indicators;
  private static Map<String, Row> findings;

  @BeforeAll
  static void evaluate() throws Exception {
    Fixtures.evaluate(Fixtures.fixture("ratings"), results, "2026-Q2", PARAMS);
    Fixtures.evaluate(Fixtures.fixture("ratings"), results, "2026-Q3", PARAMS);
    indicators = Fixtures.table(results, "indicators", "2026-Q3", 3);
    findings = Fixtures.table(results, "findings", "2026-Q3", 4);
  }

  static void assertIndicator(
      Map<String, Row> table, String unit, String id, Double num, Double den, Double value) {
    Row r = table.get(unit + "|" + id);
    String where = unit + " " + id;
    if (num == null) {
      assertTrue(r.isNullAt(3), where + " numerator");
    } else {
      assertEquals(num, r.getDouble(3), EPS, where + " numerator");
    }
    if (den == null) {
      assertTrue(r.isNullAt(4), where + " denominator");
    } else {
      assertEquals(den, r.getDouble(4), EPS, where + " denominator");
    }
    if (value == null) {
      assertTrue(r.isNullAt(5), where + " value must be N/A, not 0");
    } else {
      assertEquals(value, r.getDouble(5), EPS, where + " value");
    }
  }

  @Test
  void satisfactionRate() {
    // D1: G1 G2 G3 G4 G5 G6 G7 (G7 once: the duplicate is removed; G16 is in Q2): G5, G6 >= 4
    assertIndicator(indicators, "DEPARTMENT|D1", "SAT", 2.0, 7.0, 2.0 / 7);
    // D2: G8 G9 G12 (G10 at the period's end and G11 before it are out): G12
    assertIndicator(indicators, "DEPARTMENT|D2", "SAT", 1.0, 3.0, 1.0 / 3);
    assertIndicator(indicators, "DEPARTMENT|D3", "SAT", 1.0, 1.0, 1.0); // G15; G13 rejected
    assertIndicator(indicators, "DEPARTMENT|D4", "SAT", 0.0, 1.0, 0.0); // G14 level 3: a real 0
    // the city pools D1, D2 and its county's D3, D4
    assertIndicator(indicators, "REGION|511600", "SAT", 4.0, 12.0, 1.0 / 3);
    assertIndicator(indicators, "REGION|511602", "SAT", 1.0, 2.0, 0.5); // D3 + D4
    assertIndicator(indicators, "REGION|510000", "SAT", 4.0, 12.0, 4.0 / 12);
  }

  @Test
  void badRatingRectificationRate() {
    // D1 bad: G1 (day 15: in time), G2 (day 16: late), G3 (day 15 across weekends), G4 (never)
    assertIndicator(indicators, "DEPARTMENT|D1", "BRR", 2.0, 4.0, 0.5);
    // D2 bad: G8 (16 working days without a calendar: late), G9 (0 days: in time)
    assertIndicator(indicators, "DEPARTMENT|D2", "BRR", 1.0, 2.0, 0.5);
    assertIndicator(indicators, "DEPARTMENT|D3", "BRR", 0.0, 0.0, null); // no bad rating: N/A
    assertIndicator(indicators, "REGION|511600", "BRR", 3.0, 6.0, 0.5);
    assertIndicator(indicators, "REGION|511602", "BRR", 0.0, 0.0, null);
  }

  @Test
  void aCalendarHolidayMovesTheDeadline() throws Exception {
    Path calendar = Fixtures.fixture("ratings").resolveSibling("ratings-calendar.csv");
    Map<String, String> p = new TreeMap<>(PARAMS);
    p.put("time.calendar", calendar.toString());
    Fixtures.evaluate(Fixtures.fixture("ratings"), calendarResults, "2026-Q3", p);
    Map<String, Row> t = Fixtures.table(calendarResults, "indicators", "2026-Q3", 3);
    // G8: Fri 09-25 is a holiday, so Mon 09-28 is working day 15: in time
    assertIndicator(t, "DEPARTMENT|D2", "BRR", 2.0, 2.0, 1.0);
    assertIndicator(t, "DEPARTMENT|D1", "BRR", 2.0, 4.0, 0.5); // July has no holiday in the file
  }

  @Test
  void theDeadlineIsAParameter() throws Exception {
    Map<String, String> p = new TreeMap<>(PARAMS);
    p.put("ratings.rectify_days", "16");
    Fixtures.evaluate(Fixtures.fixture("ratings"), days16Results, "2026-Q3", p);
    Map<String, Row> t = Fixtures.table(days16Results, "indicators", "2026-Q3", 3);
    assertIndicator(t, "DEPARTMENT|D1", "BRR", 3.0, 4.0, 0.75); // G2 on day 16 now in time
    assertIndicator(t, "DEPARTMENT|D2", "BRR", 2.0, 2.0, 1.0); // G8 likewise
    assertIndicator(t, "DEPARTMENT|D1", "SAT", 2.0, 7.0, 2.0 / 7); // SAT does not depend on it
  }

  @Test
  void ratingCoverage() {
    // D1 owns C1 (I1), C2 (I2), C6 (I1): C1 rated twice (G5, G6) counts once; C2 by G11 (Q2, rated
    // D2)
    assertIndicator(indicators, "DEPARTMENT|D1", "RCR", 2.0, 3.0, 2.0 / 3);
    assertIndicator(
        indicators, "DEPARTMENT|D2", "RCR", 1.0, 1.0, 1.0); // C3 by G10 (after the period)
    assertIndicator(
        indicators, "DEPARTMENT|D3", "RCR", 0.0, 1.0, 0.0); // C5: its only rating G13 was rejected
    assertIndicator(indicators, "DEPARTMENT|D4", "RCR", 0.0, 0.0, null); // no cases
    assertIndicator(indicators, "REGION|511600", "RCR", 3.0, 5.0, 0.6); // C99 covers nothing
  }

  @Test
  void ratingsIndicatorsFollowLatencyInPublishedOrder() {
    assertEquals(
        List.of("LAT_P50", "LAT_P95", "SAT", "BRR", "RCR"),
        Methodology.INDICATOR_IDS.subList(
            Methodology.INDICATOR_IDS.size() - 5, Methodology.INDICATOR_IDS.size()));
  }

  @Test
  void unrectifiedBadRatingFindings() {
    Row d1 = findings.get("DEPARTMENT|D1|UNRECTIFIED_BAD_RATING|D1");
    assertEquals(2.0, d1.getDouble(4)); // G2 late, G4 never
    // I2: G3 G4 both bad (share 1); I1: G1 G2 bad of G1 G2 G5 G6 (share 0.5); names from the
    // catalogue
    assertEquals(
        "2 of 4 bad rating(s) in the period not rectified within 15 working days; worst-rated items: "
            + "居民身份证换领 (2 of 2 bad), 户口迁移 (2 of 4 bad)",
        d1.getString(5));
    Row d2 = findings.get("DEPARTMENT|D2|UNRECTIFIED_BAD_RATING|D2");
    assertEquals(1.0, d2.getDouble(4)); // G8
    // IZ is not catalogued: named by its code
    assertEquals(
        "1 of 2 bad rating(s) in the period not rectified within 15 working days; worst-rated items: "
            + "IZ (1 of 1 bad), 企业设立登记 (1 of 2 bad)",
        d2.getString(5));
    // the city pools D1 and D2; at most 3 items: I2 (1.0, 2 bad), IZ (1.0, 1 bad), I1 (0.5, 2 bad);
    // I3 (0.5, 1 bad) left out
    Row city = findings.get("REGION|511600|UNRECTIFIED_BAD_RATING|511600");
    assertEquals(3.0, city.getDouble(4));
    assertEquals(
        "3 of 6 bad rating(s) in the period not rectified within 15 working days; worst-rated items: "
            + "居民身份证换领 (2 of 2 bad), IZ (1 of 1 bad), 户口迁移 (2 of 4 bad)",
        city.getString(5));
    assertTrue(findings.containsKey("REGION|510000|UNRECTIFIED_BAD_RATING|510000"));
    assertFalse(findings.containsKey("DEPARTMENT|D3|UNRECTIFIED_BAD_RATING|D3")); // no bad rating
    assertFalse(findings.containsKey("REGION|511602|UNRECTIFIED_BAD_RATING|511602"));
  }

  @Test
  void satFallsAgainstThePreviousPeriod() {
    // Q2: D2 G11 (5) -> 1.0; Q3 1/3
    assertEquals(1.0 / 3 - 1.0, findings.get("DEPARTMENT|D2|FALL|SAT").getDouble(4), EPS);
    assertEquals(
        "SAT 1.0000 in 2026-Q2 to 0.3333 in 2026-Q3",
        findings.get("DEPARTMENT|D2|FALL|SAT").getString(5));
    // Q2: 511600 G11 (5), G16 (1) -> 0.5; Q3 4/12
    assertEquals(1.0 / 3 - 0.5, findings.get("REGION|511600|FALL|SAT").getDouble(4), EPS);
    assertFalse(findings.containsKey("DEPARTMENT|D1|FALL|SAT")); // 0 -> 2/7 is a rise
    assertFalse(findings.containsKey("DEPARTMENT|D3|FALL|SAT")); // N/A in Q2: nothing to compare
  }

  @Test
  void reconciliation() {
    Row q = Fixtures.table(results, "data_quality", "2026-Q3", 1).get("ratings");
    assertEquals("[ratings,17,15,1,1]", q.toString()); // 17 rows: G7 duplicated; G13 rejected
    Row reject =
        Fixtures.table(results, "rejects", "2026-Q3", 3).get("ratings|ratings.csv|ratings.csv#14");
    assertEquals("OUT_OF_RANGE", reject.getString(3));
    assertTrue(reject.getString(4).startsWith("[rectified_ts] "), reject.getString(4));
    assertTrue(reject.getString(4).contains("\"rater_id\":\"***\""), reject.getString(4));
  }

  /** Ratings are additive: every other table of the q3 fixture is unchanged by them. */
  @Test
  void withoutRatingsEverythingElseIsTheSameAndTheRatingsIndicatorsAreNa() throws Exception {
    Fixtures.evaluate(Fixtures.fixture("q3"), withoutRatings, "2026-Q3", PARAMS);
    Map<String, Row> plain = Fixtures.table(withoutRatings, "indicators", "2026-Q3", 3);
    for (Map.Entry<String, Row> e : plain.entrySet()) {
      String id = e.getKey().substring(e.getKey().lastIndexOf('|') + 1);
      if (List.of("SAT", "BRR", "RCR").contains(id)) {
        Row r = e.getValue();
        assertTrue(
            r.isNullAt(3) && r.isNullAt(4) && r.isNullAt(5),
            e.getKey() + " must be N/A without ratings");
      } else {
        assertEquals(e.getValue(), indicators.get(e.getKey()), e.getKey());
      }
    }
    assertEquals(plain.size(), indicators.size());
    for (String table : List.of("checks", "scores", "item_status", "resource_status")) {
      assertEquals(
          Fixtures.table(withoutRatings, table, "2026-Q3", 3),
          Fixtures.table(results, table, "2026-Q3", 3),
          table);
    }
    Map<String, Row> plainFindings = Fixtures.table(withoutRatings, "findings", "2026-Q3", 4);
    Map<String, Row> ratedFindings = new TreeMap<>(findings);
    ratedFindings
        .keySet()
        .removeIf(k -> k.contains("|UNRECTIFIED_BAD_RATING|") || k.contains("|FALL|"));
    assertEquals(new TreeMap<>(plainFindings), ratedFindings);
    assertEquals(
        Map.of(),
        Fixtures.table(withoutRatings, "rating_levels", "2026-Q3", 3),
        "without the ratings dataset there are no level rows");
  }

  @Test
  void withoutCaseEventsRcrIsNaButSatIsNot() throws Exception {
    try (var files = Files.list(Fixtures.fixture("ratings"))) {
      for (Path f :
          files.filter(f -> !f.getFileName().toString().startsWith("case_events")).toList()) {
        Files.copy(f, withoutCasesInputs.resolve(f.getFileName()));
      }
    }
    Fixtures.evaluate(withoutCasesInputs, withoutCases, "2026-Q3", PARAMS);
    Map<String, Row> t = Fixtures.table(withoutCases, "indicators", "2026-Q3", 3);
    assertIndicator(t, "DEPARTMENT|D1", "RCR", null, null, null);
    assertIndicator(t, "REGION|511600", "RCR", null, null, null);
    assertIndicator(t, "DEPARTMENT|D1", "SAT", 2.0, 7.0, 2.0 / 7);
    assertIndicator(t, "DEPARTMENT|D1", "BRR", 2.0, 4.0, 0.5);
  }
}
