package org.govscore.store;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** A row of data_quality: the reconciliation of one input dataset. */
public record DataQualityRecord(
    String dataset, long rowsRead, long rowsAccepted, long rowsRejected, long duplicatesRemoved) {

  /** The table's codec: the only place its columns are named. */
  public static final TableCodec<DataQualityRecord> CODEC = new Codec();

  private static final class Codec implements TableCodec<DataQualityRecord> {
    private static final StructType SCHEMA =
        new StructType()
            .add("dataset", DataTypes.StringType)
            .add("rows_read", DataTypes.LongType)
            .add("rows_accepted", DataTypes.LongType)
            .add("rows_rejected", DataTypes.LongType)
            .add("duplicates_removed", DataTypes.LongType);

    @Override
    public String table() {
      return ResultTables.DATA_QUALITY;
    }

    @Override
    public StructType schema() {
      return SCHEMA;
    }

    @Override
    public Object[] values(DataQualityRecord r) {
      return new Object[] {
        r.dataset(), r.rowsRead(), r.rowsAccepted(), r.rowsRejected(), r.duplicatesRemoved()
      };
    }

    @Override
    public DataQualityRecord fromRow(Row r) {
      return new DataQualityRecord(
          Cells.str(r, "dataset"),
          Cells.longOrZero(r, "rows_read"),
          Cells.longOrZero(r, "rows_accepted"),
          Cells.longOrZero(r, "rows_rejected"),
          Cells.longOrZero(r, "duplicates_removed"));
    }
  }
}
