package org.govscore.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Publishing external indicators: rows as given, the name shown, the order of the table. */
class ExternalIndicatorsTest {
  private static ExternalIndicators.Measure m(
      String type,
      String code,
      String id,
      String name,
      double value,
      Double num,
      Double den,
      String source) {
    return new ExternalIndicators.Measure(type, code, id, name, value, num, den, source);
  }

  @Test
  void rowsAreTheGivenValuesForTheUnitsThatHaveThem() {
    ExternalIndicators e =
        ExternalIndicators.of(
            Set.of("EGDI", "SURVEY", "OLD"),
            List.of(
                m("REGION", "511600", "EGDI", "电子政务发展指数", 0.7, 7.0, 10.0, "UN 2022"),
                m("DEPARTMENT", "D2", "SURVEY", "满意度", -0.25, null, null, "问卷"),
                m("DEPARTMENT", "D1", "EGDI", "电子政务发展指数", 0.8, null, null, "UN 2022")));
    assertEquals(
        List.of(
            new IndicatorRow("DEPARTMENT", "D1", "EGDI", null, null, 0.8),
            new IndicatorRow("REGION", "511600", "EGDI", 7.0, 10.0, 0.7),
            new IndicatorRow("DEPARTMENT", "D2", "SURVEY", null, null, -0.25)),
        e.rows());
    assertEquals(
        List.of(
            new ExternalIndicators.Published("EGDI", "电子政务发展指数", "UN 2022"),
            new ExternalIndicators.Published("SURVEY", "满意度", "问卷")),
        e.published());
    assertTrue(
        e.acceptedIds().contains("OLD"), "an id of another period is known (a member that is N/A)");
  }

  @Test
  void disagreeingNamesShowTheSmallestByCodePoint() {
    // U+FF21 (Ａ, BMP) is above U+1F600 in UTF-16 order (0xFF21 > 0xD83D) but below it by code point
    ExternalIndicators e =
        ExternalIndicators.of(
            Set.of("X"),
            List.of(
                m("DEPARTMENT", "D1", "X", "\uD83D\uDE00 index", 1, null, null, "b"),
                m("DEPARTMENT", "D2", "X", "\uFF21 index", 1, null, null, "a"),
                m("DEPARTMENT", "D3", "X", "\uFF21 indexes", 1, null, null, "c")));
    assertEquals(new ExternalIndicators.Published("X", "\uFF21 index", "a"), e.published().get(0));
    assertTrue("\uD83D\uDE00".compareTo("\uFF21") < 0, "String.compareTo would pick the emoji");
  }
}
