package org.govscore.metrics;

import java.util.Objects;
import org.apache.spark.sql.Column;

/**
 * A sum over the rows of a grouping: the only kind of aggregation an indicator or check may
 * declare, so that the runner can compute all of them for a source in one pass.
 *
 * @param name unique within the grouping; two metrics declaring the same name and value share it
 * @param value a numeric row expression (null rows add nothing)
 * @param fractional sum as an exact decimal (per-row fractions), else as a long
 */
public record Aggregation(Grouping grouping, String name, Column value, boolean fractional) {
  public Aggregation {
    Objects.requireNonNull(grouping, "grouping");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, "value");
  }

  /** A count of rows satisfying {@code condition}. */
  public static Aggregation count(Grouping grouping, String name, Column condition) {
    return new Aggregation(
        grouping, name, org.apache.spark.sql.functions.when(condition, 1L).otherwise(0L), false);
  }

  public static Aggregation sum(Grouping grouping, String name, Column value) {
    return new Aggregation(grouping, name, value.cast("long"), false);
  }

  public static Aggregation fractionalSum(Grouping grouping, String name, Column value) {
    return new Aggregation(grouping, name, value, true);
  }

  public String columnName() {
    return grouping.source() + "__" + grouping.name() + "__" + name;
  }
}
