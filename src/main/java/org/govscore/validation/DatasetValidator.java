package org.govscore.validation;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.map_from_arrays;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.try_element_at;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.govscore.contract.ColumnReference;
import org.govscore.contract.DatasetKind;
import org.govscore.contract.RejectReason;
import org.govscore.input.DatasetReader;
import org.govscore.input.InputEntry;
import org.govscore.spark.SparkSessions;

/**
 * The one runner of the contract's declarations. Per dataset: exact duplicates removed first, then
 * the row rules ({@link ColumnRules}), then conflicting duplicates of the primary key, then the
 * references; each distinct row gets at most one reason, the first that applies in that order.
 * Datasets are validated in declaration order, so the codes a dataset refers to are known when it
 * is validated.
 *
 * <p>A small catalogue is classified by one Spark job that brings its rows to the driver, which
 * counts them and decides parent references there; a log (or a large catalogue) stays in Spark,
 * persisted in its slim form, and is counted by one aggregation.
 */
final class DatasetValidator {

  /**
   * One validated dataset.
   *
   * @param slim the slim classified rows ({@link ClassifiedRows#slim})
   * @param rows classified rows on the driver (typed columns and reason, readable by name) when the
   *     dataset was small or is referred to; null otherwise
   */
  record Validated(Dataset<Row> slim, DataQuality quality, List<Row> rows) {}

  private final SparkSession spark;

  /** Per validated dataset referred to by another: code to whether a row with it was accepted. */
  private final Map<DatasetKind, Map<String, Boolean>> codes = new EnumMap<>(DatasetKind.class);

  private final Set<DatasetKind> referred = new HashSet<>();

  DatasetValidator(SparkSession spark) {
    this.spark = spark;
    for (DatasetKind kind : DatasetKind.values()) {
      kind.references().forEach(r -> referred.add(r.targetKind()));
    }
  }

  Validated validate(DatasetKind kind, Dataset<Row> raw, InputEntry entry) {
    Dataset<Row> classified = classify(kind, raw, entry.files());
    boolean small =
        kind.scale() == DatasetKind.Scale.CATALOGUE
            && entry.size() <= SparkSessions.SMALL_INPUT_BYTES;
    Validated v = small ? onDriver(kind, classified) : inSpark(kind, classified);
    if (referred.contains(kind)) {
      codes.put(kind, acceptedCodes(kind, v.rows()));
    }
    return v;
  }

  /** Classified rows: typed columns, raw columns, copies, provenance, reason and detail. */
  private Dataset<Row> classify(
      DatasetKind kind, Dataset<Row> raw, List<InputEntry.InputFile> files) {
    RowOrigin origin = new RowOrigin(raw.sparkSession(), kind.datasetName(), files);
    Dataset<Row> input = origin.pack(raw);
    if (kind.clusterColumn().isPresent()) {
      // One shuffle serves duplicates, key conflicts and (for case events) the per-case grouping.
      input = input.repartition(col(kind.clusterColumn().get()));
    }
    List<Column> groupCols = new ArrayList<>();
    for (String c : kind.columnNames()) {
      groupCols.add(col(c));
    }
    groupCols.add(col(DatasetReader.CORRUPT));
    // The first copy (by file, split, row) stands for its duplicates; its origin is one long, so
    // that Spark can hash-aggregate instead of sorting every row on all its columns.
    Dataset<Row> distinct =
        origin.unpack(
            input
                .groupBy(groupCols.toArray(Column[]::new))
                .agg(
                    count(lit(1)).as(ClassifiedRows.COPIES),
                    min(col(RowOrigin.PACKED)).as(RowOrigin.PACKED)));

    ColumnRules rules = new ColumnRules(kind, raw.schema());
    List<Column> withTyped = new ArrayList<>();
    withTyped.add(col("*"));
    withTyped.addAll(rules.typedColumns());
    Column reason = lit(null).cast(DataTypes.StringType);
    Column detail = lit(null).cast(DataTypes.StringType);
    for (int i = rules.rules().size() - 1; i >= 0; i--) {
      ColumnRules.Rule r = rules.rules().get(i);
      reason = when(r.broken(), lit(r.reason().name())).otherwise(reason);
      detail = when(r.broken(), lit(r.column())).otherwise(detail);
    }
    Dataset<Row> classified =
        distinct
            .select(withTyped.toArray(Column[]::new))
            .withColumn(ClassifiedRows.REASON, reason)
            .withColumn(ClassifiedRows.DETAIL, detail);
    classified = conflicts(kind, classified);
    for (ColumnReference ref : kind.references()) {
      if (!ref.isParent()) {
        classified = reference(classified, ref);
      }
    }
    return classified;
  }

