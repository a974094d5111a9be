package org.govscore.validation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.expressions.GenericInternalRow;
import org.junit.jupiter.api.Test;

class RepeatedValuesTest {
  private static long[] repeated(long... values) {
    return RepeatedValues.repeated(values.clone(), values.length);
  }

  @Test
  void eachValueOccurringMoreThanOnceIsGivenOnceAscending() {
    assertArrayEquals(new long[] {}, repeated());
    assertArrayEquals(new long[] {}, repeated(7L));
    assertArrayEquals(new long[] {}, repeated(3L, 1L, 2L));
    assertArrayEquals(new long[] {7L}, repeated(7L, 7L));
    assertArrayEquals(new long[] {1L, 3L}, repeated(3L, 1L, 2L, 1L, 3L, 1L));
    assertArrayEquals(new long[] {5L}, repeated(5L, 0L, 9L, 5L));
    assertArrayEquals(
        new long[] {Long.MIN_VALUE, Long.MAX_VALUE},
        repeated(Long.MAX_VALUE, Long.MIN_VALUE, -1L, 0L, Long.MIN_VALUE, Long.MAX_VALUE));
  }

  @Test
  void onlyTheFirstCountValuesAreRead() {
    // The 9s past the count are not values of the partition.
    assertArrayEquals(new long[] {2L}, RepeatedValues.repeated(new long[] {2L, 1L, 2L, 9L, 9L}, 3));
  }

  @Test
  void manyRepeatsAreAllGivenInOrder() {
    long[] values = new long[40];
    for (int i = 0; i < 40; i++) {
      values[i] = 100_000L + i / 2;
    }
    long[] expected = new long[20];
    for (int i = 0; i < 20; i++) {
      expected[i] = 100_000L + i;
    }
    assertArrayEquals(expected, repeated(values));
  }

  @Test
  void aPartitionsRowsAreReadFromColumnZeroPastTheFirstArray() {
    List<InternalRow> rows = new ArrayList<>();
    for (long i = 0; i < 3000; i++) {
      rows.add(new GenericInternalRow(new Object[] {i % 1500 == 7 ? 7L : i}));
    }
    List<Long> out = new ArrayList<>();
    RepeatedValues.ofRows(rows.iterator()).forEachRemaining(out::add);
    assertEquals(List.of(7L), out);
  }

  @Test
  void aCountOutsideTheArrayIsRefusedByName() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> RepeatedValues.repeated(new long[2], 3));
    assertEquals("count must be between 0 and 2, not 3", e.getMessage());
  }
}
