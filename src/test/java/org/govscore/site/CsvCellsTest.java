package org.govscore.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** CSV cells: RFC 4180 quoting, formula neutralisation for text, numbers untouched. */
class CsvCellsTest {
  @Test
  void textStartingAFormulaGetsAnApostrophe() {
    for (String s : new String[] {"=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"}) {
      assertEquals("'" + s, CsvCells.neutralised(s), s);
    }
    assertEquals(
        "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"",
        CsvCells.cell("=HYPERLINK(\"http://x\",\"y\")"));
    assertEquals("a-b", CsvCells.cell("a-b"));
  }

  @Test
  void numbersStayNumbersAndMissingIsEmpty() {
    assertEquals("-1.5", CsvCells.cell(-1.5));
    assertEquals("0.0001", CsvCells.cell(1.0E-4));
    assertEquals("84", CsvCells.cell(84.0));
    assertEquals("-3", CsvCells.cell(-3));
    assertEquals("", CsvCells.cell(null));
  }

  @Test
  void quotesWhereRfc4180Needs() {
    assertEquals(
        "a,\"b,c\",\"say \"\"hi\"\"\",\"x\ny\"\r\n",
        CsvCells.line(Arrays.asList("a", "b,c", "say \"hi\"", "x\ny")));
  }
}
