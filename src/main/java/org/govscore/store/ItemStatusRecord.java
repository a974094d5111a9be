package org.govscore.store;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** A row of item_status: how a catalogued service item was evidenced in the period. */
public record ItemStatusRecord(
    String itemCode,
    String deptCode,
    String status,
    long onlineCases,
    long allCases,
    boolean undeclaredOnline) {

  /** The table's codec: the only place its columns are named. */
  public static final TableCodec<ItemStatusRecord> CODEC = new Codec();

  private static final class Codec implements TableCodec<ItemStatusRecord> {
    private static final StructType SCHEMA =
        new StructType()
            .add("item_code", DataTypes.StringType)
            .add("dept_code", DataTypes.StringType)
            .add("status", DataTypes.StringType)
            .add("online_cases", DataTypes.LongType)
            .add("all_cases", DataTypes.LongType)
            .add("undeclared_online", DataTypes.BooleanType);

    @Override
    public String table() {
      return ResultTables.ITEM_STATUS;
    }

    @Override
    public StructType schema() {
      return SCHEMA;
    }

    @Override
    public Object[] values(ItemStatusRecord r) {
      return new Object[] {
        r.itemCode(), r.deptCode(), r.status(), r.onlineCases(), r.allCases(), r.undeclaredOnline()
      };
    }

    @Override
    public ItemStatusRecord fromRow(Row r) {
      return new ItemStatusRecord(
          Cells.str(r, "item_code"),
          Cells.str(r, "dept_code"),
          Cells.str(r, "status"),
          Cells.longOrZero(r, "online_cases"),
          Cells.longOrZero(r, "all_cases"),
          Cells.isTrue(r, "undeclared_online"));
    }
  }
}
