package org.govscore.contract;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/** The Spark schema of a dataset's accepted rows: its carried columns, typed. */
public final class TypedSchema {
  private TypedSchema() {}

  public static StructType of(DatasetKind kind) {
    List<StructField> fields = new ArrayList<>();
    for (ContractColumn c : kind.carriedColumns()) {
      fields.add(DataTypes.createStructField(c.name(), sparkType(c.type()), !c.required()));
    }
    return new StructType(fields.toArray(StructField[]::new));
  }

  public static DataType sparkType(ColumnType type) {
    return switch (type) {
      case STRING, ENUM -> DataTypes.StringType;
      case TIMESTAMP -> DataTypes.TimestampType;
      case INT -> DataTypes.IntegerType;
      case LONG -> DataTypes.LongType;
      case DOUBLE -> DataTypes.DoubleType;
      case STRING_LIST -> DataTypes.createArrayType(DataTypes.StringType);
    };
  }
}
