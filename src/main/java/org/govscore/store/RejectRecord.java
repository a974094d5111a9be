package org.govscore.store;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * A row of rejects: an input row that was not accepted, why, and a redacted excerpt (no personal
 * data).
 */
public record RejectRecord(
    String dataset, String source, String rowRef, String reason, String excerpt) {

  /** The table's codec: the only place its columns are named. */
  public static final TableCodec<RejectRecord> CODEC = new Codec();

  private static final class Codec implements TableCodec<RejectRecord> {
    private static final StructType SCHEMA =
        new StructType()
            .add("dataset", DataTypes.StringType)
            .add("source", DataTypes.StringType)
            .add("row_ref", DataTypes.StringType)
            .add("reason", DataTypes.StringType)
            .add("excerpt", DataTypes.StringType);

    @Override
    public String table() {
      return ResultTables.REJECTS;
    }

    @Override
    public StructType schema() {
      return SCHEMA;
    }

    @Override
    public boolean bounded() {
      return false;
    }

    @Override
    public Object[] values(RejectRecord r) {
      return new Object[] {r.dataset(), r.source(), r.rowRef(), r.reason(), r.excerpt()};
    }

    @Override
    public RejectRecord fromRow(Row r) {
      return new RejectRecord(
          Cells.str(r, "dataset"),
          Cells.str(r, "source"),
          Cells.str(r, "row_ref"),
          Cells.str(r, "reason"),
          Cells.str(r, "excerpt"));
    }
  }
}
