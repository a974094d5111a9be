package org.govscore.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.govscore.render.text.Formats;
import org.govscore.render.text.Vocabulary;
import org.govscore.site.model.Cell;
import org.govscore.site.model.Pages.Name;
import org.govscore.store.IndicatorRecord;
import org.govscore.store.ScoreRecord;

/**
 * The cells of a unit's row in one period, shared by rankings and unit histories. Missing values
 * get an empty sort key (they sort last) and the text "N/A" or "Insufficient data", never 0.
 */
final class UnitCells {
  private final Vocabulary words;
  private final Formats fmt;
  private final String pageLang;

  UnitCells(Vocabulary words, Formats fmt) {
    this.words = words;
    this.fmt = fmt;
    this.pageLang = words.messages().locale().toLanguageTag();
  }

  /**
   * A unit's name with its language. The inputs carry one name per unit, in Chinese (the data
   * contract has no English name): on an English page a name with Chinese characters is marked
   * {@code lang="zh-CN"}, so screen readers and fonts treat it as Chinese; it is not translated.
   */
  Name name(ScoreRecord s) {
    return name(s.displayName());
  }

  Name name(String text) {
    boolean han =
        text != null
            && text.codePoints()
                .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    return new Name(text, han && !pageLang.startsWith("zh") ? "zh-CN" : null);
  }

  Cell rank(ScoreRecord s) {
    return s == null || s.rank() == null
        ? new Cell(fmt.na(), "")
        : new Cell(String.valueOf(s.rank()), key(s.rank()));
  }

  /** "4 of 12": the rank within the group's ranked units. */
  Cell rankOf(ScoreRecord s, int ranked) {
    if (s == null || s.rank() == null) {
      return new Cell(fmt.na(), "");
    }
    return new Cell(
        words.messages().format("site.rankOf", String.valueOf(s.rank()), String.valueOf(ranked)),
        key(s.rank()));
  }

  Cell grade(ScoreRecord s) {
    if (s == null) {
      return new Cell(fmt.na(), "");
    }
    return new Cell(words.grade(s.grade()), s.composite() == null ? "" : key(s.composite()));
  }

  Cell composite(ScoreRecord s) {
    if (s == null) {
      return new Cell(fmt.na(), "");
    }
    return composite(s.composite());
  }

  Cell composite(Double value) {
    return new Cell(fmt.composite(value), key(value));
  }

  Cell interval(ScoreRecord s) {
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

  /** The value of an indicator in its unit: latency in ms, every other indicator a percentage. */
  Cell value(String id, Double value) {
    return id.startsWith("LAT_") ? new Cell(fmt.millis(value), key(value)) : percent(value);
  }

  /** The composite's members, in the manifest's order. */
  List<Cell> members(List<String> ids, Map<String, IndicatorRecord> values) {
    List<Cell> out = new ArrayList<>();
    for (String id : ids) {
      IndicatorRecord v = values.get(id);
      out.add(value(id, v == null ? null : v.value()));
    }
    return out;
  }

  List<Cell> medians(List<String> ids, Map<String, Double> medians) {
    List<Cell> out = new ArrayList<>();
    for (String id : ids) {
      out.add(value(id, medians.get(id)));
    }
    return out;
  }

  static String gradeCode(ScoreRecord s) {
    return s == null || s.grade() == null ? "NONE" : s.grade();
  }

  /** Composite change between two scores, when both have one. */
  static Double change(ScoreRecord now, ScoreRecord before) {
    if (now == null || before == null || now.composite() == null || before.composite() == null) {
      return null;
    }
    return now.composite() - before.composite();
  }

  private static String key(Number n) {
    return n == null || (n instanceof Double d && d.isNaN()) ? "" : n.toString();
  }
}
