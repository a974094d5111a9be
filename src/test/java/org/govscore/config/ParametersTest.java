package org.govscore.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ParametersTest {
  @Test
  void defaultsOfTheMethodology() {
    Parameters p = Parameters.defaultsOnly();
    assertEquals(0.05, p.maxRejectShare());
    assertEquals(3, p.inclusionMinDepth());
    assertEquals(0.5, p.creditNoDemand());
    assertEquals(0.25, p.weight("SIR"));
    assertEquals(3, p.rankingMinIndicators());
    assertEquals(1000, p.uncertaintyDraws());
    assertEquals(2016L, p.uncertaintySeed());
    assertEquals("Asia/Shanghai", p.zone().getId());
    assertEquals(15, p.ratingsRectifyDays());
    assertEquals("15", p.asMap().get("ratings.rectify_days"));
  }

  @Test
  void rectifyDaysIsAnIntegerOfAtLeastZero() {
    assertEquals(0, Parameters.of(Map.of("ratings.rectify_days", "0")).ratingsRectifyDays());
    assertEquals(30, Parameters.of(Map.of("ratings.rectify_days", " 30 ")).ratingsRectifyDays());
    assertEquals("ratings.rectify_days must be >= 0, got -1", assertThrows(IllegalArgumentException.class,
        () -> Parameters.of(Map.of("ratings.rectify_days", "-1"))).getMessage());
    assertEquals("ratings.rectify_days must be an integer, got '7.5'", assertThrows(IllegalArgumentException.class,
        () -> Parameters.of(Map.of("ratings.rectify_days", "7.5"))).getMessage());
  }

  @Test
  void unknownNameIsNamed() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Parameters.of(Map.of("credit.nodemand", "0.5")));
    assertEquals(true, e.getMessage().startsWith("Unknown parameter 'credit.nodemand'; known: "));
  }

  @Test
  void badValuesAreNamed() {
    assertEquals("credit.no_demand must be between 0 and 1, got 1.5", assertThrows(IllegalArgumentException.class,
        () -> Parameters.of(Map.of("credit.no_demand", "1.5"))).getMessage());
    assertEquals("time.zone is not a time zone: 'Mars/Base'", assertThrows(IllegalArgumentException.class,
        () -> Parameters.of(Map.of("time.zone", "Mars/Base"))).getMessage());
    assertEquals("uncertainty.draws must be an integer, got 'many'", assertThrows(IllegalArgumentException.class,
        () -> Parameters.of(Map.of("uncertainty.draws", "many"))).getMessage());
  }
}
