package org.govscore.store;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.govscore.contract.UnitKey;

/**
 * A row of the indicators table: a unit's indicator with its ratio parts (all null when N/A;
 * latency rows have a value but no ratio parts).
 */
public record IndicatorRecord(
    String unitType,
    String unitCode,
    String indicator,
    Double numerator,
    Double denominator,
    Double value) {

  /** The unit the row is about. */
  public UnitKey key() {
    return new UnitKey(unitType, unitCode);
  }

  /** A value was measured (null means N/A). */
  public boolean available() {
    return value != null;
  }

  /** The table's codec: the only place its columns are named. */
  public static final TableCodec<IndicatorRecord> CODEC = new Codec();

  private static final class Codec implements TableCodec<IndicatorRecord> {
    private static final StructType SCHEMA =
        new StructType()
            .add("unit_type", DataTypes.StringType)
            .add("unit_code", DataTypes.StringType)
            .add("indicator", DataTypes.StringType)
            .add("numerator", DataTypes.DoubleType)
            .add("denominator", DataTypes.DoubleType)
            .add("value", DataTypes.DoubleType);

    @Override
    public String table() {
      return ResultTables.INDICATORS;
    }

    @Override
    public StructType schema() {
      return SCHEMA;
    }

    @Override
    public Object[] values(IndicatorRecord r) {
      return new Object[] {
        r.unitType(), r.unitCode(), r.indicator(), r.numerator(), r.denominator(), r.value()
      };
    }

    @Override
    public IndicatorRecord fromRow(Row r) {
      return new IndicatorRecord(
          Cells.str(r, "unit_type"),
          Cells.str(r, "unit_code"),
          Cells.str(r, "indicator"),
          Cells.dbl(r, "numerator"),
          Cells.dbl(r, "denominator"),
          Cells.dbl(r, "value"));
    }
  }
}
