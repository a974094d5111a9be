package org.govscore.render.results;

import org.apache.spark.sql.Row;

/**
 * Null-aware reads of a results row by column name (the store's schema is fixed, nulls mean N/A).
 */
final class Cells {
  private Cells() {}

  static String str(Row r, String column) {
    int i = r.fieldIndex(column);
    return r.isNullAt(i) ? null : r.getString(i);
  }

  static Double dbl(Row r, String column) {
    int i = r.fieldIndex(column);
    return r.isNullAt(i) ? null : r.getDouble(i);
  }

  static Integer integer(Row r, String column) {
    int i = r.fieldIndex(column);
    return r.isNullAt(i) ? null : r.getInt(i);
  }

  static int intOrZero(Row r, String column) {
    Integer v = integer(r, column);
    return v == null ? 0 : v;
  }

  static long longOrZero(Row r, String column) {
    int i = r.fieldIndex(column);
    return r.isNullAt(i) ? 0L : r.getLong(i);
  }
}
