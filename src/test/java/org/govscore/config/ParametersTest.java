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
    assertEquals(
        "ratings.rectify_days must be >= 0, got -1",
        assertThrows(
                IllegalArgumentException.class,
                () -> Parameters.of(Map.of("ratings.rectify_days", "-1")))
            .getMessage());
    assertEquals(
        "ratings.rectify_days must be an integer, got '7.5'",
        assertThrows(
                IllegalArgumentException.class,
                () -> Parameters.of(Map.of("ratings.rectify_days", "7.5")))
            .getMessage());
  }

  @Test
  void unknownNameIsNamed() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> Parameters.of(Map.of("credit.nodemand", "0.5")));
    assertEquals(true, e.getMessage().startsWith("Unknown parameter 'credit.nodemand'; known: "));
  }

  @Test
  void badValuesAreNamed() {
    assertEquals(
        "credit.no_demand must be between 0 and 1, got 1.5",
        assertThrows(
                IllegalArgumentException.class,
                () -> Parameters.of(Map.of("credit.no_demand", "1.5")))
            .getMessage());
    assertEquals(
        "time.zone is not a time zone: 'Mars/Base'",
        assertThrows(
                IllegalArgumentException.class,
                () -> Parameters.of(Map.of("time.zone", "Mars/Base")))
            .getMessage());
    assertEquals(
        "uncertainty.draws must be an integer, got 'many'",
        assertThrows(
                IllegalArgumentException.class,
                () -> Parameters.of(Map.of("uncertainty.draws", "many")))
            .getMessage());
  }

  private static String error(String... keyValues) {
    Map<String, String> m = new java.util.LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      m.put(keyValues[i], keyValues[i + 1]);
    }
    return assertThrows(IllegalArgumentException.class, () -> Parameters.of(m)).getMessage();
  }

  @Test
  void compositeDefaultsAreV1() {
    Parameters p = Parameters.defaultsOnly();
    assertEquals(java.util.List.of("SIR", "RSR", "BCR", "SCR"), p.compositeMembers());
    assertEquals(CompositeNormalization.NONE, p.normalization());
    assertEquals(CompositeAggregation.ARITHMETIC, p.aggregation());
    assertEquals(100.0, p.compositeScale());
    assertEquals(2, p.rankingDecimals());
    // v1's published weights stand where they stood, with v1's text
    java.util.List<String> keys = new java.util.ArrayList<>(p.asMap().keySet());
    assertEquals(
        java.util.List.of(
            "time.zone",
            "time.calendar",
            "validation.max_reject_share",
            "inclusion.min_depth",
            "credit.no_demand",
            "ratings.rectify_days",
            "weights.SIR",
            "weights.RSR",
            "weights.BCR",
            "weights.SCR",
            "ranking.min_indicators",
            "grades.very_high",
            "grades.high",
            "grades.medium",
            "uncertainty.draws",
            "uncertainty.seed",
            "quadrant.x",
            "quadrant.y",
            "composite.members",
            "composite.normalization",
            "composite.aggregation",
            "composite.scale",
            "ranking.decimals"),
        keys);
    assertEquals("0.25", p.asMap().get("weights.SCR"));
  }

  @Test
  void unsetWeightIsOneOverMembersEvenWhenOthersAreSet() {
    Parameters p =
        Parameters.of(
            Map.of(
                "composite.members",
                "SIR, BCR,EGDI",
                "weights.EGDI",
                "2",
                "ranking.min_indicators",
                "2"));
    assertEquals(java.util.List.of("SIR", "BCR", "EGDI"), p.compositeMembers());
    assertEquals(1.0 / 3, p.weight("SIR"));
    assertEquals(2.0, p.weight("EGDI"));
    assertEquals("0.3333333333333333", p.asMap().get("weights.BCR"));
    assertEquals(false, p.asMap().containsKey("weights.RSR"), "a non-member shows no weight");
    // a target for a non-member is ignored
    assertEquals(0.9, Parameters.of(Map.of("targets.RSR", "0.9")).target("RSR"));
    assertEquals(
        0.5,
        Parameters.defaultsOnly()
            .with("weights.SIR", "0.5")
            .with("weights.BCR", "0.1")
            .weight("SIR"));
  }

  @Test
  void compositeUsageErrorsNameKeyAndValue() {
    assertEquals(
        "composite.members has an empty member: 'SIR,,RSR'",
        error("composite.members", "SIR,,RSR"));
    assertEquals(
        "composite.members is empty; list at least one indicator id",
        error("composite.members", " "));
    assertEquals(
        "composite.members repeats member SIR: 'SIR,RSR,SIR'",
        error("composite.members", "SIR,RSR,SIR", "ranking.min_indicators", "1"));
    assertEquals(
        "composite.members names an unknown indicator 'sir'",
        error("composite.members", "sir,RSR"));
    assertEquals("weights.BCR must be > 0, got 0", error("weights.BCR", "0"));
    assertEquals("weights.BCR must be > 0, got -0.5", error("weights.BCR", "-0.5"));
    assertEquals(
        "weights.SAT=0.3 is set but SAT is not a composite member (composite.members=SIR,RSR,BCR,SCR)",
        error("weights.SAT", "0.3"));
    assertEquals(
        "composite.normalization=TARGET needs targets.RSR > 0 for member RSR, got none",
        error(
            "composite.normalization",
            "TARGET",
            "targets.SIR",
            "0.9",
            "targets.BCR",
            "1",
            "targets.SCR",
            "1"));
    assertEquals(
        "targets.SIR must be > 0, got 0",
        error(
            "composite.normalization",
            "TARGET",
            "targets.SIR",
            "0",
            "targets.RSR",
            "1",
            "targets.BCR",
            "1",
            "targets.SCR",
            "1"));
    assertEquals(
        "composite.aggregation=GEOMETRIC cannot be used with composite.normalization=Z_SCORE"
            + " (z values are negative)",
        error("composite.aggregation", "GEOMETRIC", "composite.normalization", "Z_SCORE"));
    assertEquals(
        "composite.normalization must be one of NONE, MIN_MAX, TARGET, Z_SCORE, got 'ZSCORE'",
        error("composite.normalization", "ZSCORE"));
    assertEquals(
        "composite.aggregation must be one of ARITHMETIC, GEOMETRIC, got 'harmonic'",
        error("composite.aggregation", "harmonic"));
    assertEquals("ranking.decimals must be 0..15, got 16", error("ranking.decimals", "16"));
    assertEquals("ranking.decimals must be 0..15, got -1", error("ranking.decimals", "-1"));
    assertEquals(
        "ranking.decimals must be an integer, got '2.5'", error("ranking.decimals", "2.5"));
    assertEquals("composite.scale must be > 0, got 0", error("composite.scale", "0"));
    assertEquals(
        "ranking.min_indicators must be 0..2 (the number of composite members), got 3",
        error("composite.members", "SIR,RSR"));
    assertEquals(
        "ranking.min_indicators must be an integer, got '1.5'",
        error("ranking.min_indicators", "1.5"));
    assertEquals(
        "grades.very_high=90 exceeds composite.scale=1; grade thresholds are on the composite's scale",
        error("composite.scale", "1"));
    assertEquals(
        "grades must satisfy very_high >= high >= medium, got 0.5, 0.75, 0.25",
        error(
            "composite.scale",
            "1",
            "grades.very_high",
            "0.5",
            "grades.high",
            "0.75",
            "grades.medium",
            "0.25"));
    assertEquals(
        true, error("weights.sat", "1").startsWith("Unknown parameter 'weights.sat'; known: "));
  }

  @Test
  void boundariesThatAreAllowed() {
    assertEquals(0, Parameters.of(Map.of("ranking.min_indicators", "0")).rankingMinIndicators());
    assertEquals(4, Parameters.of(Map.of("ranking.min_indicators", "4")).rankingMinIndicators());
    assertEquals(15, Parameters.of(Map.of("ranking.decimals", "15")).rankingDecimals());
    assertEquals(0, Parameters.of(Map.of("ranking.decimals", "0")).rankingDecimals());
    Parameters unit =
        Parameters.of(
            Map.of(
                "composite.scale",
                "1",
                "grades.very_high",
                "1",
                "grades.high",
                "0.5",
                "grades.medium",
                "0.25"));
    assertEquals(1.0, unit.compositeScale());
  }

  @Test
  void unknownMembersAreNamedOnceTheInputsAreKnown() {
    Parameters p =
        Parameters.of(Map.of("composite.members", "SIR,EGDI", "ranking.min_indicators", "1"));
    p.requireKnownMembers(java.util.Set.of("SIR", "EGDI"));
    assertEquals(
        "composite.members names an unknown indicator 'EGDI'; known: BCR, SIR",
        assertThrows(
                IllegalArgumentException.class,
                () -> p.requireKnownMembers(java.util.Set.of("SIR", "BCR")))
            .getMessage());
  }
}
