package org.govscore.config;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An evaluation period: {@code YYYY}, {@code YYYY-Hn}, {@code YYYY-Qn} or {@code YYYY-MM}, the
 * half-open interval [start, end) of local dates in the job's time zone.
 */
public record Period(String label, LocalDate start, LocalDate end) implements Comparable<Period> {
  private static final Pattern YEAR = Pattern.compile("(\\d{4})");
  private static final Pattern HALF = Pattern.compile("(\\d{4})-H([12])");
  private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(0[1-9]|1[0-2])");

  public static Period parse(String text) {
    if (text == null) {
      throw new IllegalArgumentException(
          "Period is missing: expected YYYY, YYYY-Hn, YYYY-Qn or YYYY-MM");
    }
    Matcher m;
    if ((m = YEAR.matcher(text)).matches()) {
      LocalDate s = LocalDate.of(Integer.parseInt(m.group(1)), 1, 1);
      return new Period(text, s, s.plusYears(1));
    }
    if ((m = HALF.matcher(text)).matches()) {
      LocalDate s =
          LocalDate.of(Integer.parseInt(m.group(1)), 1 + 6 * (Integer.parseInt(m.group(2)) - 1), 1);
      return new Period(text, s, s.plusMonths(6));
    }
    if ((m = QUARTER.matcher(text)).matches()) {
      LocalDate s =
          LocalDate.of(Integer.parseInt(m.group(1)), 1 + 3 * (Integer.parseInt(m.group(2)) - 1), 1);
      return new Period(text, s, s.plusMonths(3));
    }
    if ((m = MONTH.matcher(text)).matches()) {
      LocalDate s = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), 1);
      return new Period(text, s, s.plusMonths(1));
    }
    throw new IllegalArgumentException(
        "Invalid period '" + text + "': expected YYYY, YYYY-Hn, YYYY-Qn or YYYY-MM");
  }

  /** The period of the same length just before this one (2026-Q3 gives 2026-Q2). */
  public Period previous() {
    return starting(start.minusMonths(months()), months());
  }

  /** The next period of the same length. */
  public Period next() {
    return starting(end, months());
  }

  private long months() {
    return ChronoUnit.MONTHS.between(start, end);
  }

  /** The period of {@code months} months (12, 6, 3 or 1) starting on {@code s}. */
  private static Period starting(LocalDate s, long months) {
    if (months == 12) {
      return parse(String.valueOf(s.getYear()));
    } else if (months == 6) {
      return parse(s.getYear() + "-H" + (s.getMonthValue() == 1 ? 1 : 2));
    } else if (months == 3) {
      return parse(s.getYear() + "-Q" + ((s.getMonthValue() - 1) / 3 + 1));
    }
    return parse(String.format("%04d-%02d", s.getYear(), s.getMonthValue()));
  }

  public ZonedDateTime startInstant(ZoneId zone) {
    return start.atStartOfDay(zone);
  }

  public ZonedDateTime endInstant(ZoneId zone) {
    return end.atStartOfDay(zone);
  }

  /** Same length (year, half, quarter or month). */
  public boolean sameLength(Period other) {
    return months() == other.months();
  }

  @Override
  public int compareTo(Period o) {
    int c = start.compareTo(o.start);
    return c != 0 ? c : end.compareTo(o.end);
  }

  @Override
  public String toString() {
    return label;
  }
}
