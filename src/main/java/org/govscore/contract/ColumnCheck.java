package org.govscore.contract;

import java.util.Objects;

/**
 * A rule on a column's typed value beyond its type, declared on the contract and checked after
 * every column's type: a null value passes (whether null is allowed is the column's {@code
 * required}). Each check names the reject reason a row that breaks it gets.
 */
public sealed interface ColumnCheck {

  RejectReason reason();

  /** The rule as the contract document states it. */
  String describe();

  /** An integer within {@code min..max} (either bound may be null: unbounded). */
  record Range(Long min, Long max) implements ColumnCheck {
    public Range {
      if (min == null && max == null) {
        throw new IllegalArgumentException("A range needs a lower or an upper bound");
      }
    }

    @Override
    public RejectReason reason() {
      return RejectReason.OUT_OF_RANGE;
    }

    @Override
    public String describe() {
      if (max == null) {
        return ">= " + min;
      }
      return min == null ? "<= " + max : min + ".." + max;
    }
  }

  /** A code of a given shape: the whole value matches {@code regex}. */
  record Pattern(String regex) implements ColumnCheck {
    public Pattern {
      Objects.requireNonNull(regex, "regex");
      if (!regex.startsWith("^") || !regex.endsWith("$")) {
        throw new IllegalArgumentException("A code pattern is anchored at both ends: " + regex);
      }
    }

    /**
     * The regex for a search (Spark's {@code rlike}) that only the whole value matches: its final
     * {@code $} as {@code \z}, since Java's {@code $} also matches before a final line break, so
     * that {@code "511700\n"} would pass as six digits.
     */
    public String wholeValue() {
      return regex.substring(0, regex.length() - 1) + "\\z";
    }

    @Override
    public RejectReason reason() {
      return RejectReason.BAD_CODE;
    }

    @Override
    public String describe() {
      return "matches `" + regex + "`";
    }
  }

  /** A timestamp not earlier than the same row's {@code column} (equal is valid). */
  record NotBefore(String column) implements ColumnCheck {
    public NotBefore {
      Objects.requireNonNull(column, "column");
    }

    @Override
    public RejectReason reason() {
      return RejectReason.OUT_OF_RANGE;
    }

    @Override
    public String describe() {
      return "not earlier than " + column;
    }
  }

  /**
   * Not the id of a built-in indicator. The ids belong to the methodology, which the contract does
   * not depend on: validation supplies them.
   */
  record NotBuiltInIndicator() implements ColumnCheck {
    @Override
    public RejectReason reason() {
      return RejectReason.BAD_CODE;
    }

    @Override
    public String describe() {
      return "not the id of a built-in indicator";
    }
  }
}
