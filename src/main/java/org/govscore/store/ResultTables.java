package org.govscore.store;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.types.StructType;

/**
 * The tables of the results store (README.md, "Results store") by name; each table's columns and
 * types are declared once, by its record's codec.
 */
public final class ResultTables {
  public static final String INDICATORS = "indicators";
  public static final String CHECKS = "checks";
  public static final String SCORES = "scores";
  public static final String ITEM_STATUS = "item_status";
  public static final String RESOURCE_STATUS = "resource_status";
  public static final String FINDINGS = "findings";
  public static final String DATA_QUALITY = "data_quality";
  public static final String REJECTS = "rejects";

  public static final List<String> ALL =
      List.of(
          INDICATORS,
          CHECKS,
          SCORES,
          ITEM_STATUS,
          RESOURCE_STATUS,
          FINDINGS,
          DATA_QUALITY,
          REJECTS);

  private static final Map<String, TableCodec<?>> CODECS = new LinkedHashMap<>();

  static {
    for (TableCodec<?> c :
        List.of(
            IndicatorRecord.CODEC,
            CheckRecord.CODEC,
            ScoreRecord.CODEC,
            ItemStatusRecord.CODEC,
            ResourceStatusRecord.CODEC,
            FindingRecord.CODEC,
            DataQualityRecord.CODEC,
            RejectRecord.CODEC)) {
      CODECS.put(c.table(), c);
    }
  }

  private ResultTables() {}

  public static StructType schema(String table) {
    return codec(table).schema();
  }

  /** The codec of a table by its name. */
  public static TableCodec<?> codec(String table) {
    TableCodec<?> c = CODECS.get(table);
    if (c == null) {
      throw new IllegalArgumentException("Unknown results table '" + table + "'; known: " + ALL);
    }
    return c;
  }
}
