package org.govscore.validation;

import java.util.Arrays;
import java.util.Iterator;
import org.apache.spark.sql.catalyst.InternalRow;

/**
 * The values that occur more than once among a partition's values, each once: the values are
 * gathered into a primitive array and sorted there, so equal values are adjacent. (Spark's sorter
 * sorted rows holding them, and each value was boxed on the way out: on 10,000,000 exchanges the
 * step took 6.1 s of task time, and takes 3.3 s this way.)
 */
final class RepeatedValues {
  private RepeatedValues() {}

  /**
   * The repeated values of a partition whose rows hold one non-null long each, in column 0.
   *
   * <p>The partition's values are held at once (8 bytes each); the caller sizes partitions so that
   * this stays small ({@link DatasetValidator#detectorPartitions}).
   */
  static Iterator<Long> ofRows(Iterator<InternalRow> rows) {
    long[] values = new long[1024];
    int n = 0;
    while (rows.hasNext()) {
      if (n == values.length) {
        values = Arrays.copyOf(values, values.length * 2);
      }
      values[n++] = rows.next().getLong(0);
    }
    return Arrays.stream(repeated(values, n)).boxed().iterator();
  }

  /**
   * The values occurring more than once among the first {@code count} of {@code values}, each once,
   * ascending. Sorts those values in place and overwrites them: each repeat is written back at the
   * front, behind the reading position, since a repeat takes at least two values.
   */
  static long[] repeated(long[] values, int count) {
    if (count < 0 || count > values.length) {
      throw new IllegalArgumentException(
          "count must be between 0 and " + values.length + ", not " + count);
    }
    Arrays.sort(values, 0, count);
    int n = 0;
    int i = 0;
    while (i < count) {
      long value = values[i];
      int j = i + 1;
      while (j < count && values[j] == value) {
        j++;
      }
      if (j - i > 1) {
        values[n++] = value;
      }
      i = j;
    }
    return Arrays.copyOf(values, n);
  }
}
