package org.govscore.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.govscore.testing.TestSpark;
import org.junit.jupiter.api.Test;

/**
 * The case-level view: earliest event having a value, ties to the smallest value, period edges; the
 * packed (hash-aggregated) grouping against hand-computed cases, and the struct (sort-based)
 * grouping it stands in for against the same.
 */
class CaseGroupingTest {
  private static final Instant START = Instant.parse("2026-07-01T00:00:00Z");
  private static final Instant END = Instant.parse("2026-10-01T00:00:00Z");
  private static final long START_MICROS = START.getEpochSecond() * 1_000_000L;
  private static final long END_MICROS = END.getEpochSecond() * 1_000_000L;

  private static final StructType EVENTS =
      new StructType()
          .add("case_id", DataTypes.StringType)
          .add("ts", DataTypes.TimestampType)
          .add("activity", DataTypes.StringType)
          .add("dept_code", DataTypes.StringType)
          .add("item_code", DataTypes.StringType)
          .add("channel", DataTypes.StringType);

  private static final List<String> CHANNELS =
      List.of("ONLINE", "MOBILE", "WINDOW", "SELF_SERVICE", "POST");

  private static Row event(
      String caseId, Instant ts, String activity, String dept, String item, String channel) {
    return RowFactory.create(caseId, Timestamp.from(ts), activity, dept, item, channel);
  }

  private static Instant at(String iso) {
    return Instant.parse(iso);
  }

  private static Dataset<Row> events() {
    List<Row> rows = new ArrayList<>();
    // C1: two events at the period's first instant; ties go to the smallest item, department and
    // channel (MOBILE < ONLINE < WINDOW by code point); a later visit elsewhere is a handover.
    rows.add(event("C1", START, "SUBMIT", "D2", "I2", "WINDOW"));
    rows.add(event("C1", START, "ACCEPT", "D1", "I1", "ONLINE"));
    rows.add(event("C1", at("2026-07-02T08:00:00Z"), "VISIT", "D3", null, null));
    rows.add(event("C1", at("2026-07-03T08:00:00Z"), "REJECT", "D1", null, null));
    rows.add(event("C1", at("2026-07-02T09:00:00Z"), "APPROVE", "D1", null, null));
    // C2: the tie at the earliest item event goes to the uncatalogued I0x (< I1): no catalogued
    // item; one department throughout.
    rows.add(event("C2", at("2026-08-01T00:00:00Z"), "SUBMIT", "D2", "I1", null));
    rows.add(event("C2", at("2026-08-01T00:00:00Z"), "SUBMIT", "D2", "I0x", null));
    rows.add(event("C2", at("2026-08-01T00:00:00Z"), "VISIT", "D2", null, "POST"));
    rows.add(event("C2", at("2026-08-02T00:00:00Z"), "VISIT", "D2", null, "MOBILE"));
    // C3: the earliest event has no item; the item comes from the earliest that has one, past
    // the period's end, not from a smaller uncatalogued item a day later.
    rows.add(event("C3", at("2026-09-30T23:00:00Z"), "SUBMIT", "D3", null, null));
    rows.add(event("C3", at("2026-10-05T00:00:00Z"), "REVIEW", "D1", "I2", "ONLINE"));
    rows.add(event("C3", at("2026-10-06T00:00:00Z"), "REVIEW", "D1", "I0", "MOBILE"));
    // C4: starts one microsecond before the period: not a case of the period.
    rows.add(event("C4", START.minusNanos(1_000), "SUBMIT", "D1", "I1", "ONLINE"));
    rows.add(event("C4", at("2026-07-05T00:00:00Z"), "APPROVE", "D1", null, null));
    // C5: starts at the period's end (exclusive): not a case of the period.
    rows.add(event("C5", END, "SUBMIT", "D1", "I1", "ONLINE"));
    // C6: starts in the period's last microsecond; a tie of departments goes to D1.
    rows.add(event("C6", END.minusNanos(1_000), "SUBMIT", "D2", "I2", "SELF_SERVICE"));
    rows.add(event("C6", END.minusNanos(1_000), "SUBMIT", "D1", null, null));
    // C7: an item event far before the period (year 1900) makes the case start before it.
    rows.add(event("C7", at("1900-01-01T00:00:00Z"), "SUBMIT", "D1", "I1", null));
    rows.add(event("C7", at("2026-07-10T00:00:00Z"), "SUBMIT", "D2", "I2", null));
    // C8: its item and channel come from an event a year after the period.
    rows.add(event("C8", at("2026-07-10T00:00:00Z"), "SUBMIT", "D2", null, null));
    rows.add(event("C8", at("2027-10-01T00:00:00Z"), "SUBMIT", "D1", "I1", "MOBILE"));
    return TestSpark.spark().createDataFrame(rows, EVENTS);
  }

