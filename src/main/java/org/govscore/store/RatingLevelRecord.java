package org.govscore.store;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.govscore.contract.UnitKey;

/**
 * A row of rating_levels (govscore's addition to the specification's tables): how many of a unit's
 * ratings in the period are at one level 1 to 5, for the report's level shares.
 */
public record RatingLevelRecord(String unitType, String unitCode, int level, long ratings) {

  /** The unit the row is about. */
  public UnitKey key() {
    return new UnitKey(unitType, unitCode);
  }

  /** The table's codec: the only place its columns are named. */
  public static final TableCodec<RatingLevelRecord> CODEC = new Codec();

  private static final class Codec implements TableCodec<RatingLevelRecord> {
    private static final StructType SCHEMA =
        new StructType()
            .add("unit_type", DataTypes.StringType)
            .add("unit_code", DataTypes.StringType)
            .add("level", DataTypes.IntegerType)
            .add("ratings", DataTypes.LongType);

    @Override
    public String table() {
      return ResultTables.RATING_LEVELS;
    }

    @Override
    public StructType schema() {
      return SCHEMA;
    }

    @Override
    public boolean addedLater() {
      return true;
    }

    @Override
    public Object[] values(RatingLevelRecord r) {
      return new Object[] {r.unitType(), r.unitCode(), r.level(), r.ratings()};
    }

    @Override
    public RatingLevelRecord fromRow(Row r) {
      return new RatingLevelRecord(
          Cells.str(r, "unit_type"),
          Cells.str(r, "unit_code"),
          Cells.intOrZero(r, "level"),
          Cells.longOrZero(r, "ratings"));
    }
  }
}
