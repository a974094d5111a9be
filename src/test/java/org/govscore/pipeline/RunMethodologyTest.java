package org.govscore.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.govscore.config.Parameters;
import org.govscore.metrics.ExternalIndicators;
import org.govscore.metrics.Methodology;
import org.govscore.store.Manifest;
import org.govscore.store.ManifestJson;
import org.junit.jupiter.api.Test;

/** The manifest's methodology block as evaluate writes it, read back as report and site read it. */
class RunMethodologyTest {
  private static Manifest roundTrip(Manifest.MethodologyInForce methodology) {
    Manifest written =
        new Manifest(
            "govscore",
            "test",
            "2026-Q3",
            null,
            Map.of(),
            List.of(),
            List.of(),
            methodology,
            Map.of(),
            null,
            null,
            null,
            null,
            Map.of(),
            null,
            Map.of());
    return ManifestJson.read(ManifestJson.write(written));
  }

  @Test
  void defaultsDescribeV1sComposite() throws Exception {
    Manifest.MethodologyInForce block =
        RunMethodology.of(Parameters.defaultsOnly(), new Methodology(), ExternalIndicators.none());
    Manifest.MethodologyInForce m = roundTrip(block).methodology();
    assertEquals(Methodology.INDICATOR_IDS, m.indicators());
    assertEquals(
        List.of(
            "EX_SUBJECT_ID",
            "EX_EXTRANET",
            "EX_CATALOGUED",
            "EX_PROVIDER_MATCH",
            "EX_STANDARD",
            "CAT_TIME_LIMITS",
            "CAT_REQUIREMENTS",
            "CAT_STANDARD",
            "CAT_NOT_SHARED_BASIS",
            "CASE_ITEM"),
        m.checks());
    assertEquals(
        new Manifest.Composite(
            List.of("SIR", "RSR", "BCR", "SCR"),
            Map.of("SIR", 0.25, "RSR", 0.25, "BCR", 0.25, "SCR", 0.25),
            "NONE",
            "ARITHMETIC",
            100.0,
            2,
            3,
            Map.of(),
            90.0,
            80.0,
            65.0),
        m.composite());
    assertEquals(List.of(), m.external());
  }

  @Test
  void configuredCompositeAndExternalIndicators() throws Exception {
    Parameters p =
        Parameters.of(
            Map.ofEntries(
                Map.entry("composite.members", "PROV_A,SIR"),
                Map.entry("weights.PROV_A", "3"),
                Map.entry("composite.normalization", "TARGET"),
                Map.entry("targets.PROV_A", "0.8"),
                Map.entry("targets.SIR", "0.9"),
                Map.entry("targets.BCR", "0.5"),
                Map.entry("composite.scale", "1"),
                Map.entry("ranking.decimals", "4"),
                Map.entry("ranking.min_indicators", "1"),
                Map.entry("grades.very_high", "0.75"),
                Map.entry("grades.high", "0.5"),
                Map.entry("grades.medium", "0.25")));
    ExternalIndicators ext = ExternalIndicators.read(null, null);
    Manifest.MethodologyInForce m =
        roundTrip(RunMethodology.of(p, new Methodology(), ext)).methodology();
    assertEquals(
        new Manifest.Composite(
            List.of("PROV_A", "SIR"),
            Map.of("PROV_A", 3.0, "SIR", 0.5),
            "TARGET",
            "ARITHMETIC",
            1.0,
            4,
            1,
            Map.of("PROV_A", 0.8, "SIR", 0.9),
            0.75,
            0.5,
            0.25),
        m.composite());
    assertEquals(
        List.of("PROV_A", "SIR"), List.copyOf(m.composite().weights().keySet()), "members order");
    assertEquals(Set.of(), ext.acceptedIds());
  }
}