  /** The events, and one dated in the year 9999. */
  private static Dataset<Row> eventsWithAStrayDate() {
    List<Row> rows = new ArrayList<>(events().collectAsList());
    rows.add(event("C9", at("2026-07-11T00:00:00Z"), "SUBMIT", "D2", null, null));
    rows.add(event("C9", at("9999-12-31T00:00:00Z"), "SUBMIT", "D1", "I2", "POST"));
    return TestSpark.spark().createDataFrame(rows, EVENTS);
  }

  private static CaseGrouping grouping() {
    return new CaseGrouping(
        START_MICROS, END_MICROS, List.of("D3", "D1", "D2"), List.of("I2", "I1"), CHANNELS);
  }

  /** case_id to "start|item|channel|first_dept|visits|completed|handover". */
  private static Map<String, String> byCase(Dataset<Row> cases) {
    Map<String, String> out = new TreeMap<>();
    for (Row r : cases.collectAsList()) {
      out.put(
          r.getAs("case_id"),
          String.join(
              "|",
              r.<Timestamp>getAs("start").toInstant().toString(),
              String.valueOf(r.<String>getAs("item_code")),
              String.valueOf(r.<String>getAs("channel")),
              String.valueOf(r.<String>getAs("first_dept")),
              String.valueOf(r.<Long>getAs(SourceColumns.VISITS)),
              r.getAs("completed") == null
                  ? "null"
                  : r.<Timestamp>getAs("completed").toInstant().toString(),
              String.valueOf(!r.getAs("dept_min").equals(r.getAs("dept_max")))));
    }
    return out;
  }

  private static Map<String, String> expected(String c2Item) {
    Map<String, String> m = new TreeMap<>();
    m.put("C1", "2026-07-01T00:00:00Z|I1|ONLINE|D1|1|2026-07-02T09:00:00Z|true");
    m.put("C2", "2026-08-01T00:00:00Z|" + c2Item + "|POST|D2|2|null|false");
    m.put("C3", "2026-09-30T23:00:00Z|I2|ONLINE|D3|0|null|true");
    m.put("C6", "2026-09-30T23:59:59.999999Z|I2|SELF_SERVICE|D1|0|null|true");
    m.put("C8", "2026-07-10T00:00:00Z|I1|MOBILE|D2|0|null|true");
    return m;
  }

  private static final long LATEST =
      Instant.parse("2027-10-01T00:00:00Z").getEpochSecond() * 1_000_000L;

  @Test
  void packedGroupingGivesTheEarliestValuesAndTheSmallestOnTies() {
    CaseGrouping g = grouping();
    assertTrue(g.packs(LATEST), "15 months and three codes fit in a long");
    // The uncatalogued item that wins C2's tie is reported as no catalogued item.
    assertEquals(expected("null"), byCase(g.packedCases(events())));
    assertEquals(expected("null"), byCase(g.cases(events(), null)));
  }

  @Test
  void structGroupingGivesTheSameCasesWithTheUncataloguedCodeItself() {
    assertEquals(expected("I0x"), byCase(grouping().structCases(events())));
  }

  @Test
  void aStrayDateMillenniaAheadStillPacksAFewCodesExactly() {
    // 7,973 years are 58 bits of microseconds; three departments, two items and five channels
    // need 4 bits of slots.
    long stray = Instant.parse("9999-12-31T00:00:00Z").getEpochSecond() * 1_000_000L;
    assertTrue(grouping().packs(stray));
    Map<String, String> expected = expected("null");
    expected.put("C9", "2026-07-11T00:00:00Z|I2|POST|D2|0|null|true");
    assertEquals(expected, byCase(grouping().cases(eventsWithAStrayDate(), null)));
    expected.put("C2", expected("I0x").get("C2"));
    assertEquals(expected, byCase(grouping().structCases(eventsWithAStrayDate())));
  }

