package org.govscore.site;

import java.math.BigDecimal;
import java.util.List;

/**
 * CSV for spreadsheets, RFC 4180: comma separated, CRLF line ends, a field quoted when it holds a
 * comma, quote, CR or LF, quotes doubled. A text cell beginning with {@code = + - @}, a tab or a CR
 * gets a leading apostrophe, so a name such as {@code =HYPERLINK(...)} stays text in Excel or
 * LibreOffice instead of running as a formula. Numbers are written as numbers, never prefixed, and
 * a missing value is an empty cell (never 0).
 */
final class CsvCells {
  private CsvCells() {}

  static String line(List<Object> cells) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        b.append(',');
      }
      b.append(cell(cells.get(i)));
    }
    return b.append("\r\n").toString();
  }

  static String cell(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof Number n) {
      return number(n);
    }
    return quoted(neutralised(value.toString()));
  }

  /** Plain decimal notation (no exponent), so every spreadsheet reads the same number. */
  static String number(Number n) {
    if (n instanceof Double d) {
      return d.isNaN() || d.isInfinite()
          ? ""
          : BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }
    return n.toString();
  }

  static String neutralised(String text) {
    if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
      return "'" + text;
    }
    return text;
  }

  private static String quoted(String text) {
    if (text.indexOf(',') < 0
        && text.indexOf('"') < 0
        && text.indexOf('\r') < 0
        && text.indexOf('\n') < 0) {
      return text;
    }
    return '"' + text.replace("\"", "\"\"") + '"';
  }
}
