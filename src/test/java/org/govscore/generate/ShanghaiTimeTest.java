package org.govscore.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class ShanghaiTimeTest {

  @Test
  void isoTextCarriesTheOffsetAndRoundTrips() {
    long day = LocalDate.of(2026, 4, 1).toEpochDay();
    long millis = ShanghaiTime.millis(day, 9 * 60 + 30) + 123;
    assertEquals("2026-04-01T09:30:00.123+08:00", ShanghaiTime.iso(millis));
    assertEquals(millis, OffsetDateTime.parse(ShanghaiTime.iso(millis)).toInstant().toEpochMilli());
    ZonedDateTime z = ZonedDateTime.of(2026, 6, 30, 23, 59, 59, 0, ZoneId.of("Asia/Shanghai"));
    assertEquals("2026-06-30T23:59:59.000+08:00", ShanghaiTime.iso(z.toInstant().toEpochMilli()));
    assertEquals(
        LocalDate.of(2026, 6, 30).toEpochDay(),
        ShanghaiTime.epochDay(z.toInstant().toEpochMilli()));
  }

  @Test
  void workingDaysAreMondayToFriday() {
    long friday = LocalDate.of(2026, 4, 3).toEpochDay();
    assertEquals(5, ShanghaiTime.dayOfWeek(friday));
    assertTrue(ShanghaiTime.workingDay(friday));
    assertFalse(ShanghaiTime.workingDay(friday + 1));
    assertEquals(friday + 3, ShanghaiTime.addWorkingDays(friday, 1));
    assertEquals(friday, ShanghaiTime.addWorkingDays(friday, 0));
    assertEquals(friday + 7, ShanghaiTime.addWorkingDays(friday, 5));
    long saturday = friday + 1;
    assertEquals(friday + 3, ShanghaiTime.addWorkingDays(saturday, 1));
  }
}
