package org.govscore.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.govscore.config.Period;
import org.govscore.contract.UnitKey;
import org.govscore.store.CheckRecord;
import org.govscore.store.DataQualityRecord;
import org.govscore.store.FindingRecord;
import org.govscore.store.InMemoryPeriodStore;
import org.govscore.store.IndicatorRecord;
import org.govscore.store.ItemStatusRecord;
import org.govscore.store.Manifest;
import org.govscore.store.PeriodWriter;
import org.govscore.store.ResourceStatusRecord;
import org.govscore.store.ScoreRecord;
import org.junit.jupiter.api.Test;

/**
 * Trends and data warnings follow every composite member read from the stored indicators, not only
 * v1's four: here the composite is SIR and SAT, and SAT falls to exactly 0.
 */
class MemberTrendsTest {
  private static final Period Q2 = Period.parse("2026-Q2");
  private static final Period Q3 = Period.parse("2026-Q3");
  private static final UnitKey D1 = new UnitKey(UnitKey.DEPARTMENT, "D1");

  private static Manifest manifest(Period p, Map<String, Manifest.TableInfo> tables) {
    Manifest.Composite composite =
        new Manifest.Composite(
            List.of("SIR", "SAT"),
            Map.of("SIR", 0.5, "SAT", 0.5),
            "NONE",
            "ARITHMETIC",
            100.0,
            2,
            1,
            Map.of(),
            90,
            80,
            65);
    return new Manifest(
        "govscore",
        "test",
        p.label(),
        null,
        Map.of(),
        List.of(),
        List.of(),
        new Manifest.MethodologyInForce(List.of("SIR", "SAT"), List.of(), composite, List.of()),
        Map.of(),
        null,
        null,
        null,
        null,
        tables,
        null,
        Map.of());
  }

  private static void period(
      InMemoryPeriodStore store, Period p, double composite, double sir, double sat)
      throws Exception {
    PeriodWriter w = store.begin(p);
    w.write(
        ScoreRecord.CODEC,
        List.of(
            new ScoreRecord(
                "DEPARTMENT",
                "D1",
                "Dept 1",
                null,
                "DEPARTMENT:510000",
                composite,
                "HIGH",
                1,
                1,
                1.0,
                1,
                null,
                2)));
    w.write(
        IndicatorRecord.CODEC,
        List.of(
            new IndicatorRecord("DEPARTMENT", "D1", "SIR", sir * 10, 10.0, sir),
            new IndicatorRecord("DEPARTMENT", "D1", "SAT", sat * 4, 4.0, sat)));
    w.write(CheckRecord.CODEC, List.of());
    w.write(FindingRecord.CODEC, List.of());
    w.write(ItemStatusRecord.CODEC, List.of());
    w.write(ResourceStatusRecord.CODEC, List.of());
    w.write(DataQualityRecord.CODEC, List.of());
    w.commit(manifest(p, w.tables()));
  }

  @Test
  void aMemberOutsideV1sFourHasATrendAndAZeroWarning() throws Exception {
    InMemoryPeriodStore store = new InMemoryPeriodStore();
    // composite = (SIR + SAT) / 2 * 100: Q2 (0.9 + 0.8) / 2 = 85, Q3 (0.9 + 0) / 2 = 45
    period(store, Q2, 85.0, 0.9, 0.8);
    period(store, Q3, 45.0, 0.9, 0.0);
    ReportData data = ReportRenderer.load(store, Q3, ReportSettings.DEFAULTS);

    assertEquals(2, data.history().size());
    assertEquals(0.8, data.history().get(0).value(D1, "SAT"));
    assertEquals(0.0, data.history().get(1).value(D1, "SAT"));
    List<DataWarnings.Warning> warnings = DataWarnings.of(data);
    assertEquals(1, warnings.size());
    DataWarnings.Warning w = warnings.get(0);
    assertEquals(List.of("SAT"), w.zeroed(), "SAT dropped from 0.8 to exactly 0");
    assertEquals(40.0, w.fall(), 1e-9, "85 to 45: a fall of 40 points");
  }
}
