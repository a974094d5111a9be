package org.govscore.metrics;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.storage.StorageLevel;

/**
 * Computes every aggregation declared over one source in a single Spark pass: each row is
 * expanded once per grouping (like GROUPING SETS), one aggregation sums all declared values
 * conditioned on the grouping, and the result is sliced back per grouping.
 */
final class AggregationRunner {
  static final String GROUPING = "_grouping";
  static final String KEY = "_key";
  /** Per-row fractions (BCR scores) are summed exactly, so results do not depend on partitioning. */
  static final DecimalType FRACTION = DataTypes.createDecimalType(38, 18);

  private AggregationRunner() {}

  static AggregateResult run(Source source, Dataset<Row> rows, List<Aggregation> declared) {
    Map<String, Aggregation> aggregations = new LinkedHashMap<>();
    for (Aggregation a : declared) {
      if (a.grouping().source() != source) {
        throw new IllegalArgumentException("Aggregation " + a.name() + " is over " + a.grouping().source()
            + ", not " + source);
      }
      aggregations.putIfAbsent(a.columnName(), a);
    }
    List<Grouping> groupings = aggregations.values().stream().map(Aggregation::grouping).distinct().toList();
    if (groupings.isEmpty()) {
      return AggregateResult.empty(source);
    }
    List<Column> units = new ArrayList<>();
    for (Grouping g : groupings) {
      units.add(struct(lit(g.name()).as("g"), col(g.keyColumn()).cast("string").as("k")));
    }
    Dataset<Row> expanded = rows
        .withColumn("_unit", explode(array(units.toArray(Column[]::new))))
        .filter(col("_unit.k").isNotNull());
    List<Column> sums = new ArrayList<>();
    for (Aggregation a : aggregations.values()) {
      Column value = a.fractional() ? a.value().cast(FRACTION) : a.value().cast("long");
      Column conditioned = when(col("_unit.g").equalTo(a.grouping().name()), value);
      Column summed = a.fractional() ? sum(conditioned).cast(FRACTION) : sum(conditioned);
      sums.add(summed.as(a.columnName()));
    }
    Dataset<Row> aggregated = expanded
        .groupBy(col("_unit.g").as(GROUPING), col("_unit.k").as(KEY))
        .agg(sums.get(0), sums.subList(1, sums.size()).toArray(Column[]::new))
        .persist(StorageLevel.MEMORY_AND_DISK());
    return new AggregateResult(source, aggregated, groupings, List.copyOf(aggregations.values()));
  }
}