  /** The latest time validation found decides, not another aggregation over the events. */
  @Test
  void aGivenLatestTimeDecidesThePacking() {
    long farAhead = START_MICROS + (1L << 60);
    assertFalse(grouping().packs(farAhead));
    assertEquals(expected("I0x"), byCase(grouping().cases(events(), farAhead)));
    assertEquals(expected("null"), byCase(grouping().cases(events(), LATEST)));
  }

  @Test
  void packingNeedsTimeAndSlotBitsWithinSixtyThreeBits() {
    long top = (1L << 45) - 1; // relative times 0 .. 2^45 - 1: 45 bits
    assertTrue(CaseGrouping.packs(top, 18));
    assertFalse(CaseGrouping.packs(top, 19));
    assertFalse(CaseGrouping.packs(top + 1, 18));
    assertEquals(1, CaseGrouping.slotBits(0));
    assertEquals(2, CaseGrouping.slotBits(1)); // slots 0 .. 2
    assertEquals(3, CaseGrouping.slotBits(2)); // slots 0 .. 4
    assertEquals(3, CaseGrouping.slotBits(3)); // slots 0 .. 6
    assertEquals(18, CaseGrouping.slotBits(131_071)); // slots 0 .. 262,142
    assertEquals(19, CaseGrouping.slotBits(131_072));
    // A log spanning 366 days from the period's start leaves 18 bits: 131,071 codes pack,
    // 131,072 do not.
    long year = 366L * 24 * 3600 * 1_000_000L;
    assertTrue(CaseGrouping.packs(year + 1, CaseGrouping.slotBits(131_071)));
    assertFalse(CaseGrouping.packs(year + 1, CaseGrouping.slotBits(131_072)));
  }

  @Test
  void aSpanBeyondALongDoesNotPack() {
    CaseGrouping before1970 = new CaseGrouping(-10, 10, List.of("D1"), List.of(), CHANNELS);
    assertFalse(before1970.packs(Long.MAX_VALUE));
    assertTrue(before1970.packs(10));
    assertTrue(before1970.packs(Long.MIN_VALUE), "no event at or after the start: nothing to pack");
  }

  @Test
  void tooManyCodesFallBackToTheStructGrouping() {
    List<String> items = new ArrayList<>();
    for (int i = 0; i < 131_072; i++) {
      items.add(String.format("X%06d", i));
    }
    items.add("I1");
    items.add("I2");
    CaseGrouping g = new CaseGrouping(START_MICROS, END_MICROS, List.of("D1"), items, CHANNELS);
    long yearAhead = START_MICROS + 366L * 24 * 3600 * 1_000_000L;
    assertFalse(g.packs(yearAhead));
    assertTrue(g.packs(END_MICROS), "a quarter leaves 20 bits");
    assertEquals(expected("I0x"), byCase(g.cases(events(), null)), "15 months: by structs");
  }

  @Test
  void gapSlotsOrderAsTheCodesDo() {
    CaseGrouping.GapSlot slot =
        new CaseGrouping.GapSlot(
            new byte[][] {
              "A".getBytes(), "C".getBytes(), "\uFF21".getBytes(StandardCharsets.UTF_8)
            });
    assertEquals(0L, slot.call("0"));
    assertEquals(1L, slot.call("A"));
    assertEquals(2L, slot.call("B"));
    assertEquals(3L, slot.call("C"));
    assertEquals(4L, slot.call("D"));
    assertEquals(5L, slot.call("\uFF21"));
    // U+1F600 sorts after U+FF21 by code point, though its UTF-16 form sorts before it.
    assertEquals(6L, slot.call("\uD83D\uDE00"));
    assertEquals(null, slot.call(null));
  }

  @Test
  void codesSortByCodePointAsSparkDoes() {
    assertEquals(
        List.of("A", "B", "\uFF21", "\uD83D\uDE00"),
        CaseGrouping.sortedByCodePoint(List.of("\uD83D\uDE00", "B", "\uFF21", "A", "B")));
  }

  @Test
  void aPeriodMustHaveALength() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new CaseGrouping(5, 5, List.of(), List.of(), CHANNELS));
    assertEquals("period end 5 must be after its start 5", e.getMessage());
  }
}
