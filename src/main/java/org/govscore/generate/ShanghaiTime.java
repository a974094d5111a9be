package org.govscore.generate;

import java.time.LocalDate;

/**
 * Time arithmetic in the contract's default zone, Asia/Shanghai, which has kept UTC+8 without
 * daylight saving since 1991: a fixed offset lets executors compute dates and working days with
 * plain integer arithmetic on epoch days. Working days are Monday to Friday, as docs/methodology.md
 * counts them without a calendar file.
 */
final class ShanghaiTime {
  static final long OFFSET_MILLIS = 8L * 3600 * 1000;
  static final long DAY_MILLIS = 24L * 3600 * 1000;

  private ShanghaiTime() {}

  /** The instant of a local minute of day on a local epoch day. */
  static long millis(long epochDay, int minuteOfDay) {
    return epochDay * DAY_MILLIS + minuteOfDay * 60_000L - OFFSET_MILLIS;
  }

  /** The local epoch day of an instant. */
  static long epochDay(long millis) {
    return Math.floorDiv(millis + OFFSET_MILLIS, DAY_MILLIS);
  }

  /** ISO day of week, 1 = Monday; 1970-01-01 was a Thursday. */
  static int dayOfWeek(long epochDay) {
    return Math.floorMod(epochDay + 3, 7) + 1;
  }

  static boolean workingDay(long epochDay) {
    return dayOfWeek(epochDay) <= 5;
  }

  /**
   * The working day n working days after {@code epochDay}: with wd(a, b) of docs/methodology.md,
   * wd(day, result) = n. n = 0 gives the day itself.
   */
  static long addWorkingDays(long epochDay, int n) {
    long d = epochDay;
    int left = n;
    while (left > 0) {
      d++;
      if (workingDay(d)) {
        left--;
      }
    }
    return d;
  }

  /**
   * ISO-8601 with millisecond precision and the +08:00 offset, e.g. 2026-04-01T09:30:00.000+08:00.
   */
  static String iso(long millis) {
    long local = millis + OFFSET_MILLIS;
    long day = Math.floorDiv(local, DAY_MILLIS);
    long inDay = local - day * DAY_MILLIS;
    LocalDate date = LocalDate.ofEpochDay(day);
    StringBuilder b = new StringBuilder(29);
    pad(b, date.getYear(), 4).append('-');
    pad(b, date.getMonthValue(), 2).append('-');
    pad(b, date.getDayOfMonth(), 2).append('T');
    pad(b, (int) (inDay / 3_600_000), 2).append(':');
    pad(b, (int) (inDay / 60_000 % 60), 2).append(':');
    pad(b, (int) (inDay / 1000 % 60), 2).append('.');
    pad(b, (int) (inDay % 1000), 3).append("+08:00");
    return b.toString();
  }

  private static StringBuilder pad(StringBuilder b, int value, int width) {
    String s = Integer.toString(value);
    for (int i = s.length(); i < width; i++) {
      b.append('0');
    }
    return b.append(s);
  }
}
