package org.govscore.validation;

import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The values that occur more than once in an ascending sequence, each once: equal values are
 * adjacent, so one look back suffices and nothing is held but the current run.
 */
final class RepeatedValues implements Iterator<Long> {
  private final Iterator<Long> ascending;
  private Long pending;
  private Long next;

  RepeatedValues(Iterator<Long> ascending) {
    this.ascending = ascending;
    this.pending = ascending.hasNext() ? ascending.next() : null;
    advance();
  }

  private void advance() {
    next = null;
    while (pending != null && next == null) {
      long value = pending;
      boolean repeated = false;
      pending = null;
      while (ascending.hasNext()) {
        Long v = ascending.next();
        if (v != value) {
          pending = v;
          break;
        }
        repeated = true;
      }
      if (repeated) {
        next = value;
      }
    }
  }

  @Override
  public boolean hasNext() {
    return next != null;
  }

  @Override
  public Long next() {
    if (next == null) {
      throw new NoSuchElementException();
    }
    Long out = next;
    advance();
    return out;
  }
}