  /** Rows still sharing a present primary key after exact duplicates are removed. */
  private static Dataset<Row> conflicts(DatasetKind kind, Dataset<Row> classified) {
    List<String> key = kind.keyColumns();
    if (key.isEmpty()) {
      return classified;
    }
    Column keyPresent = lit(true);
    List<Column> keyCols = new ArrayList<>();
    for (String k : key) {
      keyPresent =
          keyPresent.and(
              col(k).isNotNull().and(trim(col(k).cast(DataTypes.StringType)).notEqual("")));
      keyCols.add(col(k));
    }
    Column keyCount = count(lit(1)).over(Window.partitionBy(keyCols.toArray(Column[]::new)));
    Column conflict = col(ClassifiedRows.REASON).isNull().and(keyPresent.and(keyCount.gt(1)));
    return classified
        .withColumn(
            ClassifiedRows.DETAIL,
            when(conflict, lit(String.join(",", key))).otherwise(col(ClassifiedRows.DETAIL)))
        .withColumn(
            ClassifiedRows.REASON,
            when(conflict, lit(RejectReason.CONFLICTING_DUPLICATE.name()))
                .otherwise(col(ClassifiedRows.REASON)));
  }

  /**
   * A foreign key, looked up in a literal map of the target's codes (the targets were validated
   * before; a map costs no Spark job, unlike a broadcast join).
   */
  private Dataset<Row> reference(Dataset<Row> classified, ColumnReference ref) {
    Column value = col(ColumnRules.TYPED + ref.column());
    if (ref.whenColumn() != null) {
      value = when(col(ColumnRules.TYPED + ref.whenColumn()).equalTo(lit(ref.whenValue())), value);
    }
    Column accepted =
        try_element_at(codeMap(codes.getOrDefault(ref.targetKind(), Map.of())), value);
    Column present = value.isNotNull();
    Column refReason =
        when(present.and(accepted.isNull()), lit(ref.unknownReason().name()))
            .when(
                present.and(accepted.equalTo(false)), lit(RejectReason.REFERENCE_REJECTED.name()));
    Column decided = col(ClassifiedRows.REASON).isNull().and(refReason.isNotNull());
    return classified
        .withColumn(
            ClassifiedRows.DETAIL,
            when(decided, lit(ref.column())).otherwise(col(ClassifiedRows.DETAIL)))
        .withColumn(ClassifiedRows.REASON, coalesce(col(ClassifiedRows.REASON), refReason));
  }

  private static Column codeMap(Map<String, Boolean> codes) {
    String[] keys = new String[codes.size()];
    boolean[] values = new boolean[codes.size()];
    int i = 0;
    for (Map.Entry<String, Boolean> e : codes.entrySet()) {
      keys[i] = e.getKey();
      values[i++] = e.getValue();
    }
    return map_from_arrays(lit(keys), lit(values));
  }

