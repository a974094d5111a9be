package org.govscore.metrics;

import static org.apache.spark.sql.functions.col;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** The aggregated values of one source, sliced per grouping. */
final class AggregateResult {
  private final Source source;
  private final Dataset<Row> aggregated;
  private final List<Grouping> groupings;
  private final List<Aggregation> aggregations;

  AggregateResult(
      Source source,
      Dataset<Row> aggregated,
      List<Grouping> groupings,
      List<Aggregation> aggregations) {
    this.source = source;
    this.aggregated = aggregated;
    this.groupings = groupings;
    this.aggregations = aggregations;
  }

  static AggregateResult empty(Source source) {
    return new AggregateResult(source, null, List.of(), List.of());
  }

  /**
   * Values of every department-keyed grouping, by department code then aggregation column name.
   * Bounded by the number of departments, so collecting is safe.
   */
  Map<String, Map<String, Double>> departmentValues() {
    Map<String, Map<String, Double>> out = new HashMap<>();
    List<String> deptGroupings =
        groupings.stream().filter(Grouping::departmentKeyed).map(Grouping::name).toList();
    if (aggregated == null || deptGroupings.isEmpty()) {
      return out;
    }
    List<Row> rows =
        aggregated
            .filter(col(AggregationRunner.GROUPING).isin(deptGroupings.toArray()))
            .collectAsList();
    String[] names = aggregated.columns();
    for (Row r : rows) {
      String grouping = r.getString(0);
      Map<String, Double> values = out.computeIfAbsent(r.getString(1), k -> new HashMap<>());
      for (int i = 2; i < names.length; i++) {
        if (!r.isNullAt(i) && names[i].startsWith(source + "__" + grouping + "__")) {
          Object v = r.get(i);
          values.put(
              names[i], v instanceof BigDecimal b ? b.doubleValue() : ((Number) v).doubleValue());
        }
      }
    }
    return out;
  }

  /**
   * One grouping's rows as a DataFrame: the key (as {@code keyName}) and its aggregations by short
   * name.
   */
  Dataset<Row> frame(Grouping grouping, String keyName) {
    List<Column> cols = new ArrayList<>();
    cols.add(col(AggregationRunner.KEY).as(keyName));
    for (Aggregation a : aggregations) {
      if (a.grouping().equals(grouping)) {
        cols.add(col(a.columnName()).as(a.name()));
      }
    }
    return aggregated
        .filter(col(AggregationRunner.GROUPING).equalTo(grouping.name()))
        .select(cols.toArray(Column[]::new));
  }

  void release() {
    if (aggregated != null) {
      aggregated.unpersist();
    }
  }
}
