package org.govscore.validation;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.filter;
import static org.apache.spark.sql.functions.isnan;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.split;
import static org.apache.spark.sql.functions.transform;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DateType;
import org.apache.spark.sql.types.NumericType;
import org.apache.spark.sql.types.StringType;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.types.TimestampNTZType;
import org.apache.spark.sql.types.TimestampType;
import org.govscore.contract.ColumnCheck;
import org.govscore.contract.ColumnType;
import org.govscore.contract.ContractColumn;
import org.govscore.contract.DatasetKind;
import org.govscore.contract.RejectReason;
import org.govscore.input.DatasetReader;
import org.govscore.metrics.Methodology;

/**
 * The row rules a dataset's declaration implies, as Spark columns over the raw columns (as read)
 * and the typed ones ({@code t_*}): the record parses, then per column in contract order its
 * presence and its type, then per column in contract order its checks. A row gets the first rule it
 * breaks.
 */
final class ColumnRules {
  static final String TYPED = "t_";
  private static final String TS_PATTERN =
      "^[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,6})?(Z|[+-][0-9]{2}:[0-9]{2})?$";
  private static final String INT_PATTERN = "^[+-]?[0-9]{1,18}$";
  private static final String DOUBLE_PATTERN =
      "^[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]{1,4})?$";

  /** A broken rule: the condition, the reason, and the column it names in the excerpt. */
  record Rule(Column broken, RejectReason reason, String column) {}

  /** The typed value of a column, and when the raw value does not have the type. */
  private record Typed(Column value, Column invalid, RejectReason invalidReason) {}

  private final List<Column> typedColumns = new ArrayList<>();
  private final List<Rule> rules = new ArrayList<>();

  /**
   * @param rawSchema the schema the dataset was read with: a Parquet long needs no parsing, a CSV
   *     string does
   */
  ColumnRules(DatasetKind kind, StructType rawSchema) {
    rules.add(new Rule(col(DatasetReader.CORRUPT).isNotNull(), RejectReason.CORRUPT_RECORD, null));
    for (ContractColumn c : kind.columns()) {
      DataType sourceType = rawSchema.apply(c.name()).dataType();
      Typed t = typed(c, sourceType);
      typedColumns.add(t.value().as(TYPED + c.name()));
      if (c.required()) {
        // A text value is typed as null exactly when it is missing (null or blank).
        Column missing =
            c.type() == ColumnType.STRING || c.type() == ColumnType.ENUM
                ? col(TYPED + c.name()).isNull()
                : missing(col(c.name()), sourceType);
        rules.add(new Rule(missing, RejectReason.MISSING_VALUE, c.name()));
      }
      if (t.invalid() != null) {
        rules.add(new Rule(t.invalid(), t.invalidReason(), c.name()));
      }
    }
    for (ContractColumn c : kind.columns()) {
      for (ColumnCheck check : c.checks()) {
        rules.add(new Rule(broken(check, col(TYPED + c.name())), check.reason(), c.name()));
      }
    }
  }

  /** The typed columns {@code t_<name>}, in contract order. */
  List<Column> typedColumns() {
    return typedColumns;
  }

  /** The row rules in the order they are decided. */
  List<Rule> rules() {
    return rules;
  }

  /** When a typed value breaks a check; null when the value is null (nullness is not a check). */
  static Column broken(ColumnCheck check, Column value) {
    if (check instanceof ColumnCheck.Range r) {
      Column below = r.min() == null ? null : value.lt(r.min());
      Column above = r.max() == null ? null : value.gt(r.max());
      return below == null ? above : above == null ? below : below.or(above);
    }
    if (check instanceof ColumnCheck.Pattern p) {
      return value.isNotNull().and(value.rlike(p.wholeValue()).unary_$bang());
    }
    if (check instanceof ColumnCheck.NotBefore n) {
      return value.lt(col(TYPED + n.column()));
    }
    if (check instanceof ColumnCheck.NotBuiltInIndicator) {
      return value.isNotNull().and(value.isin(Methodology.INDICATOR_IDS.toArray()));
    }
    throw new IllegalStateException("No Spark form for check " + check);
  }

