package org.govscore.store;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.govscore.contract.UnitKey;

/** A row of the findings table: the evidence behind a weak score or a fall. */
public record FindingRecord(
    String unitType,
    String unitCode,
    String kind,
    String subjectCode,
    Double metric,
    String detail) {

  /** The unit the row is about. */
  public UnitKey key() {
    return new UnitKey(unitType, unitCode);
  }

  /** The table's codec: the only place its columns are named. */
  public static final TableCodec<FindingRecord> CODEC = new Codec();

  private static final class Codec implements TableCodec<FindingRecord> {
    private static final StructType SCHEMA =
        new StructType()
            .add("unit_type", DataTypes.StringType)
            .add("unit_code", DataTypes.StringType)
            .add("kind", DataTypes.StringType)
            .add("subject_code", DataTypes.StringType)
            .add("metric", DataTypes.DoubleType)
            .add("detail", DataTypes.StringType);

    @Override
    public String table() {
      return ResultTables.FINDINGS;
    }

    @Override
    public StructType schema() {
      return SCHEMA;
    }

    @Override
    public Object[] values(FindingRecord r) {
      return new Object[] {
        r.unitType(), r.unitCode(), r.kind(), r.subjectCode(), r.metric(), r.detail()
      };
    }

    @Override
    public FindingRecord fromRow(Row r) {
      return new FindingRecord(
          Cells.str(r, "unit_type"),
          Cells.str(r, "unit_code"),
          Cells.str(r, "kind"),
          Cells.str(r, "subject_code"),
          Cells.dbl(r, "metric"),
          Cells.str(r, "detail"));
    }
  }
}
