package org.govscore.store;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.types.StructType;

/**
 * The tables of the results store by name (README.md, "Results store"): the eight the specification
 * names, then govscore's additions; each table's columns and types are declared once, by its
 * record's codec.
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

  /** govscore's additions: the level shares and the catalogue names the report shows. */
  public static final String RATING_LEVELS = "rating_levels";

  public static final String CATALOGUE_NAMES = "catalogue_names";

  /**
   * The eight tables of the specification, exactly as it defines them (README.md, "Results store").
   */
  public static final List<String> PRODUCT =
      List.of(
          INDICATORS,
          CHECKS,
          SCORES,
          ITEM_STATUS,
          RESOURCE_STATUS,
          FINDINGS,
          DATA_QUALITY,
          REJECTS);

  /**
   * Tables beyond the specification's eight: a period written before them has none, and reads them
   * as empty.
   */
  public static final List<String> ADDITIONS = List.of(RATING_LEVELS, CATALOGUE_NAMES);

  /** Every table evaluate writes: the specification's eight, then the additions. */
  public static final List<String> ALL =
      Stream.concat(PRODUCT.stream(), ADDITIONS.stream()).toList();

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
            RejectRecord.CODEC,
            RatingLevelRecord.CODEC,
            CatalogueNameRecord.CODEC)) {
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
