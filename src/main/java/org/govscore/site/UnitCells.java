package org.govscore.site;

import org.govscore.render.text.Vocabulary;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.govscore.metrics.Methodology;
import org.govscore.render.results.IndicatorValue;
import org.govscore.render.results.UnitScore;
import org.govscore.render.text.Formats;
import org.govscore.site.model.Cell;

/**
 * The cells of a unit's row in one period, shared by rankings and unit histories. Missing values
 * get an empty sort key (they sort last) and the text "N/A" or "Insufficient data", never 0.
 */
final class UnitCells {
  private final Vocabulary words;
  private final Formats fmt;

  UnitCells(Vocabulary words, Formats fmt) {
    this.words = words;
    this.fmt = fmt;
  }

  Cell rank(UnitScore s) {
    return s == null || s.rank() == null ? new Cell(fmt.na(), "") : new Cell(String.valueOf(s.rank()), key(s.rank()));
  }

  Cell grade(UnitScore s) {
    if (s == null) {
      return new Cell(fmt.na(), "");
    }
    return new Cell(words.grade(s.grade()), s.composite() == null ? "" : key(s.composite()));
  }

  Cell composite(UnitScore s) {
    if (s == null) {
      return new Cell(fmt.na(), "");
    }
    return new Cell(fmt.composite(s.composite()), key(s.composite()));
  }

  Cell interval(UnitScore s) {
    if (s == null) {
      return new Cell(fmt.na(), "");
    }
    return new Cell(fmt.interval(s.rankP05(), s.rankP95()), key(s.rankP05()));
  }

  Cell change(Double change) {
    return new Cell(fmt.compositeChange(change), key(change));
  }

  Cell percent(Double ratio) {
    return new Cell(fmt.percent(ratio), key(ratio));
  }

  /** The four headline indicators in METHODOLOGY.md order. */
  List<Cell> headline(Map<String, IndicatorValue> values) {
    List<Cell> out = new ArrayList<>();
    for (String id : Methodology.HEADLINE_IDS) {
      IndicatorValue v = values.get(id);
      out.add(percent(v == null ? null : v.value()));
    }
    return out;
  }

  static String gradeCode(UnitScore s) {
    return s == null || s.grade() == null ? "NONE" : s.grade();
  }

  /** Composite change between two scores, when both have one. */
  static Double change(UnitScore now, UnitScore before) {
    if (now == null || before == null || now.composite() == null || before.composite() == null) {
      return null;
    }
    return now.composite() - before.composite();
  }

  private static String key(Number n) {
    return n == null || (n instanceof Double d && d.isNaN()) ? "" : n.toString();
  }
}
