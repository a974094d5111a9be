package org.govscore.render.text;

import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Numbers, percentages and times for one language, and "N/A" (无数据) for a missing value: an absent
 * value is never printed as 0. Times are shown in the job's zone, not the machine's.
 */
public final class Formats {
  private final Messages messages;
  private final ZoneId zone;
  private final DecimalFormatSymbols symbols;

  public Formats(Messages messages, ZoneId zone) {
    this.messages = messages;
    this.zone = zone;
    this.symbols = DecimalFormatSymbols.getInstance(messages.locale());
  }

  public ZoneId zone() {
    return zone;
  }

  /** The text for a value that is not available. */
  public String na() {
    return messages.get("value.na");
  }

  /** The text for a unit without a composite. */
  public String insufficient() {
    return messages.get("value.insufficient");
  }

  private DecimalFormat pattern(String p) {
    DecimalFormat f = new DecimalFormat(p, symbols);
    f.setRoundingMode(RoundingMode.HALF_UP);
    return f;
  }

  /** A ratio in [0, 1] as a percentage with one decimal: 0.875 gives 87.5%. */
  public String percent(Double ratio) {
    return ratio == null || ratio.isNaN() ? na() : pattern("#,##0.0%").format(ratio);
  }

  /** A composite index (0 to 100) with the two decimals ranks are computed on. */
  public String composite(Double ci) {
    return ci == null || ci.isNaN() ? insufficient() : pattern("#,##0.00").format(ci);
  }

  /** A signed change of a composite, e.g. +4.25 or -42.86; N/A when either side is missing. */
  public String compositeChange(Double change) {
    if (change == null || change.isNaN()) {
      return na();
    }
    DecimalFormat f = pattern("+#,##0.00;-#,##0.00");
    return f.format(change);
  }

  /** A signed change of a ratio in percentage points, e.g. -50.0 pp. */
  public String pointsChange(Double change) {
    if (change == null || change.isNaN()) {
      return na();
    }
    return messages.format("unit.pp", pattern("+#,##0.0;-#,##0.0").format(change * 100));
  }

  /**
   * A numerator or denominator: whole numbers plainly, fractions (SCR sums) with up to 4 decimals.
   */
  public String number(Double v) {
    return v == null || v.isNaN() ? na() : pattern("#,##0.####").format(v);
  }

  /** A count with grouping separators. */
  public String count(long v) {
    return NumberFormat.getIntegerInstance(messages.locale()).format(v);
  }

  /** Milliseconds, for the latency percentiles. */
  public String millis(Double v) {
    return v == null || v.isNaN() ? na() : messages.format("unit.ms", pattern("#,##0").format(v));
  }

  /** A parameter value exactly as the manifest records it; an empty one (no calendar) is named. */
  public String parameter(String raw) {
    return raw == null || raw.isEmpty() ? messages.get("value.none") : raw;
  }

  /** A date and time in the job's zone, with the zone named. */
  public String dateTime(Instant instant) {
    if (instant == null) {
      return na();
    }
    return DateTimeFormatter.ofPattern(messages.get("format.datetime"), messages.locale())
        .withZone(zone)
        .format(instant);
  }

  /** A calendar date in the locale's pattern. */
  public String date(LocalDate date) {
    return date == null
        ? na()
        : DateTimeFormatter.ofPattern(messages.get("format.date"), messages.locale()).format(date);
  }

  /** A rank interval [p05, p95]. */
  public String interval(Integer low, Integer high) {
    return low == null || high == null
        ? na()
        : messages.format("rank.interval", String.valueOf(low), String.valueOf(high));
  }
}
