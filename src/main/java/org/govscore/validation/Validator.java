package org.govscore.validation;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.filter;
import static org.apache.spark.sql.functions.isnan;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.split;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.to_json;
import static org.apache.spark.sql.functions.transform;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.NumericType;
import org.apache.spark.sql.types.StringType;
import org.apache.spark.sql.types.TimestampNTZType;
import org.apache.spark.sql.types.TimestampType;
import org.govscore.contract.ColumnType;
import org.govscore.contract.ContractColumn;
import org.govscore.contract.DatasetKind;
import org.govscore.input.DatasetReader;
import org.govscore.input.InputEntry;

/**
 * Structural validation of DATA-CONTRACT.md for one dataset, in Spark: exact duplicates removed
 * first, then row rules, then conflicting duplicates, then references. Each distinct row gets at
 * most one reason (the first that applies, in that order).
 */
public final class Validator {
  static final String COPIES = "_copies";
  static final String REASON = "_reason";
  static final String DETAIL = "_detail";
  static final String TYPED = "t_";
  private static final String TS_PATTERN =
      "^[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,6})?(Z|[+-][0-9]{2}:[0-9]{2})?$";
  private static final String INT_PATTERN = "^[+-]?[0-9]{1,18}$";
  private static final String DOUBLE_PATTERN =
      "^[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]{1,4})?$";
  private static final int EXCERPT_CHARS = 300;

  /**
   * A reference from a column of this dataset to the codes of another (accepted or not). The value
   * looked up is the column's typed value, or {@code value} when given (a row whose value is null
   * refers to nothing: external_indicators refers to departments or regions by unit_type).
   */
  public record Reference(
      String column, Column value, Dataset<Row> targets, RejectReason unknownReason) {
    public Reference(String column, Dataset<Row> targets, RejectReason unknownReason) {
      this(column, col(TYPED + column), targets, unknownReason);
    }
  }

  private Validator() {}

