package org.govscore.store;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.govscore.contract.UnitKey;

/** A row of the checks table: how many rows a check applied to for a unit and how many passed. */
public record CheckRecord(
    String unitType, String unitCode, String checkId, long applicable, long passed) {

  /** The unit the row is about. */
  public UnitKey key() {
    return new UnitKey(unitType, unitCode);
  }

  public long failed() {
    return applicable - passed;
  }

  public boolean failing() {
    return passed < applicable;
  }

  /** The table's codec: the only place its columns are named. */
  public static final TableCodec<CheckRecord> CODEC = new Codec();

  private static final class Codec implements TableCodec<CheckRecord> {
    private static final StructType SCHEMA =
        new StructType()
            .add("unit_type", DataTypes.StringType)
            .add("unit_code", DataTypes.StringType)
            .add("check_id", DataTypes.StringType)
            .add("applicable", DataTypes.LongType)
            .add("passed", DataTypes.LongType);

    @Override
    public String table() {
      return ResultTables.CHECKS;
    }

    @Override
    public StructType schema() {
      return SCHEMA;
    }

    @Override
    public Object[] values(CheckRecord r) {
      return new Object[] {r.unitType(), r.unitCode(), r.checkId(), r.applicable(), r.passed()};
    }

    @Override
    public CheckRecord fromRow(Row r) {
      return new CheckRecord(
          Cells.str(r, "unit_type"),
          Cells.str(r, "unit_code"),
          Cells.str(r, "check_id"),
          Cells.longOrZero(r, "applicable"),
          Cells.longOrZero(r, "passed"));
    }
  }
}
