package org.govscore.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;

/**
 * SHA-256 of a table's rows in canonical order (sorted by every column, nulls first), each row
 * rendered as tab-separated values with a fixed rendering of nulls and numbers, after a header of
 * the column names. The manifest records it so two runs can be compared.
 */
final class ContentHash {
  private final MessageDigest sha;
  private final StringBuilder line = new StringBuilder();
  private long rows;

  private ContentHash(String[] columns) {
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    sha.update(String.join("\t", columns).getBytes(StandardCharsets.UTF_8));
    sha.update((byte) '\n');
  }

  /** Streams partition by partition, so the driver never holds the table. */
  static Manifest.TableInfo of(Dataset<Row> table) {
    ContentHash hash = new ContentHash(table.columns());
    Column[] order = Arrays.stream(table.columns()).map(functions::col).toArray(Column[]::new);
    Iterator<Row> it = table.orderBy(order).toLocalIterator();
    Object[] values = new Object[table.columns().length];
    while (it.hasNext()) {
      Row r = it.next();
      for (int i = 0; i < values.length; i++) {
        values[i] = r.get(i);
      }
      hash.add(values);
    }
    return hash.result();
  }

  /** The same hash of records held in memory (the in-memory store). */
  static <T> Manifest.TableInfo of(TableCodec<T> table, List<T> records) {
    return ofValues(table, records.stream().map(table::values).sorted(CANONICAL).toList());
  }

  /** The same hash of rows' values (in store column order) already in canonical order. */
  static Manifest.TableInfo ofValues(TableCodec<?> table, List<Object[]> canonicalRows) {
    ContentHash hash = new ContentHash(table.schema().fieldNames());
    canonicalRows.forEach(hash::add);
    return hash.result();
  }

  /** Spark's ascending order on every column: nulls first, strings by UTF-8 bytes. */
  static final Comparator<Object[]> CANONICAL =
      (a, b) -> {
        for (int i = 0; i < a.length; i++) {
          int c = compare(a[i], b[i]);
          if (c != 0) {
            return c;
          }
        }
        return 0;
      };

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static int compare(Object x, Object y) {
    if (x == null || y == null) {
      return x == null ? (y == null ? 0 : -1) : 1;
    }
    if (x instanceof Double a && y instanceof Double b && a == 0.0 && b == 0.0) {
      return 0; // Spark orders -0.0 and 0.0 as equal
    }
    if (x instanceof String s && y instanceof String t) {
      return compareUtf8(s, t);
    }
    return ((Comparable) x).compareTo(y);
  }

  /**
   * The order of the strings' UTF-8 bytes, which is the order of their code points, without
   * encoding them: sorting a table's rows compares strings millions of times.
   */
  static int compareUtf8(String s, String t) {
    int n = Math.min(s.length(), t.length());
    for (int i = 0; i < n; i++) {
      char a = s.charAt(i);
      char b = t.charAt(i);
      if (a != b) {
        // A surrogate (part of a code point above U+FFFF) sorts after every other char.
        if (Character.isSurrogate(a) || Character.isSurrogate(b)) {
          return Integer.compare(s.codePointAt(i), t.codePointAt(i));
        }
        return Character.compare(a, b);
      }
    }
    return Integer.compare(s.length(), t.length());
  }

  private void add(Object[] values) {
    line.setLength(0);
    for (int i = 0; i < values.length; i++) {
      if (i > 0) {
        line.append('\t');
      }
      line.append(render(values[i]));
    }
    line.append('\n');
    sha.update(line.toString().getBytes(StandardCharsets.UTF_8));
    rows++;
  }

  private Manifest.TableInfo result() {
    return new Manifest.TableInfo(rows, HexFormat.of().formatHex(sha.digest()));
  }

  private static String render(Object v) {
    if (v == null) {
      return "\\N";
    }
    if (v instanceof Double d) {
      return Double.toString(d);
    }
    if (v instanceof List<?> l) {
      return l.toString();
    }
    return v.toString().replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n");
  }
}