  /**
   * Classifies every distinct row of {@code raw}: the result holds typed columns ({@code t_*}), the
   * raw columns, {@code _copies} (how many identical rows it stands for), provenance, and {@code
   * _reason}/{@code _detail} (null when accepted).
   *
   * @param references department or region references; targets have columns (code, accepted)
   * @param extraRules further rules (reason, detail, condition) evaluated after the typed ones
   */
  public static Dataset<Row> classify(
      DatasetKind kind,
      Dataset<Row> raw,
      List<InputEntry.InputFile> files,
      boolean clusterByKey,
      List<Reference> references,
      List<ExtraRule> extraRules) {
    List<String> contract = kind.columnNames();
    RowOrigin origin = new RowOrigin(raw.sparkSession(), kind.datasetName(), files);
    Dataset<Row> input = origin.pack(raw);
    String clusterColumn =
        kind.primaryKey().orElse(kind == DatasetKind.CASE_EVENTS ? "case_id" : null);
    if (clusterByKey && clusterColumn != null) {
      // One shuffle serves duplicates, key conflicts and (for case events) the per-case grouping.
      input = input.repartition(col(clusterColumn));
    }
    List<Column> groupCols = new ArrayList<>();
    for (String c : contract) {
      groupCols.add(col(c));
    }
    groupCols.add(col(DatasetReader.CORRUPT));
    // The first copy (by file, split, row) stands for its duplicates; its origin is one long, so
    // that Spark can hash-aggregate instead of sorting every row on all its columns.
    Dataset<Row> distinct =
        origin.unpack(
            input
                .groupBy(groupCols.toArray(Column[]::new))
                .agg(count(lit(1)).as(COPIES), min(col(RowOrigin.PACKED)).as(RowOrigin.PACKED)));

    List<Rule> rules = new ArrayList<>();
    rules.add(new Rule(col(DatasetReader.CORRUPT).isNotNull(), RejectReason.CORRUPT_RECORD, null));
    List<Column> typed = new ArrayList<>();
    for (ContractColumn c : kind.columns()) {
      DataType sourceType = raw.schema().apply(c.name()).dataType();
      TypedColumn t = typedColumn(c, sourceType);
      typed.add(t.value().as(TYPED + c.name()));
      if (c.required()) {
        rules.add(
            new Rule(missing(col(c.name()), sourceType), RejectReason.MISSING_VALUE, c.name()));
      }
      if (t.invalid() != null) {
        rules.add(new Rule(t.invalid(), t.invalidReason(), c.name()));
      }
    }
    Dataset<Row> withTyped = distinct.select(concatCols(col("*"), typed));
    for (ExtraRule r : extraRules) {
      rules.add(new Rule(r.condition(), r.reason(), r.column()));
    }
    Column reason = lit(null).cast(DataTypes.StringType);
    Column detail = lit(null).cast(DataTypes.StringType);
    for (int i = rules.size() - 1; i >= 0; i--) {
      Rule r = rules.get(i);
      reason = when(r.condition(), lit(r.reason().name())).otherwise(reason);
      detail = when(r.condition(), lit(r.column())).otherwise(detail);
    }
    Dataset<Row> classified = withTyped.withColumn(REASON, reason).withColumn(DETAIL, detail);

    if (!kind.keyColumns().isEmpty()) {
      List<String> key = kind.keyColumns();
      Column keyPresent = lit(true);
      List<Column> keyCols = new ArrayList<>();
      for (String k : key) {
        keyPresent =
            keyPresent.and(
                col(k).isNotNull().and(trim(col(k).cast(DataTypes.StringType)).notEqual("")));
        keyCols.add(col(k));
      }
      Column keyCount = count(lit(1)).over(Window.partitionBy(keyCols.toArray(Column[]::new)));
      Column conflict = keyPresent.and(keyCount.gt(1));
      String keyNames = String.join(",", key);
      classified =
          classified
              .withColumn(
                  DETAIL,
                  when(col(REASON).isNull().and(conflict), lit(keyNames)).otherwise(col(DETAIL)))
              .withColumn(
                  REASON,
                  when(
                          col(REASON).isNull().and(conflict),
                          lit(RejectReason.CONFLICTING_DUPLICATE.name()))
                      .otherwise(col(REASON)));
    }

    for (Reference ref : references) {
      String alias = "_ref_" + ref.column();
      Dataset<Row> targets =
          ref.targets().select(col("code").as(alias + "_code"), col("accepted").as(alias + "_ok"));
      classified =
          classified.join(broadcast(targets), ref.value().equalTo(col(alias + "_code")), "left");
      Column present = ref.value().isNotNull();
      Column refReason =
          when(present.and(col(alias + "_code").isNull()), lit(ref.unknownReason().name()))
              .when(
                  present.and(col(alias + "_ok").equalTo(false)),
                  lit(RejectReason.REFERENCE_REJECTED.name()));
      classified =
          classified
              .withColumn(
                  DETAIL,
                  when(col(REASON).isNull().and(refReason.isNotNull()), lit(ref.column()))
                      .otherwise(col(DETAIL)))
              .withColumn(REASON, coalesce(col(REASON), refReason))
              .drop(alias + "_code", alias + "_ok");
    }
    return classified;
  }

  /** A dataset-specific rule; evaluated after the column rules, on raw and typed columns. */
  public record ExtraRule(Column condition, RejectReason reason, String column) {}

  private record Rule(Column condition, RejectReason reason, String column) {}

  private record TypedColumn(Column value, Column invalid, RejectReason invalidReason) {}

  private static Column missing(Column c, DataType type) {
    if (type instanceof StringType) {
      return c.isNull().or(trim(c).equalTo(""));
    }
    return c.isNull();
  }

  private static Column blankToNull(Column c) {
    return when(trim(c).equalTo(""), lit(null).cast(DataTypes.StringType)).otherwise(c);
  }

