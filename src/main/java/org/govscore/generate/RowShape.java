package org.govscore.generate;

import java.io.Serializable;
import java.sql.Timestamp;
import java.util.Arrays;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.govscore.contract.ColumnType;
import org.govscore.contract.ContractColumn;
import org.govscore.contract.DatasetKind;

/**
 * Turns generated values (contract column order) into rows of one output format. Makers hold
 * timestamps as epoch milliseconds (a Long) or, for a planted bad timestamp, the bad text (a
 * String), and lists as String[]. Parquet gets real timestamps and arrays; CSV gets ISO-8601 text
 * with offset and {@code ;}-joined lists; JSON Lines gets ISO text and arrays.
 */
final class RowShape implements Serializable {
  private static final long serialVersionUID = 1L;

  private final OutputFormat format;
  private final boolean[] timestamp;
  private final boolean[] list;

  RowShape(DatasetKind kind, OutputFormat format) {
    this.format = format;
    int n = kind.columns().size();
    this.timestamp = new boolean[n];
    this.list = new boolean[n];
    for (int i = 0; i < n; i++) {
      ColumnType t = kind.columns().get(i).type();
      timestamp[i] = t == ColumnType.TIMESTAMP;
      list[i] = t == ColumnType.STRING_LIST;
    }
  }

  /** The Spark schema of a dataset in a format: contract names and order. */
  static StructType schema(DatasetKind kind, OutputFormat format) {
    StructField[] fields = new StructField[kind.columns().size()];
    for (int i = 0; i < fields.length; i++) {
      ContractColumn c = kind.columns().get(i);
      fields[i] = DataTypes.createStructField(c.name(), sparkType(c.type(), format), true);
    }
    return DataTypes.createStructType(fields);
  }

  private static DataType sparkType(ColumnType type, OutputFormat format) {
    return switch (type) {
      case STRING, ENUM -> DataTypes.StringType;
      case INT -> DataTypes.IntegerType;
      case LONG -> DataTypes.LongType;
      case DOUBLE -> DataTypes.DoubleType;
      case TIMESTAMP ->
          format == OutputFormat.PARQUET ? DataTypes.TimestampType : DataTypes.StringType;
      case STRING_LIST ->
          format == OutputFormat.CSV
              ? DataTypes.StringType
              : DataTypes.createArrayType(DataTypes.StringType, true);
    };
  }

  Row toRow(Object[] values) {
    Object[] out = values.clone();
    for (int i = 0; i < out.length; i++) {
      if (timestamp[i]) {
        out[i] = timestampValue(out[i]);
      } else if (list[i]) {
        out[i] = listValue((String[]) out[i]);
      }
    }
    return RowFactory.create(out);
  }

  private Object timestampValue(Object v) {
    if (v instanceof Long millis) {
      return format == OutputFormat.PARQUET ? new Timestamp(millis) : ShanghaiTime.iso(millis);
    }
    // A planted unparseable text; Parquet can only say it is missing.
    return format == OutputFormat.PARQUET ? null : v;
  }

  private Object listValue(String[] v) {
    if (v == null) {
      return null;
    }
    if (format == OutputFormat.CSV) {
      // Empty means none; an empty field reads as null, which the contract also reads as none.
      return v.length == 0 ? null : String.join(";", v);
    }
    return Arrays.asList(v);
  }
}