  /** A small catalogue: one job brings its classified rows to the driver. */
  private Validated onDriver(DatasetKind kind, Dataset<Row> classified) {
    StructType schema = classified.schema();
    List<Row> rows = classified.collectAsList();
    for (ColumnReference ref : kind.references()) {
      if (ref.isParent()) {
        rows = withParentReasons(kind, ref, rows, schema);
      }
    }
    Map<String, long[]> byReason = new HashMap<>();
    int reasonIndex = schema.fieldIndex(ClassifiedRows.REASON);
    int copiesIndex = schema.fieldIndex(ClassifiedRows.COPIES);
    for (Row r : rows) {
      long[] n = byReason.computeIfAbsent(r.getString(reasonIndex), k -> new long[2]);
      n[0] += r.getLong(copiesIndex);
      n[1]++;
    }
    Dataset<Row> local = spark.createDataFrame(rows, schema);
    return new Validated(ClassifiedRows.slim(kind, local), quality(kind, byReason), rows);
  }

  /** A log or a large catalogue: persisted in slim form and counted by one aggregation. */
  private Validated inSpark(DatasetKind kind, Dataset<Row> classified) {
    for (ColumnReference ref : kind.references()) {
      if (ref.isParent()) {
        classified = withParentReasons(kind, ref, classified);
      }
    }
    Dataset<Row> slim =
        ClassifiedRows.slim(kind, classified).persist(StorageLevel.MEMORY_AND_DISK());
    Map<String, long[]> byReason = new HashMap<>();
    for (Row r :
        slim.groupBy(col(ClassifiedRows.REASON))
            .agg(sum(col(ClassifiedRows.COPIES)), count(lit(1)))
            .collectAsList()) {
      byReason.put(r.getString(0), new long[] {r.getLong(1), r.getLong(2)});
    }
    List<Row> rows = null;
    if (referred.contains(kind)) {
      List<Column> typed = new ArrayList<>();
      kind.columnNames().forEach(c -> typed.add(col(ColumnRules.TYPED + c)));
      typed.add(col(ClassifiedRows.REASON));
      rows = slim.select(typed.toArray(Column[]::new)).collectAsList();
    }
    return new Validated(slim, quality(kind, byReason), rows);
  }

  /** Rows read, accepted, rejected (per reason, largest first) and duplicates removed. */
  private static DataQuality quality(DatasetKind kind, Map<String, long[]> byReason) {
    long read = 0;
    long accepted = 0;
    long rejected = 0;
    long distinct = 0;
    Map<String, Long> rejectedByReason = new LinkedHashMap<>();
    for (Map.Entry<String, long[]> e : byReason.entrySet()) {
      long copies = e.getValue()[0];
      long n = e.getValue()[1];
      read += copies;
      distinct += n;
      if (e.getKey() == null) {
        accepted += n;
      } else {
        rejected += n;
        rejectedByReason.put(e.getKey(), n);
      }
    }
    Map<String, Long> sorted = new LinkedHashMap<>();
    rejectedByReason.entrySet().stream()
        .sorted(
            Map.Entry.<String, Long>comparingByValue()
                .reversed()
                .thenComparing(Map.Entry.comparingByKey()))
        .forEach(e -> sorted.put(e.getKey(), e.getValue()));
    return new DataQuality(kind.datasetName(), read, accepted, rejected, read - distinct, sorted);
  }

  /** Code to accepted, per distinct code: accepted when some row with that code was accepted. */
  private static Map<String, Boolean> acceptedCodes(DatasetKind kind, List<Row> rows) {
    String code = ColumnRules.TYPED + kind.primaryKey().orElseThrow();
    Map<String, Boolean> status = new LinkedHashMap<>();
    for (Row r : rows) {
      String c = r.getAs(code);
      if (c != null) {
        status.merge(c, r.isNullAt(r.fieldIndex(ClassifiedRows.REASON)), Boolean::logicalOr);
      }
    }
    return status;
  }

