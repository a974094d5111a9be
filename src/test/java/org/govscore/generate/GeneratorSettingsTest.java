package org.govscore.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.govscore.config.Period;
import org.junit.jupiter.api.Test;

class GeneratorSettingsTest {

  @Test
  void defaultsAreTheDocumentedOnes() {
    GeneratorSettings s = GeneratorSettings.defaults();
    assertEquals(40, s.departments());
    assertEquals(2000, s.cases());
    assertEquals(10000, s.exchanges());
    assertEquals(2016, s.seed());
    assertEquals(List.of(Period.parse("2026-Q2"), Period.parse("2026-Q3")), s.periods());
    assertEquals(OutputFormat.PARQUET, s.format());
    assertEquals(0.004, s.badRowShare());
  }

  @Test
  void invalidValuesAreRejectedWithTheValueInTheMessage() {
    GeneratorSettings s = GeneratorSettings.defaults();
    assertMessage("0", () -> s.withDepartments(0));
    assertMessage("-3", () -> s.withCases(-3));
    assertMessage("0", () -> s.withExchanges(0));
    assertMessage("0.5", () -> s.withBadRowShare(0.5));
    assertMessage("NaN", () -> s.withBadRowShare(Double.NaN));
    assertMessage("2026-Q5", () -> GeneratorSettings.parsePeriods("2026-Q2,2026-Q5"));
    assertMessage("xml", () -> OutputFormat.parse("xml"));
  }

  @Test
  void periodsAreSortedAndMustNotOverlap() {
    GeneratorSettings s =
        GeneratorSettings.defaults()
            .withPeriods(GeneratorSettings.parsePeriods("2026-Q3, 2026-Q2"));
    assertEquals("2026-Q2", s.periods().get(0).label());
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> s.withPeriods(GeneratorSettings.parsePeriods("2026,2026-Q2")));
    assertTrue(e.getMessage().contains("overlap"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> s.withPeriods(List.of()));
  }

  @Test
  void formatsParseFromTheirFlags() {
    assertEquals(OutputFormat.CSV, OutputFormat.parse("csv"));
    assertEquals(OutputFormat.JSONL, OutputFormat.parse("JSONL"));
    assertEquals(OutputFormat.PARQUET, OutputFormat.parse("parquet"));
  }

  private static void assertMessage(String value, org.junit.jupiter.api.function.Executable call) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
    assertTrue(e.getMessage().contains(value), e.getMessage());
  }
}