  private static Column missing(Column c, DataType type) {
    if (type instanceof StringType) {
      return c.isNull().or(trim(c).equalTo(""));
    }
    return c.isNull();
  }

  private static Column blankToNull(Column c) {
    return when(trim(c).equalTo(""), lit(null).cast(DataTypes.StringType)).otherwise(c);
  }

  /**
   * The typed value, and its invalid condition over the typed column: the rules are tested on top
   * of the typed columns, so a condition on the typed value reads it instead of converting the raw
   * value again.
   */
  private static Typed typed(ContractColumn c, DataType sourceType) {
    Column raw = col(c.name());
    Column typedValue = col(TYPED + c.name());
    return switch (c.type()) {
      case STRING -> {
        Column v =
            sourceType instanceof StringType ? blankToNull(raw) : raw.cast(DataTypes.StringType);
        yield new Typed(v, null, null);
      }
      case ENUM -> {
        Column v =
            sourceType instanceof StringType ? blankToNull(raw) : raw.cast(DataTypes.StringType);
        Column invalid =
            typedValue.isNotNull().and(typedValue.isin(c.enumValues().toArray()).unary_$bang());
        yield new Typed(v, invalid, RejectReason.BAD_ENUM);
      }
      case INT, LONG -> {
        DataType target = c.type() == ColumnType.INT ? DataTypes.IntegerType : DataTypes.LongType;
        Column v;
        Column invalid;
        if (sourceType instanceof NumericType && isIntegral(sourceType)) {
          v = raw.cast(target);
          if (c.type() == ColumnType.INT) {
            // a non-ANSI cast of a long beyond int wraps around silently
            v = when(raw.between(Integer.MIN_VALUE, Integer.MAX_VALUE), v);
          }
          invalid = raw.isNotNull().and(typedValue.isNull());
        } else {
          Column s = trim(raw.cast(DataTypes.StringType));
          Column present = raw.isNotNull().and(s.notEqual(""));
          v = when(present.and(s.rlike(INT_PATTERN)), s.cast(target));
          invalid = present.and(typedValue.isNull());
        }
        yield new Typed(v, invalid, RejectReason.BAD_NUMBER);
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
        // The typed value is null exactly when a present value is not finite.
        yield new Typed(when(finite, v), present.and(typedValue.isNull()), RejectReason.BAD_NUMBER);
      }
      case TIMESTAMP -> {
        if (sourceType instanceof TimestampType) {
          yield new Typed(raw, null, null);
        }
        if (sourceType instanceof TimestampNTZType || sourceType instanceof DateType) {
          yield new Typed(raw.cast(DataTypes.TimestampType), null, null);
        }
        Column s = trim(raw.cast(DataTypes.StringType));
        Column present = raw.isNotNull().and(s.notEqual(""));
        Column v = when(present.and(s.rlike(TS_PATTERN)), s.cast(DataTypes.TimestampType));
        yield new Typed(v, present.and(typedValue.isNull()), RejectReason.BAD_TIMESTAMP);
      }
      case STRING_LIST -> {
        Column arr =
            sourceType instanceof ArrayType ? raw : split(raw.cast(DataTypes.StringType), ";");
        Column cleaned =
            filter(transform(arr, x -> trim(x)), x -> x.isNotNull().and(x.notEqual("")));
        Column v =
            when(raw.isNull(), array().cast(DataTypes.createArrayType(DataTypes.StringType)))
                .otherwise(cleaned);
        yield new Typed(v, null, null);
      }
    };
  }

  private static boolean isIntegral(DataType t) {
    return t.equals(DataTypes.IntegerType)
        || t.equals(DataTypes.LongType)
        || t.equals(DataTypes.ShortType)
        || t.equals(DataTypes.ByteType);
  }
}
