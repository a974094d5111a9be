package org.govscore.store;

import java.util.Arrays;
import org.apache.spark.sql.Row;

/**
 * Null-aware reads of a results row by column name, for the codecs only. A column the row does not
 * have (a file written before the column existed) reads as null.
 */
final class Cells {
  private Cells() {}

  private static int index(Row r, String column) {
    return r.schema() == null || Arrays.asList(r.schema().fieldNames()).contains(column)
        ? r.fieldIndex(column)
        : -1;
  }

  static String str(Row r, String column) {
    int i = index(r, column);
    return i < 0 || r.isNullAt(i) ? null : r.getString(i);
  }

  static Double dbl(Row r, String column) {
    int i = index(r, column);
    return i < 0 || r.isNullAt(i) ? null : r.getDouble(i);
  }

  static Integer integer(Row r, String column) {
    int i = index(r, column);
    return i < 0 || r.isNullAt(i) ? null : r.getInt(i);
  }

  static int intOrZero(Row r, String column) {
    Integer v = integer(r, column);
    return v == null ? 0 : v;
  }

  static long longOrZero(Row r, String column) {
    int i = index(r, column);
    return i < 0 || r.isNullAt(i) ? 0L : r.getLong(i);
  }

  static boolean isTrue(Row r, String column) {
    int i = index(r, column);
    return i >= 0 && !r.isNullAt(i) && r.getBoolean(i);
  }
}