  private static TypedColumn typedColumn(ContractColumn c, DataType sourceType) {
    Column raw = col(c.name());
    return switch (c.type()) {
      case STRING -> {
        Column v =
            sourceType instanceof StringType ? blankToNull(raw) : raw.cast(DataTypes.StringType);
        yield new TypedColumn(v, null, null);
      }
      case ENUM -> {
        Column v =
            sourceType instanceof StringType ? blankToNull(raw) : raw.cast(DataTypes.StringType);
        Column invalid = v.isNotNull().and(v.isin(c.enumValues().toArray()).unary_$bang());
        yield new TypedColumn(v, invalid, RejectReason.BAD_ENUM);
      }
      case INT, LONG -> {
        DataType target = c.type() == ColumnType.INT ? DataTypes.IntegerType : DataTypes.LongType;
        Column v;
        Column invalid;
        if (sourceType instanceof NumericType && isIntegral(sourceType)) {
          v = raw.cast(target);
          if (c.type()
              == ColumnType.INT) { // a non-ANSI cast of a long beyond int wraps around silently
            v = when(raw.between(Integer.MIN_VALUE, Integer.MAX_VALUE), v);
          }
          invalid = raw.isNotNull().and(v.isNull());
        } else {
          Column s = trim(raw.cast(DataTypes.StringType));
          Column present = raw.isNotNull().and(s.notEqual(""));
          v = when(present.and(s.rlike(INT_PATTERN)), s.cast(target));
          invalid = present.and(v.isNull());
        }
        yield new TypedColumn(v, invalid, RejectReason.BAD_NUMBER);
      }
      case DOUBLE -> {
        // Finite only: NaN and infinities (also of an overflowing literal such as 1e999) are
        // BAD_NUMBER.
        Column v;
        Column present;
        if (sourceType instanceof NumericType) {
          v = raw.cast(DataTypes.DoubleType);
          present = raw.isNotNull();
        } else {
          Column s = trim(raw.cast(DataTypes.StringType));
          present = raw.isNotNull().and(s.notEqual(""));
          v = when(present.and(s.rlike(DOUBLE_PATTERN)), s.cast(DataTypes.DoubleType));
        }
        Column finite =
            v.isNotNull()
                .and(isnan(v).unary_$bang())
                .and(v.notEqual(Double.POSITIVE_INFINITY))
                .and(v.notEqual(Double.NEGATIVE_INFINITY));
        yield new TypedColumn(
            when(finite, v), present.and(finite.unary_$bang()), RejectReason.BAD_NUMBER);
      }
      case TIMESTAMP -> {
        if (sourceType instanceof TimestampType) {
          yield new TypedColumn(raw, null, null);
        }
        if (sourceType instanceof TimestampNTZType
            || sourceType instanceof org.apache.spark.sql.types.DateType) {
          yield new TypedColumn(raw.cast(DataTypes.TimestampType), null, null);
        }
        Column s = trim(raw.cast(DataTypes.StringType));
        Column present = raw.isNotNull().and(s.notEqual(""));
        Column v = when(present.and(s.rlike(TS_PATTERN)), s.cast(DataTypes.TimestampType));
        yield new TypedColumn(v, present.and(v.isNull()), RejectReason.BAD_TIMESTAMP);
      }
      case STRING_LIST -> {
        Column arr;
        if (sourceType instanceof ArrayType) {
          arr = raw;
        } else {
          arr = split(raw.cast(DataTypes.StringType), ";");
        }
        Column cleaned =
            filter(transform(arr, x -> trim(x)), x -> x.isNotNull().and(x.notEqual("")));
        Column v =
            when(
                    raw.isNull(),
                    org.apache
                        .spark
                        .sql
                        .functions
                        .array()
                        .cast(DataTypes.createArrayType(DataTypes.StringType)))
                .otherwise(cleaned);
        yield new TypedColumn(v, null, null);
      }
    };
  }

  private static boolean isIntegral(DataType t) {
    return t.equals(DataTypes.IntegerType)
        || t.equals(DataTypes.LongType)
        || t.equals(DataTypes.ShortType)
        || t.equals(DataTypes.ByteType);
  }

  private static Column[] concatCols(Column first, List<Column> rest) {
    List<Column> all = new ArrayList<>();
    all.add(first);
    all.addAll(rest);
    return all.toArray(Column[]::new);
  }

  /** The accepted rows, with typed contract columns under their contract names. */
  public static Dataset<Row> accepted(DatasetKind kind, Dataset<Row> classified) {
    List<Column> cols = new ArrayList<>();
    for (String c : kind.columnNames()) {
      cols.add(col(TYPED + c).as(c));
    }
    return classified.filter(col(REASON).isNull()).select(cols.toArray(Column[]::new));
  }

