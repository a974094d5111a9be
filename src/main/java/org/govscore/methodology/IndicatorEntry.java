package org.govscore.methodology;

import java.util.List;

/**
 * One built-in indicator: its published id, role, name and definition (numerator over denominator
 * in words) in both languages, unit, direction, the datasets without which it is N/A for every unit
 * (in data-contract order), and the docs/methodology.md section that defines it.
 *
 * @param needs empty for SCR, which needs only what its applicable checks need
 */
public record IndicatorEntry(
    String id,
    Role role,
    Text name,
    Text definition,
    MeasureUnit unit,
    Direction direction,
    List<Dataset> needs,
    String section) {
  public IndicatorEntry {
    needs = List.copyOf(needs);
  }

  /** A v1 headline indicator: a default composite member. */
  public boolean headline() {
    return role == Role.HEADLINE;
  }
}
