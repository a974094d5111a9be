package org.govscore.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The two rules that make the report ask for the evidence to be checked, at and around their
 * boundaries.
 */
class DataWarningsTest {
  @Test
  void aCompositeFallOfThirtyPointsOrMoreIsFlagged() {
    // The demo's case: 97.42 to 23.57 is a fall of 73.85.
    assertTrue(DataWarnings.compositeCollapsed(97.42, 23.57, 100));
    assertTrue(DataWarnings.compositeCollapsed(80.0, 50.0, 100), "exactly 30 points");
    assertFalse(DataWarnings.compositeCollapsed(80.0, 50.01, 100), "29.99 points");
    assertFalse(DataWarnings.compositeCollapsed(50.0, 80.0, 100), "a rise");
    assertFalse(DataWarnings.compositeCollapsed(null, 10.0, 100), "no composite before");
    assertFalse(
        DataWarnings.compositeCollapsed(90.0, null, 100),
        "no composite now: reported as insufficient data");
    // On a scale of 10 the threshold is 3 points.
    assertTrue(DataWarnings.compositeCollapsed(9.0, 6.0, 10));
    assertFalse(DataWarnings.compositeCollapsed(9.0, 6.5, 10));
  }

  @Test
  void anIndicatorDroppingToExactlyZeroFromHalfOrMoreIsFlagged() {
    assertTrue(DataWarnings.droppedToZero(0.5, 0.0), "from exactly 0.5");
    assertTrue(DataWarnings.droppedToZero(0.972, 0.0));
    assertFalse(DataWarnings.droppedToZero(0.4999, 0.0), "from below 0.5");
    assertFalse(DataWarnings.droppedToZero(0.9, 0.001), "not exactly 0");
    assertFalse(DataWarnings.droppedToZero(null, 0.0), "N/A before");
    assertFalse(DataWarnings.droppedToZero(0.9, null), "N/A now is not 0");
  }

  @Test
  void gradeOrderComparesOnlyRealGrades() {
    assertEquals(0, SummaryWriter.gradeOrder("VERY_HIGH"));
    assertEquals(3, SummaryWriter.gradeOrder("LOW"));
    assertEquals(-1, SummaryWriter.gradeOrder(null));
    assertEquals(-1, SummaryWriter.gradeOrder("NONE"), "insufficient data is not a grade");
  }

  @Test
  void leadersAndLaggardsDoNotOverlap() {
    assertEquals(0, SummaryWriter.topCount(0));
    assertEquals(1, SummaryWriter.topCount(2));
    assertEquals(2, SummaryWriter.topCount(3));
    assertEquals(3, SummaryWriter.topCount(40));
  }

  @Test
  void materialChangeIsANumberOfPointsWithDefaultFive() {
    assertEquals(5.0, ReportSettings.parse(null).materialChange());
    assertEquals(5.0, ReportSettings.parse(" ").materialChange());
    assertEquals(2.5, ReportSettings.parse("2.5").materialChange());
    assertEquals(0.0, ReportSettings.parse("0").materialChange());
    org.govscore.base.GovscoreException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            org.govscore.base.GovscoreException.class, () -> ReportSettings.parse("-1"));
    assertEquals(
        "report.material_change must be a number of composite points >= 0, not '-1'",
        e.getMessage());
    e =
        org.junit.jupiter.api.Assertions.assertThrows(
            org.govscore.base.GovscoreException.class, () -> ReportSettings.parse("five"));
    assertEquals(
        "report.material_change must be a number of composite points >= 0, not 'five'",
        e.getMessage());
  }

  @Test
  void aJobFileKeepsReportSettingsOutOfTheEvaluationsParameters() {
    org.govscore.config.JobFile job =
        new org.govscore.config.JobFile(
            null, java.util.Map.of("report.material_change", "3", "credit.no_demand", "0.4"));
    assertEquals(java.util.Map.of("credit.no_demand", "0.4"), job.parameters());
    assertEquals("3", job.get("report.material_change"));
  }

  @Test
  void theLeadershipEditionLeavesImmaterialFallsToTheAnnex() {
    org.govscore.store.FindingRecord composite =
        new org.govscore.store.FindingRecord("DEPARTMENT", "D1", "FALL", "COMPOSITE", -0.65, "");
    assertFalse(LanguageReport.telling(composite, 5));
    assertTrue(
        LanguageReport.telling(
            new org.govscore.store.FindingRecord(
                "DEPARTMENT", "D1", "FALL", "COMPOSITE", -5.01, ""),
            5));
    assertFalse(
        LanguageReport.telling(
            new org.govscore.store.FindingRecord("DEPARTMENT", "D1", "FALL", "COMPOSITE", -5.0, ""),
            5),
        "exactly the threshold is not above it");
    // Indicators fall in ratio units: -0.05 is 5 percentage points.
    assertFalse(
        LanguageReport.telling(
            new org.govscore.store.FindingRecord("DEPARTMENT", "D1", "FALL", "BCR", -0.05, ""), 5));
    assertTrue(
        LanguageReport.telling(
            new org.govscore.store.FindingRecord("DEPARTMENT", "D1", "FALL", "BCR", -0.0501, ""),
            5));
    assertTrue(
        LanguageReport.telling(
            new org.govscore.store.FindingRecord(
                "DEPARTMENT", "D1", "INFORMATION_ISLAND", null, null, ""),
            5));
  }
}
