package org.govscore.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.govscore.testing.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hand-computed fixture src/test/resources/fixtures/q3, evaluated for 2026-Q3 in Asia/Shanghai
 * ([2026-06-30T16:00Z, 2026-09-30T16:00Z)). Every expected number is worked out in the comment
 * beside it from the fixture rows.
 *
 * <p>In-period exchanges: E1 E2 E3 E6 E7 E8 E9 E10 (E4 is 1 s before the period, E5 is exactly at
 * its end, E1 is duplicated once). Cases in the period: C1 C2 C3 C5 C6 (C4 starts one second before
 * it).
 */
class MethodologyFixtureTest {
  private static final double EPS = 1e-12;
  @TempDir static Path results;
  private static Map<String, Row> indicators;
  private static Map<String, Row> checks;
  private static Map<String, Row> items;
  private static Map<String, Row> resources;
  private static Map<String, Row> scores;
  private static Map<String, Row> findings;
  private static Map<String, Row> quality;

  @BeforeAll
  static void evaluate() throws Exception {
    Fixtures.evaluate(Fixtures.fixture("q3"), results, "2026-Q3", Map.of());
    indicators = Fixtures.table(results, "indicators", "2026-Q3", 3);
    checks = Fixtures.table(results, "checks", "2026-Q3", 3);
    items = Fixtures.table(results, "item_status", "2026-Q3", 1);
    resources = Fixtures.table(results, "resource_status", "2026-Q3", 1);
    scores = Fixtures.table(results, "scores", "2026-Q3", 2);
    findings = Fixtures.table(results, "findings", "2026-Q3", 4);
    quality = Fixtures.table(results, "data_quality", "2026-Q3", 1);
  }

