package org.govscore.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

class RepeatedValuesTest {
  private static List<Long> repeated(Long... ascending) {
    List<Long> out = new ArrayList<>();
    new RepeatedValues(List.of(ascending).iterator()).forEachRemaining(out::add);
    return out;
  }

  @Test
  void eachValueOccurringMoreThanOnceIsGivenOnce() {
    assertEquals(List.of(), repeated());
    assertEquals(List.of(), repeated(7L));
    assertEquals(List.of(), repeated(1L, 2L, 3L));
    assertEquals(List.of(7L), repeated(7L, 7L));
    assertEquals(List.of(1L, 3L), repeated(1L, 1L, 1L, 2L, 3L, 3L));
    assertEquals(List.of(5L), repeated(0L, 5L, 5L, 9L));
    assertEquals(
        List.of(Long.MIN_VALUE, Long.MAX_VALUE),
        repeated(Long.MIN_VALUE, Long.MIN_VALUE, -1L, 0L, Long.MAX_VALUE, Long.MAX_VALUE));
  }

  @Test
  void comparesValuesNotBoxes() {
    // Outside the Long cache (-128..127) equal values are distinct boxes.
    assertEquals(List.of(100_000L), repeated(Long.valueOf(100_000L), Long.valueOf(100_000L)));
  }

  @Test
  void anExhaustedIteratorSaysSo() {
    RepeatedValues none = new RepeatedValues(List.of(1L, 2L).iterator());
    assertFalse(none.hasNext());
    assertThrows(NoSuchElementException.class, none::next);
  }
}
