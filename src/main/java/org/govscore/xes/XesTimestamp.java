package org.govscore.xes;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

/**
 * An XES date (xs:dateTime) as logged. The offset is kept, not converted, so the written value
 * names the same instant in the same wall-clock time as the source. A date without an offset stays
 * local: the contract reads such values in the job's time zone, and guessing one here would
 * silently move events.
 *
 * @param withOffset the value when it carried an offset or Z; else null
 * @param local the value when it carried none; else null
 */
public record XesTimestamp(OffsetDateTime withOffset, LocalDateTime local) {

  /** Accepts +HH:MM, +HHMM, +HH and Z offsets: older XES writers did not all use the colon form. */
  private static final DateTimeFormatter PARSER =
      new DateTimeFormatterBuilder()
          .parseCaseInsensitive()
          .append(DateTimeFormatter.ISO_LOCAL_DATE)
          .appendLiteral('T')
          .append(DateTimeFormatter.ISO_LOCAL_TIME)
          .optionalStart()
          .appendOffset("+HH:MM", "Z")
          .optionalEnd()
          .optionalStart()
          .appendOffset("+HHMM", "Z")
          .optionalEnd()
          .optionalStart()
          .appendOffset("+HH", "Z")
          .optionalEnd()
          .toFormatter(Locale.ROOT)
          .withResolverStyle(ResolverStyle.STRICT)
          .withChronology(IsoChronology.INSTANCE);

  /** Milliseconds always, finer digits only when the source had them; offset as +HH:MM or Z. */
  private static final DateTimeFormatter LOCAL_FORMAT =
      new DateTimeFormatterBuilder()
          .appendPattern("uuuu-MM-dd'T'HH:mm:ss")
          .appendFraction(ChronoField.NANO_OF_SECOND, 3, 9, true)
          .toFormatter(Locale.ROOT);

  private static final DateTimeFormatter OFFSET_FORMAT =
      new DateTimeFormatterBuilder()
          .append(LOCAL_FORMAT)
          .appendOffset("+HH:MM", "Z")
          .toFormatter(Locale.ROOT);

  /** The timestamp written as {@code raw}, or null when it is not an ISO 8601 date-time. */
  public static XesTimestamp parse(String raw) {
    if (raw == null) {
      return null;
    }
    try {
      TemporalAccessor t = PARSER.parseBest(raw.trim(), OffsetDateTime::from, LocalDateTime::from);
      return t instanceof OffsetDateTime o
          ? new XesTimestamp(o, null)
          : new XesTimestamp(null, (LocalDateTime) t);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  public boolean hasOffset() {
    return withOffset != null;
  }

  /** The instant, for timestamps with an offset; null for local ones. */
  public Instant instant() {
    return withOffset == null ? null : withOffset.toInstant();
  }

  /** The value for the ts column, e.g. {@code 2011-10-11T13:45:40.276+02:00}. */
  public String format() {
    return withOffset != null ? OFFSET_FORMAT.format(withOffset) : LOCAL_FORMAT.format(local);
  }
}