  /**
   * The slim form kept for the rest of the run: typed columns, reason, copies, and for rejected
   * rows only their reference and redacted excerpt. Raw values are not carried past validation,
   * which halves what the run keeps in memory.
   */
  public static Dataset<Row> slim(DatasetKind kind, Dataset<Row> classified) {
    List<Column> fields = new ArrayList<>();
    for (ContractColumn c : kind.columns()) {
      Column v = col(c.name());
      if (c.personal()) {
        v = when(v.isNull(), lit(null).cast(DataTypes.StringType)).otherwise(lit("***"));
      }
      fields.add(v.as(c.name()));
    }
    Column json = to_json(struct(fields.toArray(Column[]::new)));
    Column corruptExcerpt =
        concat(
            lit("unparseable record ("),
            length(col(DatasetReader.CORRUPT)).cast(DataTypes.StringType),
            lit(" characters, not shown)"));
    Column body = when(col(DatasetReader.CORRUPT).isNotNull(), corruptExcerpt).otherwise(json);
    Column prefixed =
        when(col(DETAIL).isNotNull(), concat(lit("["), col(DETAIL), lit("] "), body))
            .otherwise(body);
    Column excerpt =
        when(
                length(prefixed).gt(EXCERPT_CHARS),
                concat(substring(prefixed, 1, EXCERPT_CHARS), lit("...")))
            .otherwise(prefixed);
    Column rowRef =
        when(
                col(DatasetReader.BLOCK).gt(0),
                concat(
                    col(DatasetReader.FILE),
                    lit("@"),
                    col(DatasetReader.BLOCK).cast(DataTypes.StringType),
                    lit("#"),
                    col(DatasetReader.INDEX).cast(DataTypes.StringType)))
            .otherwise(
                concat(
                    col(DatasetReader.FILE),
                    lit("#"),
                    col(DatasetReader.INDEX).cast(DataTypes.StringType)));
    List<Column> keep = new ArrayList<>();
    for (String c : kind.columnNames()) {
      keep.add(col(TYPED + c));
    }
    Column rejected = col(REASON).isNotNull();
    keep.add(col(REASON));
    keep.add(col(COPIES));
    keep.add(when(rejected, col(DatasetReader.FILE)).as("_source"));
    keep.add(when(rejected, rowRef).as("_row_ref"));
    keep.add(when(rejected, excerpt).as("_excerpt"));
    return classified.select(keep.toArray(Column[]::new));
  }

  /** The rejects-table rows of slim classified rows. */
  public static Dataset<Row> rejects(DatasetKind kind, Dataset<Row> slim) {
    return slim.filter(col(REASON).isNotNull())
        .select(
            lit(kind.datasetName()).as("dataset"),
            col("_source").as("source"),
            col("_row_ref").as("row_ref"),
            col(REASON).as("reason"),
            col("_excerpt").as("excerpt"));
  }

  /** One small job: the reconciliation counts and rejects per reason. */
  public static DataQuality quality(DatasetKind kind, Dataset<Row> classified) {
    List<Row> rows =
        classified
            .groupBy(col(REASON))
            .agg(
                org.apache.spark.sql.functions.sum(col(COPIES)).as("copies"),
                count(lit(1)).as("rows"))
            .collectAsList();
    long read = 0;
    long accepted = 0;
    long rejected = 0;
    long distinct = 0;
    Map<String, Long> byReason = new LinkedHashMap<>();
    for (Row r : rows) {
      long copies = r.getLong(1);
      long n = r.getLong(2);
      read += copies;
      distinct += n;
      if (r.isNullAt(0)) {
        accepted += n;
      } else {
        rejected += n;
        byReason.put(r.getString(0), n);
      }
    }
    Map<String, Long> sorted = new LinkedHashMap<>();
    byReason.entrySet().stream()
        .sorted(
            Map.Entry.<String, Long>comparingByValue()
                .reversed()
                .thenComparing(Map.Entry.comparingByKey()))
        .forEach(e -> sorted.put(e.getKey(), e.getValue()));
    return new DataQuality(kind.datasetName(), read, accepted, rejected, read - distinct, sorted);
  }
}
