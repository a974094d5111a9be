package org.govscore.xes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real WABO receipt log (data-samples/wabo) with the shipped mapping; the expected counts are
 * those of data-samples/wabo/SOURCES.md, found independently of this reader.
 */
class WaboImportTest {
  private static final Path LOG = Path.of("data-samples/wabo/wabo-receipt.xes.gz");
  private static final Path MAPPING = Path.of("jobs/wabo-mapping.ini");

  @TempDir Path tmp;

  @Test
  void readsTheWholeLogWithTheShippedMapping() {
    ImportSummary s = XesImporter.importLog(LOG, tmp, Mapping.parse(MAPPING));

    assertEquals(1_434, s.traces());
    assertEquals(8_577, s.events());
    assertEquals(27, s.distinctActivities());
    assertEquals(10, s.distinctGroups());
    assertEquals(
        Map.of(
            "Group 1",
            3_152L,
            "EMPTY",
            1_936L,
            "Group 2",
            1_228L,
            "Group 3",
            1_146L,
            "Group 4",
            1_048L,
            "Group 13",
            28L,
            "Group 15",
            25L,
            "Group 14",
            8L,
            "Group 12",
            4L,
            "Group 7",
            2L),
        s.groupCounts());
    assertEquals(
        Map.of("Internet", 1_250L, "Desk", 109L, "Post", 53L, "e-mail", 21L, "Intern", 1L),
        s.channelValueCounts());
    assertEquals(
        Map.of("ONLINE", 1_271L, "WINDOW", 109L, "POST", 53L, "(none)", 1L), s.channelCounts());
    assertEquals(OffsetDateTime.parse("2010-10-02T09:20:39.266+02:00"), s.firstTimestamp());
    assertEquals(OffsetDateTime.parse("2012-01-23T15:42:54.644+01:00"), s.lastTimestamp());
    assertEquals("2010-10-02T09:20:39.266+02:00", s.firstTimestamp().toString());
    assertEquals(1_936, s.eventsWithoutGroup());
    assertEquals(0, s.eventsWithoutTimestamp());
    assertEquals(0, s.rowsRejected());
    assertEquals(0, s.repeatedCaseIds());
    assertEquals(Map.of(), s.globalDefaultsUsed());
    assertEquals(
        Map.of("ACCEPT", 1_434L, "REVIEW", 4_224L, "APPROVE", 1_307L, "DELIVER", 1_300L),
        s.canonicalActivityCounts());
    assertEquals(10, s.departments().size());

    List<String> rows = TestFiles.lines(tmp.resolve("case_events.csv"));
    assertEquals(1 + 8_577, rows.size());
    assertEquals(
        "case-10011,2011-10-11T13:45:40.276+02:00,ACCEPT,WABO_G01,WABO-RECEIPT,ONLINE,",
        rows.get(1));
    assertEquals(1 + 10, TestFiles.lines(tmp.resolve("departments.csv")).size());
    assertEquals(
        "WABO_UNASSIGNED,未记录部门 Unrecorded group,990000",
        TestFiles.lines(tmp.resolve("departments.csv")).get(10));
  }

  @Test
  void withoutMappingEachGroupValueIsADepartment() {
    ImportSummary s = XesImporter.importLog(LOG, tmp, null);
    assertEquals(8_577, s.events());
    assertEquals(0, s.eventsWithoutGroup());
    assertEquals(
        List.of(
            "EMPTY",
            "GROUP_1",
            "GROUP_12",
            "GROUP_13",
            "GROUP_14",
            "GROUP_15",
            "GROUP_2",
            "GROUP_3",
            "GROUP_4",
            "GROUP_7"),
        s.departments().stream().map(Department::code).toList());
    assertEquals(Map.of(), s.channelCounts());
  }
}
