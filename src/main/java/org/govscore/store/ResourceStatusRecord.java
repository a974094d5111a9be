package org.govscore.store;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * A row of resource_status: how a catalogued data resource was shared in the period; baseLibrary is
 * null for a store written before v2.
 */
public record ResourceStatusRecord(
    String resourceCode,
    String providerDeptCode,
    String shareType,
    String baseLibrary,
    String status,
    long requests,
    long successes) {

  /** The table's codec: the only place its columns are named. */
  public static final TableCodec<ResourceStatusRecord> CODEC = new Codec();

  private static final class Codec implements TableCodec<ResourceStatusRecord> {
    private static final StructType SCHEMA =
        new StructType()
            .add("resource_code", DataTypes.StringType)
            .add("provider_dept_code", DataTypes.StringType)
            .add("share_type", DataTypes.StringType)
            .add("base_library", DataTypes.StringType)
            .add("status", DataTypes.StringType)
            .add("requests", DataTypes.LongType)
            .add("successes", DataTypes.LongType);

    @Override
    public String table() {
      return ResultTables.RESOURCE_STATUS;
    }

    @Override
    public StructType schema() {
      return SCHEMA;
    }

    @Override
    public Object[] values(ResourceStatusRecord r) {
      return new Object[] {
        r.resourceCode(),
        r.providerDeptCode(),
        r.shareType(),
        r.baseLibrary(),
        r.status(),
        r.requests(),
        r.successes()
      };
    }

    @Override
    public ResourceStatusRecord fromRow(Row r) {
      return new ResourceStatusRecord(
          Cells.str(r, "resource_code"),
          Cells.str(r, "provider_dept_code"),
          Cells.str(r, "share_type"),
          Cells.str(r, "base_library"),
          Cells.str(r, "status"),
          Cells.longOrZero(r, "requests"),
          Cells.longOrZero(r, "successes"));
    }
  }
}
