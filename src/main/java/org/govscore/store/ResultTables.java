package org.govscore.store;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** The tables of the results store (PRODUCT.md), with their exact columns and types. */
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

  private static final Map<String, StructType> SCHEMAS = new LinkedHashMap<>();

  static {
    DataType s = DataTypes.StringType;
    DataType d = DataTypes.DoubleType;
    DataType l = DataTypes.LongType;
    DataType i = DataTypes.IntegerType;
    SCHEMAS.put(
        INDICATORS,
        new StructType()
            .add("unit_type", s)
            .add("unit_code", s)
            .add("indicator", s)
            .add("numerator", d)
            .add("denominator", d)
            .add("value", d));
    SCHEMAS.put(
        CHECKS,
        new StructType()
            .add("unit_type", s)
            .add("unit_code", s)
            .add("check_id", s)
            .add("applicable", l)
            .add("passed", l));
    SCHEMAS.put(
        SCORES,
        new StructType()
            .add("unit_type", s)
            .add("unit_code", s)
            .add("unit_name", s)
            .add("level", s)
            .add("rank_group", s)
            .add("composite", d)
            .add("grade", s)
            .add("rank", i)
            .add("rank_p05", i)
            .add("rank_median", d)
            .add("rank_p95", i)
            .add("quadrant", s)
            .add("indicators_available", i));
    SCHEMAS.put(
        ITEM_STATUS,
        new StructType()
            .add("item_code", s)
            .add("dept_code", s)
            .add("status", s)
            .add("online_cases", l)
            .add("all_cases", l)
            .add("undeclared_online", DataTypes.BooleanType));
    SCHEMAS.put(
        RESOURCE_STATUS,
        new StructType()
            .add("resource_code", s)
            .add("provider_dept_code", s)
            .add("share_type", s)
            .add("base_library", s)
            .add("status", s)
            .add("requests", l)
            .add("successes", l));
    SCHEMAS.put(
        FINDINGS,
        new StructType()
            .add("unit_type", s)
            .add("unit_code", s)
            .add("kind", s)
            .add("subject_code", s)
            .add("metric", d)
            .add("detail", s));
    SCHEMAS.put(
        DATA_QUALITY,
        new StructType()
            .add("dataset", s)
            .add("rows_read", l)
            .add("rows_accepted", l)
            .add("rows_rejected", l)
            .add("duplicates_removed", l));
    SCHEMAS.put(
        REJECTS,
        new StructType()
            .add("dataset", s)
            .add("source", s)
            .add("row_ref", s)
            .add("reason", s)
            .add("excerpt", s));
  }

  private ResultTables() {}

  public static StructType schema(String table) {
    StructType t = SCHEMAS.get(table);
    if (t == null) {
      throw new IllegalArgumentException("Unknown results table '" + table + "'; known: " + ALL);
    }
    return t;
  }
}
