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
 * Computes every aggregation declared over one source in a single Spark pass: each row is expanded
 * once per grouping (like GROUPING SETS), one hash aggregation sums the values, and the result is
 * sliced back per grouping.
 *
 * <p>The expanded row of grouping g carries only g's values, in value slots shared by all groupings
 * (slot i holds g's i-th aggregation). So each row value is computed once, and the aggregation sums
 * as many slots as the largest grouping has aggregations, not one conditional sum per aggregation
 * of every grouping: that was most of the pass's time on large logs.
 */
final class AggregationRunner {
  static final String GROUPING = "_grouping";
  static final String KEY = "_key";

  /**
   * Per-row fractions (BCR scores) are summed exactly, so results do not depend on partitioning.
   */
  static final DecimalType FRACTION = DataTypes.createDecimalType(38, 18);

  private AggregationRunner() {}

  static AggregateResult run(Source source, Dataset<Row> rows, List<Aggregation> declared) {
    Map<String, Aggregation> aggregations = new LinkedHashMap<>();
    for (Aggregation a : declared) {
      if (a.grouping().source() != source) {
        throw new IllegalArgumentException(
            "Aggregation " + a.name() + " is over " + a.grouping().source() + ", not " + source);
      }
      aggregations.putIfAbsent(a.columnName(), a);
    }
    List<Grouping> groupings =
        aggregations.values().stream().map(Aggregation::grouping).distinct().toList();
    if (groupings.isEmpty()) {
      return AggregateResult.empty(source);
    }
    Slots slots = new Slots(groupings, List.copyOf(aggregations.values()));
    List<Column> units = new ArrayList<>();
    for (int g = 0; g < groupings.size(); g++) {
      units.add(slots.unit(g));
    }
    Dataset<Row> expanded =
        rows.select(explode(array(units.toArray(Column[]::new))).as("_u"))
            .filter(col("_u.k").isNotNull());
    List<Column> sums = new ArrayList<>();
    for (int i = 0; i < slots.longSlots; i++) {
      sums.add(sum(col("_u." + Slots.longSlot(i))).as(Slots.longSlot(i)));
    }
    for (int i = 0; i < slots.fractionSlots; i++) {
      sums.add(sum(col("_u." + Slots.fractionSlot(i))).cast(FRACTION).as(Slots.fractionSlot(i)));
    }
    Dataset<Row> summed =
        expanded
            .groupBy(col("_u.g").as("_g"), col("_u.k").as(KEY))
            .agg(sums.get(0), sums.subList(1, sums.size()).toArray(Column[]::new));
    // Back to one named column per aggregation, as the slices read them; the frame is small now.
    List<Column> named = new ArrayList<>();
    Column groupingName = lit(null).cast(DataTypes.StringType);
    for (int g = groupings.size() - 1; g >= 0; g--) {
      groupingName =
          when(col("_g").equalTo(g), lit(groupings.get(g).name())).otherwise(groupingName);
    }
    named.add(groupingName.as(GROUPING));
    named.add(col(KEY));
    for (Aggregation a : aggregations.values()) {
      named.add(
          when(col("_g").equalTo(groupings.indexOf(a.grouping())), col(slots.slotOf(a)))
              .as(a.columnName()));
    }
    Dataset<Row> aggregated =
        summed.select(named.toArray(Column[]::new)).persist(StorageLevel.MEMORY_AND_DISK());
    return new AggregateResult(source, aggregated, groupings, List.copyOf(aggregations.values()));
  }

  /** Which value slot each aggregation occupies within its grouping's expanded row. */
  private static final class Slots {
    final List<Grouping> groupings;
    final List<Aggregation> aggregations;
    final int longSlots;
    final int fractionSlots;

    Slots(List<Grouping> groupings, List<Aggregation> aggregations) {
      this.groupings = groupings;
      this.aggregations = aggregations;
      int longs = 0;
      int fractions = 0;
      for (Grouping g : groupings) {
        longs = Math.max(longs, (int) of(g).stream().filter(a -> !a.fractional()).count());
        fractions =
            Math.max(fractions, (int) of(g).stream().filter(Aggregation::fractional).count());
      }
      this.longSlots = longs;
      this.fractionSlots = fractions;
    }

    private List<Aggregation> of(Grouping g) {
      return aggregations.stream().filter(a -> a.grouping().equals(g)).toList();
    }

    static String longSlot(int i) {
      return "v" + i;
    }

    static String fractionSlot(int i) {
      return "f" + i;
    }

    String slotOf(Aggregation a) {
      List<Aggregation> same =
          of(a.grouping()).stream().filter(b -> b.fractional() == a.fractional()).toList();
      int i = same.indexOf(a);
      return a.fractional() ? fractionSlot(i) : longSlot(i);
    }

    /** Grouping g's expanded row: its index, key and values, other slots null. */
    Column unit(int g) {
      Grouping grouping = groupings.get(g);
      List<Column> fields = new ArrayList<>();
      fields.add(lit(g).as("g"));
      fields.add(col(grouping.keyColumn()).cast("string").as("k"));
      List<Aggregation> longs = of(grouping).stream().filter(a -> !a.fractional()).toList();
      List<Aggregation> fractions = of(grouping).stream().filter(Aggregation::fractional).toList();
      for (int i = 0; i < longSlots; i++) {
        Column v = i < longs.size() ? longs.get(i).value().cast("long") : lit(null).cast("long");
        fields.add(v.as(longSlot(i)));
      }
      for (int i = 0; i < fractionSlots; i++) {
        Column v =
            i < fractions.size()
                ? fractions.get(i).value().cast(FRACTION)
                : lit(null).cast(FRACTION);
        fields.add(v.as(fractionSlot(i)));
      }
      return struct(fields.toArray(Column[]::new));
    }
  }
}
