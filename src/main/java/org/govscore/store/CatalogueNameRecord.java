package org.govscore.store;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * A row of catalogue_names (govscore's addition to the specification's tables): the name an
 * accepted catalogue row gives a service item or a resource, so report and site can show names
 * beside codes. Names are input text: templates escape them.
 *
 * @param kind {@link #SERVICE_ITEM} or {@link #RESOURCE}
 */
public record CatalogueNameRecord(String kind, String code, String name) {
  public static final String SERVICE_ITEM = "SERVICE_ITEM";
  public static final String RESOURCE = "RESOURCE";

  /** The table's codec: the only place its columns are named. */
  public static final TableCodec<CatalogueNameRecord> CODEC = new Codec();

  private static final class Codec implements TableCodec<CatalogueNameRecord> {
    private static final StructType SCHEMA =
        new StructType()
            .add("kind", DataTypes.StringType)
            .add("code", DataTypes.StringType)
            .add("name", DataTypes.StringType);

    @Override
    public String table() {
      return ResultTables.CATALOGUE_NAMES;
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
    public Object[] values(CatalogueNameRecord r) {
      return new Object[] {r.kind(), r.code(), r.name()};
    }

    @Override
    public CatalogueNameRecord fromRow(Row r) {
      return new CatalogueNameRecord(
          Cells.str(r, "kind"), Cells.str(r, "code"), Cells.str(r, "name"));
    }
  }
}
