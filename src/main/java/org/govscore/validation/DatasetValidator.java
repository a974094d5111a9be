package org.govscore.validation;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.unix_micros;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.xxhash64;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.govscore.contract.ColumnReference;
import org.govscore.contract.ContractColumn;
import org.govscore.contract.DatasetKind;
import org.govscore.contract.RejectReason;
import org.govscore.input.DatasetReader;
import org.govscore.input.InputEntry;
import org.govscore.spark.LocalRows;
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
   * @param cached what the slim rows are read from, persisted: to be released after the run
   * @param latestMicros the latest time (ts) of an accepted row, in microseconds; null when the
   *     dataset has no time column, no accepted row, or was validated on the driver
   */
  record Validated(
      Dataset<Row> slim,
      DataQuality quality,
      List<Row> rows,
      List<Dataset<Row>> cached,
      Long latestMicros) {}

  /** The time column whose latest accepted value {@link #inSpark} records. */
  static final String TIME_COLUMN = "ts";

  /**
   * Classified rows, and for the rows held for grouping ({@link #HELD}) how to classify them: null
   * when no row is held.
   */
  private record Classified(Dataset<Row> rows, Function<Dataset<Row>, Dataset<Row>> regroup) {}

  /** How exact duplicates and key conflicts are searched. */
  enum Search {
    /** Every row grouped on all its columns. */
    GROUPED,
    /** Only rows whose key (or row) hash repeats are grouped; see {@link #hashedSearch}. */
    HASHED,
    /** HASHED for logs larger than {@link SparkSessions#SMALL_INPUT_BYTES}, else GROUPED. */
    BY_SIZE;

    boolean hashed(DatasetKind kind, InputEntry entry) {
      return switch (this) {
        case GROUPED -> false;
        case HASHED -> kind.scale() == DatasetKind.Scale.LOG;
        case BY_SIZE ->
            kind.scale() == DatasetKind.Scale.LOG && entry.size() > SparkSessions.SMALL_INPUT_BYTES;
      };
    }
  }

  /** The row hash and the repeated hashes of the hashed search. */
  private static final String DETECTOR = "_detector";

  private static final String REPEATED = "_repeated";

  /**
   * A row whose hash repeats, classified as if alone, also keeps its raw values and origin here, to
   * be grouped from the cache: null for every other row.
   */
  static final String HELD = "_held";

  /** The 1-based position of the first row rule a row breaks, null when it breaks none. */
  private static final String BROKEN_RULE = "_broken_rule";

  /**
   * At most this many repeated hashes are broadcast (8 bytes each); beyond, every row is grouped.
   */
  static final long MAX_REPEATED = 2_000_000;

  /** Input bytes per partition of the duplicate search's hashes ({@link #detectorPartitions}). */
  static final long DETECTOR_INPUT_BYTES = 32L << 20;

  private final SparkSession spark;
  private final Search search;
  private final long maxRepeated;

  /** Catalogues of at most this many bytes are validated on the driver ({@link #onDriver}). */
  private final long driverLimit;

  /** Per validated dataset referred to by another: code to whether a row with it was accepted. */
  private final Map<DatasetKind, Map<String, Boolean>> codes = new EnumMap<>(DatasetKind.class);

  private final Set<DatasetKind> referred = new HashSet<>();

  DatasetValidator(SparkSession spark) {
    this(spark, Search.BY_SIZE, MAX_REPEATED);
  }

  DatasetValidator(SparkSession spark, Search search, long maxRepeated) {
    this(spark, search, maxRepeated, SparkSessions.SMALL_INPUT_BYTES);
  }

  /**
   * @param driverLimit catalogues of at most this many bytes are validated on the driver; a test
   *     sets 0 to send small catalogues down the path of large ones
   */
  DatasetValidator(SparkSession spark, Search search, long maxRepeated, long driverLimit) {
    if (driverLimit < 0) {
      throw new IllegalArgumentException("driverLimit must be >= 0, not " + driverLimit);
    }
    this.spark = spark;
    this.search = search;
    this.maxRepeated = maxRepeated;
    this.driverLimit = driverLimit;
    for (DatasetKind kind : DatasetKind.values()) {
      kind.references().forEach(r -> referred.add(r.targetKind()));
    }
  }

  /**
   * A small catalogue's classified rows on the driver, references not yet decided (see {@link
   * #collect}).
   */
  record Collected(StructType schema, List<Row> rows) {}

  /**
   * Whether a dataset is validated on the driver: a catalogue of at most {@link
   * SparkSessions#SMALL_INPUT_BYTES} (unless a test sets another limit). Such datasets are
   * classified side by side ({@link #collect}), and their references decided afterwards in
   * declaration order ({@link #finish}).
   */
  boolean onDriver(DatasetKind kind, InputEntry entry) {
    return kind.scale() == DatasetKind.Scale.CATALOGUE && entry.size() <= driverLimit;
  }

  /**
   * Classifies a small catalogue by its own rows (row rules and key conflicts) in one Spark job
   * that brings its rows to the driver. Needs nothing of other datasets, so catalogues may be
   * collected side by side.
   */
  Collected collect(DatasetKind kind, Dataset<Row> raw, InputEntry entry) {
    Dataset<Row> classified = classify(kind, raw, entry, new ArrayList<>(), false).rows();
    return new Collected(classified.schema(), classified.collectAsList());
  }

  /**
   * Decides a collected catalogue's references on the driver, once the datasets it refers to are
   * validated: in declaration order.
   */
  Validated finish(DatasetKind kind, Collected collected) {
    List<Row> rows = collected.rows();
    for (ColumnReference ref : kind.references()) {
      if (!ref.isParent()) {
        rows = withReferenceReasons(ref, rows, collected.schema());
      }
    }
    Validated v = onDriver(kind, rows, collected.schema());
    if (referred.contains(kind)) {
      codes.put(kind, acceptedCodes(kind, v.rows()));
    }
    return v;
  }

  /**
   * Validates a log or a large catalogue in Spark, once the datasets it refers to are validated.
   * Datasets no other dataset refers to may be validated side by side.
   */
  Validated validate(DatasetKind kind, Dataset<Row> raw, InputEntry entry) {
    // Cached helpers of this dataset, released once its rows are classified.
    List<Dataset<Row>> scratch = new ArrayList<>();
    Validated v = inSpark(kind, classify(kind, raw, entry, scratch, true));
    scratch.forEach(Dataset::unpersist);
    if (referred.contains(kind)) {
      codes.put(kind, acceptedCodes(kind, v.rows()));
    }
    return v;
  }

  /** Classified rows: typed columns, raw columns, copies, provenance, reason and detail. */
  private Classified classify(
      DatasetKind kind,
      Dataset<Row> raw,
      InputEntry entry,
      List<Dataset<Row>> scratch,
      boolean withReferences) {
    RowOrigin origin = new RowOrigin(raw.sparkSession(), kind.datasetName(), entry.files());
    Dataset<Row> input = origin.pack(raw);
    ColumnRules rules = new ColumnRules(kind, raw.schema());
    Function<Dataset<Row>, Dataset<Row>> references =
        withReferences ? rows -> references(kind, rows) : rows -> rows;
    if (search.hashed(kind, entry)) {
      Classified hashed = hashedSearch(kind, entry, input, origin, rules, scratch);
      if (hashed != null) {
        Function<Dataset<Row>, Dataset<Row>> regroup =
            hashed.regroup() == null ? null : hashed.regroup().andThen(references);
        return new Classified(references.apply(hashed.rows()), regroup);
      }
    }
    return new Classified(references.apply(groupedSearch(kind, input, origin, rules)), null);
  }

  /** The foreign keys (other than parents), decided in Spark. */
  private Dataset<Row> references(DatasetKind kind, Dataset<Row> classified) {
    for (ColumnReference ref : kind.references()) {
      if (!ref.isParent()) {
        classified = reference(classified, ref);
      }
    }
    return classified;
  }

  /**
   * Every row grouped on all its columns: the first copy (by file, split, row) stands for its
   * duplicates; its origin is one long, so that Spark can hash-aggregate instead of sorting every
   * row on all its columns.
   */
  private static Dataset<Row> groupedSearch(
      DatasetKind kind, Dataset<Row> input, RowOrigin origin, ColumnRules rules) {
    if (kind.clusterColumn().isPresent()) {
      // One shuffle serves duplicates, key conflicts and (for case events) the per-case grouping.
      input = input.repartition(col(kind.clusterColumn().get()));
    }
    Dataset<Row> distinct = origin.unpack(firstCopies(kind, input));
    return conflicts(kind, withReasons(distinct, rules));
  }

  /**
   * Exact duplicates share their key, and so do conflicting rows; without a key, duplicates share
   * the hash of the whole row. So only rows whose key (or row) hash repeats are grouped on all
   * their columns; every other row stands for itself. On a large log almost every row is alone, and
   * the rows are never shuffled or sorted: a sort of one long per row (its hash) finds the few
   * repeated hashes, which reach every task by broadcast. A hash collision only sends unrelated
   * rows to the grouping, which decides them exactly. Null when too many hashes repeat for a
   * broadcast: the caller then groups every row.
   *
   * <p>The input is read once more, and only once: every row is classified as if alone, and a row
   * whose hash repeats also keeps its raw values ({@link #HELD}), so that the few such rows are
   * grouped from the cache, not from a second read of the input ({@link #inSpark}).
   */
  private Classified hashedSearch(
      DatasetKind kind,
      InputEntry entry,
      Dataset<Row> input,
      RowOrigin origin,
      ColumnRules rules,
      List<Dataset<Row>> scratch) {
    List<Column> detectorCols = new ArrayList<>();
    if (kind.keyColumns().isEmpty()) {
      // Exact duplicates agree on every column, so on the required ones too; those almost always
      // tell a keyless log's rows apart (an event: its case, time, activity and department), and
      // the detector reads only them. Rows that share them but differ elsewhere are grouped and
      // decided exactly.
      kind.columns().stream()
          .filter(ContractColumn::required)
          .forEach(c -> detectorCols.add(col(c.name())));
      detectorCols.add(col(DatasetReader.CORRUPT));
    } else {
      kind.keyColumns().forEach(k -> detectorCols.add(col(k)));
    }
    Dataset<Row> hashed = input.withColumn(DETECTOR, xxhash64(detectorCols.toArray(Column[]::new)));
    // Almost every hash is unique, so grouping them would build a hash table of every row only to
    // drop it. Sorted instead (in a primitive array per partition), the repeats are adjacent.
    JavaRDD<Long> repeatedHashes =
        hashed
            .select(col(DETECTOR))
            .repartition(detectorPartitions(entry), col(DETECTOR))
            .queryExecution()
            .toRdd()
            .toJavaRDD()
            .mapPartitions(RepeatedValues::ofRows);
    Dataset<Row> repeated =
        spark
            .createDataset(repeatedHashes.rdd(), Encoders.LONG())
            .toDF(REPEATED)
            .persist(StorageLevel.MEMORY_AND_DISK());
    scratch.add(repeated);
    long repeats = repeated.count();
    if (repeats > maxRepeated) {
      return null;
    }
    if (repeats == 0) {
      // Every row stands for itself: no grouping, no conflicts.
      return new Classified(withReasons(origin.unpack(alone(kind, input)), rules), null);
    }
    Dataset<Row> joined =
        hashed.join(broadcast(repeated), col(DETECTOR).equalTo(col(REPEATED)), "left");
    List<Column> held = new ArrayList<>(allColumns(kind));
    held.add(col(RowOrigin.PACKED));
    Dataset<Row> all =
        alone(
            kind,
            joined,
            when(col(REPEATED).isNotNull(), struct(held.toArray(Column[]::new))).as(HELD));
    return new Classified(
        withReasons(origin.unpack(all), rules),
        heldRows ->
            conflicts(kind, withReasons(origin.unpack(firstCopies(kind, heldRows)), rules)));
  }

  /**
   * Partitions of the duplicate search's hashes: at least the session's shuffle partitions, and one
   * per {@link #DETECTOR_INPUT_BYTES} of input, so that a partition's hashes, held in one array
   * ({@link RepeatedValues#ofRows}), stay small: a log compressed to 2 bytes a row gives 16,000,000
   * hashes (128 MiB) per partition, a usual one (16 to 35 bytes a row) 1,000,000 to 2,000,000.
   */
  int detectorPartitions(InputEntry entry) {
    int configured = spark.sessionState().conf().numShufflePartitions();
    long bySize = (entry.size() + DETECTOR_INPUT_BYTES - 1) / DETECTOR_INPUT_BYTES;
    return (int) Math.max(configured, Math.min(bySize, 100_000));
  }

  private static List<Column> allColumns(DatasetKind kind) {
    List<Column> cols = new ArrayList<>();
    for (String c : kind.columnNames()) {
      cols.add(col(c));
    }
    cols.add(col(DatasetReader.CORRUPT));
    return cols;
  }

  /** Rows that each stand for themselves: one copy, their own origin. */
  private static Dataset<Row> alone(DatasetKind kind, Dataset<Row> rows, Column... extra) {
    List<Column> cols = new ArrayList<>(allColumns(kind));
    cols.add(lit(1L).as(ClassifiedRows.COPIES));
    cols.add(col(RowOrigin.PACKED));
    cols.addAll(List.of(extra));
    return rows.select(cols.toArray(Column[]::new));
  }

  /** One row per distinct row, with its number of copies and its first copy's origin. */
  private static Dataset<Row> firstCopies(DatasetKind kind, Dataset<Row> input) {
    return input
        .groupBy(allColumns(kind).toArray(Column[]::new))
        .agg(
            count(lit(1)).as(ClassifiedRows.COPIES),
            min(col(RowOrigin.PACKED)).as(RowOrigin.PACKED));
  }

  /**
   * Typed columns, and the first row rule a row breaks as its reason and detail. The rules are
   * tested once per row, for the rule's position; reason and detail are looked up by it. (Two
   * chains of the same conditions, one per column, tested every rule twice for each accepted row,
   * and doubled the code the JIT compiles for the stage.)
   */
  private static Dataset<Row> withReasons(Dataset<Row> distinct, ColumnRules rules) {
    List<Column> withTyped = new ArrayList<>();
    withTyped.add(col("*"));
    withTyped.addAll(rules.typedColumns());
    List<ColumnRules.Rule> all = rules.rules();
    Column position = lit(null).cast(DataTypes.IntegerType);
    List<Column> reasons = new ArrayList<>();
    List<Column> details = new ArrayList<>();
    for (int i = all.size() - 1; i >= 0; i--) {
      ColumnRules.Rule r = all.get(i);
      position = when(r.broken(), lit(i + 1)).otherwise(position);
      reasons.add(0, lit(r.reason().name()));
      details.add(0, lit(r.column()).cast(DataTypes.StringType));
    }
    return distinct
        .select(withTyped.toArray(Column[]::new))
        .withColumn(BROKEN_RULE, position)
        .withColumn(
            ClassifiedRows.REASON,
            element_at(array(reasons.toArray(Column[]::new)), col(BROKEN_RULE)))
        .withColumn(
            ClassifiedRows.DETAIL,
            element_at(array(details.toArray(Column[]::new)), col(BROKEN_RULE)))
        .drop(BROKEN_RULE);
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
   * A foreign key, looked up in the target's codes (the targets were validated before; see {@link
   * CodeReasons}).
   */
  private Dataset<Row> reference(Dataset<Row> classified, ColumnReference ref) {
    Column value = col(ColumnRules.TYPED + ref.column());
    if (ref.whenColumn() != null) {
      value = when(col(ColumnRules.TYPED + ref.whenColumn()).equalTo(lit(ref.whenValue())), value);
    }
    Map<String, Boolean> target = codes.getOrDefault(ref.targetKind(), Map.of());
    return withOpenReason(
        classified, CodeReasons.reference(target, ref.unknownReason(), value), ref.column());
  }

  /**
   * The rows, where a row's reason is still open and {@code reason} gives one, with that reason and
   * {@code column} as its detail: {@link #withOpenReasons} in Spark. The reason is kept in a column
   * of its own, so that it is computed once per row, not once per use.
   */
  private static Dataset<Row> withOpenReason(
      Dataset<Row> classified, Column reason, String column) {
    String given = "_given_" + column;
    Column decided = col(ClassifiedRows.REASON).isNull().and(col(given).isNotNull());
    return classified
        .withColumn(given, reason)
        .withColumn(
            ClassifiedRows.DETAIL, when(decided, lit(column)).otherwise(col(ClassifiedRows.DETAIL)))
        .withColumn(ClassifiedRows.REASON, coalesce(col(ClassifiedRows.REASON), col(given)))
        .drop(given);
  }

  /** A small catalogue's rows on the driver: parents decided, then counted. */
  private Validated onDriver(DatasetKind kind, List<Row> rows, StructType schema) {
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
    Dataset<Row> local = LocalRows.frame(spark, rows, schema);
    return new Validated(
        ClassifiedRows.slim(kind, local), quality(kind, byReason), rows, List.of(), null);
  }

  /** A log or a large catalogue: persisted in slim form and counted by one aggregation. */
  private Validated inSpark(DatasetKind kind, Classified classifiedRows) {
    Dataset<Row> classified = classifiedRows.rows();
    for (ColumnReference ref : kind.references()) {
      if (ref.isParent()) {
        if (classifiedRows.regroup() != null) {
          throw new IllegalStateException(
              "Dataset " + kind.datasetName() + " has parents; its rows cannot be held");
        }
        classified = withParentReasons(kind, ref, classified);
      }
    }
    Dataset<Row> slim;
    List<Dataset<Row>> cached = new ArrayList<>();
    if (classifiedRows.regroup() == null) {
      slim = ClassifiedRows.slim(kind, classified).persist(SparkSessions.LOG_CACHE);
      cached.add(slim);
    } else {
      // Every row classified as if alone, the held ones with their raw values; those are then
      // grouped from this cache and stand in for their copies.
      Dataset<Row> all =
          ClassifiedRows.slim(kind, classified, col(HELD)).persist(SparkSessions.LOG_CACHE);
      Dataset<Row> grouped =
          ClassifiedRows.slim(
                  kind,
                  classifiedRows
                      .regroup()
                      .apply(all.filter(col(HELD).isNotNull()).select(col(HELD + ".*"))))
              .persist(StorageLevel.MEMORY_AND_DISK());
      cached.add(all);
      cached.add(grouped);
      slim = all.filter(col(HELD).isNull()).drop(HELD).unionByName(grouped);
    }
    Map<String, long[]> byReason = new HashMap<>();
    boolean timed = kind.carriedColumns().stream().anyMatch(c -> c.name().equals(TIME_COLUMN));
    // The latest accepted time rides in the count: the case grouping packs times up to it.
    Column latest =
        timed
            ? max(unix_micros(col(ColumnRules.TYPED + TIME_COLUMN)))
            : lit(null).cast(DataTypes.LongType);
    Long latestMicros = null;
    for (Row r :
        slim.groupBy(ClassifiedRows.reason())
            .agg(sum(ClassifiedRows.copies()), count(lit(1)), latest)
            .collectAsList()) {
      byReason.put(r.getString(0), new long[] {r.getLong(1), r.getLong(2)});
      if (r.isNullAt(0) && !r.isNullAt(3)) {
        latestMicros = r.getLong(3);
      }
    }
    List<Row> rows = null;
    if (referred.contains(kind)) {
      List<Column> typed = new ArrayList<>();
      kind.carriedColumns()
          .forEach(c -> typed.add(ClassifiedRows.typedValue(c).as(ColumnRules.TYPED + c.name())));
      typed.add(ClassifiedRows.reason().as(ClassifiedRows.REASON));
      rows = slim.select(typed.toArray(Column[]::new)).collectAsList();
    }
    return new Validated(slim, quality(kind, byReason), rows, cached, latestMicros);
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

  /**
   * A foreign key decided on the driver, written into the rows whose reason is still open: the same
   * rule as {@link #reference}, which decides it in Spark.
   */
  private List<Row> withReferenceReasons(ColumnReference ref, List<Row> rows, StructType schema) {
    Map<String, Boolean> target = codes.getOrDefault(ref.targetKind(), Map.of());
    int valueIndex = schema.fieldIndex(ColumnRules.TYPED + ref.column());
    int whenIndex =
        ref.whenColumn() == null ? -1 : schema.fieldIndex(ColumnRules.TYPED + ref.whenColumn());
    return withOpenReasons(
        rows,
        schema,
        ref.column(),
        r -> {
          Object value = r.get(valueIndex);
          if (value == null || (whenIndex >= 0 && !ref.whenValue().equals(r.get(whenIndex)))) {
            return null;
          }
          return CodeReasons.ofReference(target, ref.unknownReason(), value.toString());
        });
  }

  /** The parent rule decided on the driver, written into the rows. */
  private static List<Row> withParentReasons(
      DatasetKind kind, ColumnReference ref, List<Row> rows, StructType schema) {
    Map<String, RejectReason> reasons = parentReasons(kind, ref, rows);
    if (reasons.isEmpty()) {
      return rows;
    }
    int codeIndex = schema.fieldIndex(ColumnRules.TYPED + kind.primaryKey().orElseThrow());
    return withOpenReasons(rows, schema, ref.column(), r -> reasons.get(r.getString(codeIndex)));
  }

  /**
   * The rows, where a row's reason is still open and {@code decide} gives one, with that reason and
   * {@code column} as its detail.
   */
  private static List<Row> withOpenReasons(
      List<Row> rows, StructType schema, String column, Function<Row, RejectReason> decide) {
    int reasonIndex = schema.fieldIndex(ClassifiedRows.REASON);
    int detailIndex = schema.fieldIndex(ClassifiedRows.DETAIL);
    List<Row> out = new ArrayList<>(rows.size());
    for (Row r : rows) {
      RejectReason reason = r.isNullAt(reasonIndex) ? decide.apply(r) : null;
      if (reason == null) {
        out.add(r);
        continue;
      }
      Object[] values = new Object[r.length()];
      for (int i = 0; i < values.length; i++) {
        values[i] = r.get(i);
      }
      values[reasonIndex] = reason.name();
      values[detailIndex] = column;
      out.add(new GenericRowWithSchema(values, schema));
    }
    return out;
  }

  /** The parent rule decided on the driver, applied in Spark by a lookup of the codes. */
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
    return withOpenReason(classified, CodeReasons.listed(reasons, col(code)), ref.column());
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
