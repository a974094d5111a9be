package org.govscore.xes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class XesTimestampTest {
  private static final Instant INSTANT = Instant.parse("2011-10-11T11:45:40.276Z");

  @Test
  void keepsTheOffsetAndTheInstant() {
    XesTimestamp t = XesTimestamp.parse("2011-10-11T13:45:40.276+02:00");
    assertEquals(INSTANT, t.instant());
    assertEquals("2011-10-11T13:45:40.276+02:00", t.format());
  }

  @Test
  void zuluStaysZulu() {
    XesTimestamp t = XesTimestamp.parse("2011-10-11T11:45:40.276Z");
    assertEquals(INSTANT, t.instant());
    assertEquals("2011-10-11T11:45:40.276Z", t.format());
  }

  @Test
  void acceptsOffsetsWithoutColonOrMinutesAndNegativeOnes() {
    assertEquals(INSTANT, XesTimestamp.parse("2011-10-11T13:45:40.276+0200").instant());
    assertEquals(
        "2011-10-11T13:45:40.276+02:00",
        XesTimestamp.parse("2011-10-11T13:45:40.276+0200").format());
    assertEquals(INSTANT, XesTimestamp.parse("2011-10-11T13:45:40.276+02").instant());
    assertEquals(INSTANT, XesTimestamp.parse("2011-10-11T06:15:40.276-05:30").instant());
    assertEquals(
        "2011-10-11T06:15:40.276-05:30",
        XesTimestamp.parse("2011-10-11T06:15:40.276-05:30").format());
  }

  @Test
  void writesMillisecondsAlwaysAndFinerDigitsOnlyWhenPresent() {
    assertEquals(
        "2011-10-11T13:45:40.000+02:00", XesTimestamp.parse("2011-10-11T13:45:40+02:00").format());
    assertEquals("2011-10-11T13:45:40.100Z", XesTimestamp.parse("2011-10-11T13:45:40.1Z").format());
    XesTimestamp nanos = XesTimestamp.parse("2011-10-11T11:45:40.123456789Z");
    assertEquals("2011-10-11T11:45:40.123456789Z", nanos.format());
    assertEquals(Instant.parse("2011-10-11T11:45:40.123456789Z"), nanos.instant());
  }

  @Test
  void aDateWithoutOffsetStaysLocal() {
    XesTimestamp t = XesTimestamp.parse("2011-10-11T13:45:40");
    assertFalse(t.hasOffset());
    assertNull(t.instant());
    assertEquals(LocalDateTime.of(2011, 10, 11, 13, 45, 40), t.local());
    assertEquals("2011-10-11T13:45:40.000", t.format());
  }

  @Test
  void rejectsWhatIsNoDateTime() {
    for (String bad :
        List.of("yesterday", "", "2011-02-30T10:00:00Z", "2011-10-11", "2011-10-11 10:00:00Z")) {
      assertNull(XesTimestamp.parse(bad), bad);
    }
    assertNull(XesTimestamp.parse(null));
  }
}
