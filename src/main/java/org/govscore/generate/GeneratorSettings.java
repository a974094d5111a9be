package org.govscore.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.govscore.config.Period;

/**
 * What to generate. Counts are exact: {@code departments} departments, {@code cases} distinct
 * case_ids, {@code exchanges} exchange rows (planted bad rows included). Cases and exchanges are
 * spread over all {@code periods}. {@code badRowShare} is the share of structurally bad rows in
 * each log dataset (and, for catalogues with at least 50 entries, in service_items and resources).
 * {@code ratings} is the number of rating rows (好差评), null for {@link #RATINGS_PER_CASE} per case,
 * 0 for no ratings dataset. Invalid values throw {@link IllegalArgumentException} with a message
 * naming the value.
 */
public record GeneratorSettings(
    int departments,
    long cases,
    long exchanges,
    long seed,
    List<Period> periods,
    OutputFormat format,
    double badRowShare,
    Long ratings) {

  public static final int DEFAULT_DEPARTMENTS = 40;
  public static final long DEFAULT_CASES = 2000;
  public static final long DEFAULT_EXCHANGES = 10000;
  public static final long DEFAULT_SEED = 2016;
  public static final String DEFAULT_PERIODS = "2026-Q2,2026-Q3";
  public static final double DEFAULT_BAD_ROW_SHARE = 0.004;

  /** Ratings per case when no count is given: most cases are rated once, some twice, some never. */
  public static final double RATINGS_PER_CASE = 0.8;

  /** Above this the evaluate job's default 5 % reject limit is exceeded anyway. */
  public static final double MAX_BAD_ROW_SHARE = 0.15;

  /** Department codes have room for this many departments; regions stay in Sichuan. */
  public static final int MAX_DEPARTMENTS = 50_000;

  public GeneratorSettings {
    if (departments < 1 || departments > MAX_DEPARTMENTS) {
      throw new IllegalArgumentException(
          "Invalid departments "
              + departments
              + ": expected a whole number from 1 to "
              + MAX_DEPARTMENTS);
    }
    if (cases < 1) {
      throw new IllegalArgumentException("Invalid cases " + cases + ": expected a positive number");
    }
    if (exchanges < 1) {
      throw new IllegalArgumentException(
          "Invalid exchanges " + exchanges + ": expected a positive number");
    }
    Objects.requireNonNull(format, "format");
    if (!(badRowShare >= 0 && badRowShare <= MAX_BAD_ROW_SHARE)) {
      throw new IllegalArgumentException(
          "Invalid bad-row share "
              + badRowShare
              + ": expected a number from 0 to "
              + MAX_BAD_ROW_SHARE);
    }
    if (ratings != null && ratings < 0) {
      throw new IllegalArgumentException(
          "Invalid ratings " + ratings + ": expected 0 or a positive number");
    }
    periods = checkedPeriods(periods);
  }

  /** Ratings proportional to cases ({@link #RATINGS_PER_CASE}). */
  public GeneratorSettings(
      int departments,
      long cases,
      long exchanges,
      long seed,
      List<Period> periods,
      OutputFormat format,
      double badRowShare) {
    this(departments, cases, exchanges, seed, periods, format, badRowShare, null);
  }

  /** The number of rating rows to write. */
  public long ratingRows() {
    return ratings != null ? ratings : Math.round(cases * RATINGS_PER_CASE);
  }

  /** The defaults of the generate command. */
  public static GeneratorSettings defaults() {
    return new GeneratorSettings(
        DEFAULT_DEPARTMENTS,
        DEFAULT_CASES,
        DEFAULT_EXCHANGES,
        DEFAULT_SEED,
        parsePeriods(DEFAULT_PERIODS),
        OutputFormat.PARQUET,
        DEFAULT_BAD_ROW_SHARE);
  }

  /** Parses a comma-separated list such as {@code 2026-Q2,2026-Q3}. */
  public static List<Period> parsePeriods(String text) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException(
          "Invalid periods '" + text + "': expected e.g. 2026-Q2,2026-Q3");
    }
    List<Period> list = new ArrayList<>();
    for (String part : text.split(",")) {
      list.add(Period.parse(part.trim()));
    }
    return list;
  }

  /** Sorted by start; none empty, none overlapping. */
  private static List<Period> checkedPeriods(List<Period> periods) {
    if (periods == null || periods.isEmpty()) {
      throw new IllegalArgumentException("Invalid periods: at least one period is needed");
    }
    List<Period> sorted = new ArrayList<>(periods);
    sorted.sort(null);
    for (int i = 1; i < sorted.size(); i++) {
      Period a = sorted.get(i - 1);
      Period b = sorted.get(i);
      if (b.start().isBefore(a.end())) {
        throw new IllegalArgumentException(
            "Invalid periods: " + a.label() + " and " + b.label() + " overlap");
      }
    }
    return List.copyOf(sorted);
  }

  public GeneratorSettings withDepartments(int value) {
    return new GeneratorSettings(
        value, cases, exchanges, seed, periods, format, badRowShare, ratings);
  }

  public GeneratorSettings withCases(long value) {
    return new GeneratorSettings(
        departments, value, exchanges, seed, periods, format, badRowShare, ratings);
  }

  public GeneratorSettings withExchanges(long value) {
    return new GeneratorSettings(
        departments, cases, value, seed, periods, format, badRowShare, ratings);
  }

  public GeneratorSettings withSeed(long value) {
    return new GeneratorSettings(
        departments, cases, exchanges, value, periods, format, badRowShare, ratings);
  }

  public GeneratorSettings withPeriods(List<Period> value) {
    return new GeneratorSettings(
        departments, cases, exchanges, seed, value, format, badRowShare, ratings);
  }

  public GeneratorSettings withFormat(OutputFormat value) {
    return new GeneratorSettings(
        departments, cases, exchanges, seed, periods, value, badRowShare, ratings);
  }

  public GeneratorSettings withRatings(Long value) {
    return new GeneratorSettings(
        departments, cases, exchanges, seed, periods, format, badRowShare, value);
  }

  public GeneratorSettings withBadRowShare(double value) {
    return new GeneratorSettings(
        departments, cases, exchanges, seed, periods, format, value, ratings);
  }
}