  private static void assertIndicator(
      String unit, String id, Double num, Double den, Double value) {
    Row r = indicators.get(unit + "|" + id);
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

  private static void assertCheck(String unit, String id, long applicable, long passed) {
    Row r = checks.get(unit + "|" + id);
    assertEquals(applicable, r.getLong(3), unit + " " + id + " applicable");
    assertEquals(passed, r.getLong(4), unit + " " + id + " passed");
  }

  @Test
  void itemStatuses() {
    // I1 (depth 4): C1 ONLINE + C6 MOBILE -> online 2 of 2 -> EVIDENCED
    assertEquals("EVIDENCED|2|2|false", status(items.get("I1")));
    // I2 (depth 3): C2 WINDOW -> 1 case, none online -> DECLARED_ONLY
    assertEquals("DECLARED_ONLY|0|1|false", status(items.get("I2")));
    // I3 (depth 2 < 3): C3 MOBILE -> EVIDENCED and undeclared online
    assertEquals("EVIDENCED|1|1|true", status(items.get("I3")));
    // I4 (depth 3): its only case C4 starts 1 s before the period -> no cases -> NO_DEMAND
    assertEquals("NO_DEMAND|0|0|false", status(items.get("I4")));
    // I5 (depth 1): no cases -> OFFLINE
    assertEquals("OFFLINE|0|0|false", status(items.get("I5")));
  }

  private static String status(Row r) {
    return r.getString(2) + "|" + r.getLong(3) + "|" + r.getLong(4) + "|" + r.getBoolean(5);
  }

  @Test
  void resourceStatuses() {
    // R1: E3 (D2->D1 SUCCESS) and E6 (D3->D1 DENIED) cross-department; E7 is a self-exchange
    assertEquals("POPULATION|SERVED|2|1", rstatus(resources.get("R1")));
    // R2: E1 SUCCESS; E9 is logged D1->D1, a self-exchange, so left out although R2 belongs to D2
    assertEquals("LEGAL_ENTITY|SERVED|1|1", rstatus(resources.get("R2")));
    // R3: E2 FAILED in the period; E4 SUCCESS is before the period
    assertEquals("BUSINESS|REFUSED|1|0", rstatus(resources.get("R3")));
    assertEquals("OTHER|EXEMPT|0|0", rstatus(resources.get("R4"))); // NOT_SHARED with a legal basis
    assertEquals("OTHER|NOT_SHARED|0|0", rstatus(resources.get("R5"))); // NOT_SHARED, no basis
    assertEquals("POPULATION|REFUSED|1|0", rstatus(resources.get("R6"))); // E10 FAILED
    assertEquals("BUSINESS|UNREQUESTED|0|0", rstatus(resources.get("R7")));
  }

  /** base_library (v2: the catalogue's library), status, requests, successes. */
  private static String rstatus(Row r) {
    return r.getString(3) + "|" + r.getString(4) + "|" + r.getLong(5) + "|" + r.getLong(6);
  }

  @Test
  void serviceInclusionRate() {
    assertIndicator("DEPARTMENT|D1", "SIR", 1.0, 2.0, 0.5); // I1 EVIDENCED 1 + I2 DECLARED_ONLY 0
    assertIndicator("DEPARTMENT|D2", "SIR", 1.0, 1.0, 1.0); // I3 EVIDENCED
    assertIndicator("DEPARTMENT|D3", "SIR", 0.5, 1.0, 0.5); // I4 NO_DEMAND credit 0.5
    assertIndicator("DEPARTMENT|D4", "SIR", 0.0, 1.0, 0.0); // I5 OFFLINE: a real 0, not N/A
    assertIndicator("REGION|511600", "SIR", 2.5, 5.0, 0.5); // pooled: (1+1+0.5+0)/5
    assertIndicator("REGION|511602", "SIR", 0.5, 2.0, 0.25); // D3 + D4: 0.5/2
  }

  @Test
  void resourceSharingRate() {
    assertIndicator("DEPARTMENT|D1", "RSR", 1.0, 1.0, 1.0); // R1 SERVED; R4 exempt
    assertIndicator("DEPARTMENT|D2", "RSR", 1.0, 2.0, 0.5); // R2 SERVED + R5 NOT_SHARED 0
    assertIndicator(
        "DEPARTMENT|D3", "RSR", 0.5, 3.0, 0.5 / 3); // R3, R6 REFUSED; R7 UNREQUESTED 0.5
    assertIndicator("DEPARTMENT|D4", "RSR", 0.0, 0.0, null); // no resources: N/A
    assertIndicator("REGION|511600", "RSR", 2.5, 6.0, 2.5 / 6);
  }

  @Test
  void businessCollaborationRate() {
    // C1 (I1, E = {R2, R3}): E1 R2 SUCCESS, E4 R3 SUCCESS (before the period, still counts) -> 1
    // C6 (I1 by the earliest-event tie I1 < I2): no exchanges -> 0; C2 (I2, own resource) is not
    // cross
    assertIndicator("DEPARTMENT|D1", "BCR", 1.0, 2.0, 0.5);
    assertIndicator(
        "DEPARTMENT|D2", "BCR", 1.0, 1.0, 1.0); // C3 (I3, E = {R1}; RX uncatalogued): E3 SUCCESS
    assertIndicator("DEPARTMENT|D3", "BCR", 0.0, 0.0, null); // C5's item IX is not catalogued
    assertIndicator("REGION|511600", "BCR", 2.0, 3.0, 2.0 / 3);
    assertIndicator("DEPARTMENT|D1", "FCR", 1.0, 2.0, 0.5);
  }

  @Test
  void checksPerDepartment() {
    // D1 as consumer: E1, E2, E7, E9 all EXTRANET; IDs: E1, E2 valid, E7 wrong check char, E9 null
    assertCheck("DEPARTMENT|D1", "EX_EXTRANET", 4, 4);
    assertCheck("DEPARTMENT|D1", "EX_SUBJECT_ID", 4, 2);
    assertCheck("DEPARTMENT|D1", "EX_CATALOGUED", 4, 4);
    // D1 as logged provider: E3, E6, E7 (R1, D1) match; E9 (R2 belongs to D2) does not
    assertCheck("DEPARTMENT|D1", "EX_PROVIDER_MATCH", 4, 3);
    // SUCCESS with a standard, provider D1: E3 declares GB/T 9 (fail), E7 GB/T 1 (pass)
    assertCheck("DEPARTMENT|D1", "EX_STANDARD", 2, 1);
    assertCheck("DEPARTMENT|D2", "EX_EXTRANET", 2, 1); // E3 INTERNET, E10 EXTRANET
    assertCheck("DEPARTMENT|D2", "EX_SUBJECT_ID", 1, 1); // E3 valid USCC; E10 NONE not applicable
    assertCheck("DEPARTMENT|D3", "EX_SUBJECT_ID", 1, 0); // E8 USCC with the forbidden letter I
    assertCheck("DEPARTMENT|D3", "EX_CATALOGUED", 2, 1); // E8 requests the uncatalogued RZ
    assertCheck(
        "DEPARTMENT|D3", "EX_PROVIDER_MATCH", 2, 2); // E2, E10; E8 has no catalogued resource
    assertCheck("DEPARTMENT|D2", "CAT_REQUIREMENTS", 1, 0); // I3 lists the uncatalogued RX
    assertCheck("DEPARTMENT|D3", "CAT_TIME_LIMITS", 1, 0); // I4 lacks statutory days
    assertCheck("DEPARTMENT|D4", "CAT_TIME_LIMITS", 1, 0); // I5 promises 12 > statutory 10
    assertCheck("DEPARTMENT|D3", "CAT_STANDARD", 3, 2); // R3 has no standard
    assertCheck("DEPARTMENT|D2", "CAT_NOT_SHARED_BASIS", 1, 0); // R5
    assertCheck("DEPARTMENT|D1", "CAT_NOT_SHARED_BASIS", 1, 1); // R4
    // C5: earliest events tie (D4 SUBMIT, D3 VISIT at 10:00) -> D3, the smaller code; IX
    // uncatalogued
    assertCheck("DEPARTMENT|D3", "CASE_ITEM", 1, 0);
    assertCheck("DEPARTMENT|D1", "CASE_ITEM", 3, 3);
    assertFalse(
        checks.containsKey("DEPARTMENT|D4|EX_EXTRANET"), "a check with a = 0 writes no row");
    assertCheck("REGION|511600", "EX_SUBJECT_ID", 6, 3); // pooled a and p
  }

  @Test
  void standardComplianceRate() {
    // D1: 0.5 + 1 + 1 + 0.75 + 0.5 + 1 + 1 + 1 + 1 + 1 = 8.75 over 10 checks
    assertIndicator("DEPARTMENT|D1", "SCR", 8.75, 10.0, 0.875);
    // D2: 1 + 0.5 + 1 + 1 + 1 + 1 + 0 + 1 + 0 + 1 = 7.5 over 10
    assertIndicator("DEPARTMENT|D2", "SCR", 7.5, 10.0, 0.75);
    // D3: 0 + 0.5 + 0.5 + 1 + 0 + 2/3 + 0 = 8/3 over 7 checks
    assertIndicator("DEPARTMENT|D3", "SCR", 8.0 / 3, 7.0, 8.0 / 21);
    // D4: only CAT_TIME_LIMITS 0/1
    assertIndicator("DEPARTMENT|D4", "SCR", 0.0, 1.0, 0.0);
    // 511600 pools a, p per check: 3/6 + 6/8 + 7/8 + 6/7 + 2/3 + 3/5 + 2/3 + 6/7 + 1/2 + 4/5
    double pooled =
        3.0 / 6 + 6.0 / 8 + 7.0 / 8 + 6.0 / 7 + 2.0 / 3 + 3.0 / 5 + 2.0 / 3 + 6.0 / 7 + 1.0 / 2
            + 4.0 / 5;
    assertIndicator("REGION|511600", "SCR", pooled, 10.0, pooled / 10);
  }

  @Test
  void caseIndicators() {
    assertIndicator("DEPARTMENT|D1", "OCR", 2.0, 3.0, 2.0 / 3); // C1 ONLINE, C6 MOBILE, C2 WINDOW
    assertIndicator("DEPARTMENT|D3", "OCR", 0.0, 0.0, null); // C5 has no channel
    assertIndicator("DEPARTMENT|D1", "ZVR", 2.0, 3.0, 2.0 / 3); // C2 has two visits
    assertIndicator("DEPARTMENT|D1", "MOV", 2.0, 3.0, 2.0 / 3);
    assertIndicator("DEPARTMENT|D3", "MOV", 1.0, 1.0, 1.0); // C5: one visit
    assertIndicator("DEPARTMENT|D3", "ZVR", 0.0, 1.0, 0.0);
    assertIndicator("DEPARTMENT|D1", "HOR", 1.0, 3.0, 1.0 / 3); // C1 has a REVIEW at D2
    assertIndicator("DEPARTMENT|D3", "HOR", 1.0, 1.0, 1.0); // C5 involves D3 and D4
    // C1: wd(Wed 07-01, Wed 07-08) = 5 <= 10; C6: wd(Tue 09-01, Thu 09-03) = 2 <= 10
    assertIndicator("DEPARTMENT|D1", "OTR", 2.0, 2.0, 1.0);
    // C3: wd(Wed 09-30, Tue 10-20) = 14 > 5, completed after the period (still counts)
    assertIndicator("DEPARTMENT|D2", "OTR", 0.0, 1.0, 0.0);
    assertIndicator("DEPARTMENT|D4", "ZVR", 0.0, 0.0, null);
  }

  @Test
  void catalogueAndExchangeIndicators() {
    assertIndicator("DEPARTMENT|D1", "TCR", 25.0, 50.0, 0.5); // (20-10) + (30-15) over 20 + 30
    assertIndicator("DEPARTMENT|D3", "TCR", 0.0, 0.0, null); // I4 has no statutory days
    assertIndicator("REGION|511600", "TCR", 40.0, 70.0, 40.0 / 70);
    assertIndicator("DEPARTMENT|D1", "ESR", 2.0, 4.0, 0.5); // E3, E7 SUCCESS of E3, E6, E7, E9
    assertIndicator("DEPARTMENT|D3", "ESR", 0.0, 2.0, 0.0);
    assertIndicator("DEPARTMENT|D4", "ESR", 0.0, 0.0, null);
  }

  @Test
  void latencyPercentilesAreNearestRank() {
    // D1: 50, 300, 1000 (E6 null): p50 rank ceil(1.5) = 2 -> 300; p95 rank ceil(2.85) = 3 -> 1000
    assertIndicator("DEPARTMENT|D1", "LAT_P50", null, null, 300.0);
    assertIndicator("DEPARTMENT|D1", "LAT_P95", null, null, 1000.0);
    assertIndicator("DEPARTMENT|D2", "LAT_P50", null, null, 100.0); // 100, 400
    assertIndicator("DEPARTMENT|D2", "LAT_P95", null, null, 400.0);
    // city: 50 100 150 200 300 400 1000: p50 rank 4 -> 200, p95 rank 7 -> 1000
    assertIndicator("REGION|511600", "LAT_P50", null, null, 200.0);
    assertIndicator("REGION|511600", "LAT_P95", null, null, 1000.0);
    assertIndicator("DEPARTMENT|D4", "LAT_P50", null, null, null);
  }

  @Test
  void scoresGradesRanksQuadrants() {
    // D2: 100 * (1 + 0.5 + 1 + 0.75) / 4 = 81.25 HIGH, rank 1 of DEPARTMENT:511600
    assertScore("DEPARTMENT|D2", 81.25, "HIGH", 1, "STARVED");
    // D1: 100 * (0.5 + 1 + 0.5 + 0.875) / 4 = 71.875 MEDIUM, rank 2; RSR 1 >= 0.6, BCR 0.5 < 0.6
    assertScore("DEPARTMENT|D1", 71.875, "MEDIUM", 2, "DATA_ISLAND");
    // D3: BCR N/A -> 100 * (0.5 + 1/6 + 8/21) / 3
    assertScore("DEPARTMENT|D3", 100 * (0.5 + 1.0 / 6 + 8.0 / 21) / 3, "LOW", 1, "UNCLASSIFIED");
    Row d4 = scores.get("DEPARTMENT|D4"); // SIR and SCR only: insufficient data
    assertTrue(d4.isNullAt(5));
    assertNull(d4.get(7));
    assertEquals(2, d4.getInt(12));
    assertEquals("DEPARTMENT:511600", scores.get("DEPARTMENT|D1").getString(4));
    assertEquals("CITY", scores.get("DEPARTMENT|D1").getString(3));
    assertEquals("REGION:CITY", scores.get("REGION|511600").getString(4));
  }

  private static void assertScore(
      String unit, double composite, String grade, int rank, String quadrant) {
    Row r = scores.get(unit);
    assertEquals(composite, r.getDouble(5), 1e-9, unit + " composite");
    assertEquals(grade, r.getString(6), unit + " grade");
    assertEquals(rank, r.getInt(7), unit + " rank");
    assertEquals(quadrant, r.getString(11), unit + " quadrant");
  }

  @Test
  void findings() {
    assertTrue(findings.containsKey("DEPARTMENT|D1|DECLARED_ONLY_ITEM|I2"));
    assertEquals(1.0, findings.get("DEPARTMENT|D1|DECLARED_ONLY_ITEM|I2").getDouble(4));
    assertTrue(findings.containsKey("DEPARTMENT|D3|REFUSED_RESOURCE|R3"));
    assertTrue(findings.containsKey("DEPARTMENT|D2|NOT_SHARED_RESOURCE|R5"));
    // D4 has no exchange at all; D3's only cross SUCCESS is E8 (to D2), so it is no island
    assertTrue(findings.containsKey("DEPARTMENT|D4|INFORMATION_ISLAND|D4"));
    assertFalse(findings.containsKey("DEPARTMENT|D3|INFORMATION_ISLAND|D3"));
    assertEquals(2.0, findings.get("DEPARTMENT|D1|FAILING_CHECK|EX_SUBJECT_ID").getDouble(4));
  }

  @Test
  void reconciliation() {
    Row ex = quality.get("exchanges"); // 11 rows, one exact duplicate of E1
    assertEquals(11L, ex.getLong(1));
    assertEquals(10L, ex.getLong(2));
    assertEquals(0L, ex.getLong(3));
    assertEquals(1L, ex.getLong(4));
  }
}
