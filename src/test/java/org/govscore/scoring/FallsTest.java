package org.govscore.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.govscore.config.Period;
import org.govscore.contract.UnitKey;
import org.junit.jupiter.api.Test;

/** FALL findings: a value lower than in the previous period, beyond the rounding of doubles. */
class FallsTest {
  private static final UnitKey D1 = new UnitKey(UnitKey.DEPARTMENT, "D1");

  private static List<FindingRow> falls(Map<String, Double> before, Map<String, Double> now) {
    return Findings.falls(
        Period.parse("2026-Q2"), Period.parse("2026-Q3"), Map.of(D1, before), Map.of(D1, now));
  }

  @Test
  void theLastBitsOfRoundingAreNoFall() {
    // The same four members in another order: 100 * (0.1 + 0.2 + 0.3 + 0.4) / 4 = 25.0, and
    // 100 * (0.4 + 0.3 + 0.2 + 0.1) / 4 = 24.999999999999996.
    double q2 = 100 * (0.1 + 0.2 + 0.3 + 0.4) / 4;
    double q3 = 100 * (0.4 + 0.3 + 0.2 + 0.1) / 4;
    assertTrue(q3 < q2, "the doubles differ");
    assertEquals(List.of(), falls(Map.of("COMPOSITE", q2), Map.of("COMPOSITE", q3)));
    // SCR's numerator is a sum of p/a: 0.1 + 0.2 against 0.3
    assertEquals(List.of(), falls(Map.of("SCR", 0.1 + 0.2), Map.of("SCR", 0.3)));
  }

  @Test
  void aRealFallIsOneHoweverSmall() {
    List<FindingRow> f =
        falls(Map.of("COMPOSITE", 25.0, "SIR", 0.5), Map.of("COMPOSITE", 24.99, "SIR", 0.5));
    assertEquals(1, f.size());
    assertEquals("COMPOSITE", f.get(0).subjectCode());
    assertEquals(-0.01, f.get(0).metric(), 1e-12);
    assertEquals("COMPOSITE 25.00 in 2026-Q2 to 24.99 in 2026-Q3", f.get(0).detail());
    List<FindingRow> sir = falls(Map.of("SIR", 0.5), Map.of("SIR", 0.4999));
    assertEquals(-0.0001, sir.get(0).metric(), 1e-12);
  }

  @Test
  void aRiseOrAnEqualOrAMissingValueIsNoFall() {
    assertEquals(List.of(), falls(Map.of("SIR", 0.5), Map.of("SIR", 0.6)));
    assertEquals(List.of(), falls(Map.of("SIR", 0.5), Map.of("SIR", 0.5)));
    assertEquals(List.of(), falls(Map.of("SAT", 0.9), Map.of("SIR", 0.1)));
  }
}
