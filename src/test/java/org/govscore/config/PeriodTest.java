package org.govscore.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class PeriodTest {
  @Test
  void parsesEveryForm() {
    assertEquals(
        new Period("2026", LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1)),
        Period.parse("2026"));
    assertEquals(
        new Period("2026-H2", LocalDate.of(2026, 7, 1), LocalDate.of(2027, 1, 1)),
        Period.parse("2026-H2"));
    assertEquals(
        new Period("2026-Q3", LocalDate.of(2026, 7, 1), LocalDate.of(2026, 10, 1)),
        Period.parse("2026-Q3"));
    assertEquals(
        new Period("2026-02", LocalDate.of(2026, 2, 1), LocalDate.of(2026, 3, 1)),
        Period.parse("2026-02"));
  }

  @Test
  void previousAndNextKeepTheLength() {
    assertEquals("2026-Q2", Period.parse("2026-Q3").previous().label());
    assertEquals("2025-Q4", Period.parse("2026-Q1").previous().label());
    assertEquals("2026-06", Period.parse("2026-07").previous().label());
    assertEquals("2025-12", Period.parse("2026-01").previous().label());
    assertEquals("2025", Period.parse("2026").previous().label());
    assertEquals("2025-H2", Period.parse("2026-H1").previous().label());
    assertEquals("2027-Q1", Period.parse("2026-Q4").next().label());
  }

  @Test
  void boundariesAreInTheJobZone() {
    Period q3 = Period.parse("2026-Q3");
    assertEquals(
        "2026-06-30T16:00Z",
        q3.startInstant(ZoneId.of("Asia/Shanghai"))
            .toOffsetDateTime()
            .atZoneSameInstant(ZoneId.of("Z"))
            .toOffsetDateTime()
            .toString());
  }

  @Test
  void rejectsBadPeriodsByName() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Period.parse("2026-Q5"));
    assertEquals(
        "Invalid period '2026-Q5': expected YYYY, YYYY-Hn, YYYY-Qn or YYYY-MM", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Period.parse("2026-13"));
  }
}