  /** The parent rule decided on the driver, written into the rows. */
  private static List<Row> withParentReasons(
      DatasetKind kind, ColumnReference ref, List<Row> rows, StructType schema) {
    Map<String, RejectReason> reasons = parentReasons(kind, ref, rows);
    if (reasons.isEmpty()) {
      return rows;
    }
    String code = ColumnRules.TYPED + kind.primaryKey().orElseThrow();
    int reasonIndex = schema.fieldIndex(ClassifiedRows.REASON);
    int detailIndex = schema.fieldIndex(ClassifiedRows.DETAIL);
    List<Row> out = new ArrayList<>(rows.size());
    for (Row r : rows) {
      RejectReason reason = r.isNullAt(reasonIndex) ? reasons.get(r.<String>getAs(code)) : null;
      if (reason == null) {
        out.add(r);
        continue;
      }
      Object[] values = new Object[r.length()];
      for (int i = 0; i < values.length; i++) {
        values[i] = r.get(i);
      }
      values[reasonIndex] = reason.name();
      values[detailIndex] = ref.column();
      out.add(new GenericRowWithSchema(values, schema));
    }
    return out;
  }

  /** The parent rule decided on the driver, applied in Spark by a literal lookup. */
  private static Dataset<Row> withParentReasons(
      DatasetKind kind, ColumnReference ref, Dataset<Row> classified) {
    String code = ColumnRules.TYPED + kind.primaryKey().orElseThrow();
    List<Row> rows =
        classified
            .select(
                col(code),
                col(ColumnRules.TYPED + ref.levelColumn()),
                col(ColumnRules.TYPED + ref.column()),
                col(ClassifiedRows.REASON))
            .collectAsList();
    Map<String, RejectReason> reasons = parentReasons(kind, ref, rows);
    if (reasons.isEmpty()) {
      return classified;
    }
    String[] keys = reasons.keySet().toArray(String[]::new);
    String[] values = reasons.values().stream().map(Enum::name).toArray(String[]::new);
    Column parentReason =
        when(
            col(ClassifiedRows.REASON).isNull(),
            try_element_at(map_from_arrays(lit(keys), lit(values)), col(code)));
    return classified
        .withColumn(
            ClassifiedRows.DETAIL,
            when(parentReason.isNotNull(), lit(ref.column())).otherwise(col(ClassifiedRows.DETAIL)))
        .withColumn(ClassifiedRows.REASON, coalesce(col(ClassifiedRows.REASON), parentReason));
  }

  /**
   * Parents, decided level by level from the top (a parent is of a higher level, so it is decided
   * first): a parent must exist, be accepted and be of a higher level; rejection cascades down.
   */
  private static Map<String, RejectReason> parentReasons(
      DatasetKind kind, ColumnReference ref, List<Row> rows) {
    List<String> levels = kind.column(ref.levelColumn()).enumValues();
    String code = ColumnRules.TYPED + kind.primaryKey().orElseThrow();
    String level = ColumnRules.TYPED + ref.levelColumn();
    String parentColumn = ColumnRules.TYPED + ref.column();
    Set<String> known = new HashSet<>();
    Map<String, Row> candidates = new HashMap<>();
    for (Row r : rows) {
      String c = r.getAs(code);
      if (c != null) {
        known.add(c);
      }
      if (r.isNullAt(r.fieldIndex(ClassifiedRows.REASON))) {
        candidates.put(c, r);
      }
    }
    Map<String, RejectReason> reasons = new LinkedHashMap<>();
    for (String l : levels) {
      for (Row r : candidates.values()) {
        String parent = r.getAs(parentColumn);
        if (!l.equals(r.getAs(level)) || parent == null) {
          continue;
        }
        Row p = candidates.get(parent);
        RejectReason reason = null;
        if (!known.contains(parent)) {
          reason = ref.unknownReason();
        } else if (p == null || reasons.containsKey(parent)) {
          reason = RejectReason.REFERENCE_REJECTED;
        } else if (levels.indexOf(p.<String>getAs(level)) >= levels.indexOf(l)) {
          reason = RejectReason.BAD_PARENT_LEVEL;
        }
        if (reason != null) {
          reasons.put(r.getAs(code), reason);
        }
      }
    }
    return reasons;
  }
}
