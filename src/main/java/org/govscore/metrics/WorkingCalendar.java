package org.govscore.metrics;

import static org.apache.spark.sql.functions.aggregate;
import static org.apache.spark.sql.functions.datediff;
import static org.apache.spark.sql.functions.filter;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.pmod;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.to_date;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.govscore.base.GovscoreException;

/**
 * Working dates: Monday to Friday, adjusted by an optional calendar file of {@code
 * date,WORKDAY|HOLIDAY} rows; no built-in holidays. wd(a, b) counts working dates d with a &lt; d
 * &lt;= b.
 */
public final class WorkingCalendar {
  /** A Monday: weekday counting is anchored here. */
  private static final LocalDate ANCHOR = LocalDate.of(1970, 1, 5);

  private final Map<LocalDate, Boolean> overrides;

  private WorkingCalendar(Map<LocalDate, Boolean> overrides) {
    this.overrides = Collections.unmodifiableMap(new TreeMap<>(overrides));
  }

  public static WorkingCalendar weekdaysOnly() {
    return new WorkingCalendar(Map.of());
  }

  public static WorkingCalendar of(Map<LocalDate, Boolean> workdayOverrides) {
    return new WorkingCalendar(workdayOverrides);
  }

  /** Reads a calendar CSV (an optional header line is skipped); errors name the file and line. */
  public static WorkingCalendar load(String path, Configuration conf) {
    Map<LocalDate, Boolean> map = new TreeMap<>();
    Path p = new Path(path);
    try (FileSystem fs = FileSystem.newInstance(p.toUri(), conf);
        BufferedReader r =
            new BufferedReader(new InputStreamReader(fs.open(p), StandardCharsets.UTF_8))) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        String t = line.strip().replace("\uFEFF", "");
        if (t.isEmpty() || t.startsWith("#") || (n == 1 && t.toLowerCase().startsWith("date"))) {
          continue;
        }
        String[] parts = t.split(",", -1);
        if (parts.length != 2) {
          throw new GovscoreException(
              "Calendar " + path + " line " + n + ": expected 'date,WORKDAY|HOLIDAY'");
        }
        LocalDate d;
        try {
          d = LocalDate.parse(parts[0].strip());
        } catch (DateTimeParseException e) {
          throw new GovscoreException(
              "Calendar "
                  + path
                  + " line "
                  + n
                  + ": '"
                  + parts[0].strip()
                  + "' is not a date (YYYY-MM-DD)");
        }
        String kind = parts[1].strip();
        if (!kind.equals("WORKDAY") && !kind.equals("HOLIDAY")) {
          throw new GovscoreException(
              "Calendar "
                  + path
                  + " line "
                  + n
                  + ": '"
                  + kind
                  + "' is neither WORKDAY nor HOLIDAY");
        }
        map.put(d, kind.equals("WORKDAY"));
      }
    } catch (IOException e) {
      throw new GovscoreException("Cannot read calendar " + path + ": " + e.getMessage());
    }
    return new WorkingCalendar(map);
  }

  public boolean isWorkingDate(LocalDate d) {
    Boolean o = overrides.get(d);
    if (o != null) {
      return o;
    }
    return d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY;
  }

  /** wd(a, b): working dates d with a &lt; d &lt;= b (0 when b &lt;= a). */
  public long workingDaysBetween(LocalDate a, LocalDate b) {
    long n = 0;
    for (LocalDate d = a.plusDays(1); !d.isAfter(b); d = d.plusDays(1)) {
      if (isWorkingDate(d)) {
        n++;
      }
    }
    return n;
  }

  /** wd(from, to) as a Spark expression over two date columns. */
  public Column workingDaysBetween(Column fromDate, Column toDate) {
    return cumulative(toDate).minus(cumulative(fromDate));
  }

  /** Working dates from the anchor up to and including {@code date} (up to a constant). */
  private Column cumulative(Column date) {
    Column n = datediff(date, to_date(lit(ANCHOR.toString())));
    Column r = pmod(n, lit(7));
    Column weeks = n.minus(r).divide(7).cast("long");
    Column weekdays = weeks.multiply(5).plus(least(r, lit(4))).plus(1);
    List<Column> deltas = new ArrayList<>();
    for (Map.Entry<LocalDate, Boolean> e : overrides.entrySet()) {
      boolean weekday = e.getKey().getDayOfWeek().getValue() <= 5;
      int delta = e.getValue() == weekday ? 0 : (e.getValue() ? 1 : -1);
      if (delta != 0) {
        deltas.add(struct(to_date(lit(e.getKey().toString())).as("d"), lit(delta).as("v")));
      }
    }
    if (deltas.isEmpty()) {
      return weekdays;
    }
    Column arr = org.apache.spark.sql.functions.array(deltas.toArray(Column[]::new));
    Column adjust =
        aggregate(
            filter(arr, x -> x.getField("d").leq(date)),
            lit(0),
            (acc, x) -> acc.plus(x.getField("v")));
    return weekdays.plus(adjust);
  }

  public Map<LocalDate, Boolean> overrides() {
    return overrides;
  }
}
