package org.govscore.xes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XesImporterTest {
  private static final String HEADER =
      "case_id,ts,activity,dept_code,item_code,channel,applicant_id";

  @TempDir Path tmp;

  private static final Mapping SMALL =
      Mapping.parse(
          """
      [activities]
      Confirmation of receipt = ACCEPT
      [groups]
      Group 1 = D01 | 受理科
      [groups.default]
      code = D00
      name = 未记录
      placeholders = EMPTY
      [channel]
      attribute = channel
      Internet = ONLINE
      """,
          "small.ini");

  @Test
  void writesEmptyRequiredValuesSoEvaluateRejectsThemAndCountsThem() {
    Path out = tmp.resolve("out");
    ImportSummary s = XesImporter.importLog(TestFiles.resource("missing-values.xes"), out, SMALL);
    assertEquals(
        List.of(
            HEADER,
            "case-1,2011-10-11T13:45:40.276+02:00,ACCEPT,D01,,ONLINE,",
            "case-1,,No time,D01,,ONLINE,",
            "case-1,2011-10-12T10:00:00.000+02:00,,D01,,ONLINE,",
            "case-1,2011-10-13T10:00:00.000+02:00,No group,D00,,ONLINE,",
            "case-1,2011-10-14T10:00:00.000+02:00,Placeholder group,D00,,ONLINE,",
            "case-1,yesterday,Bad time,D01,,ONLINE,",
            ",2011-10-15T10:00:00.000+02:00,Nameless case,GROUP_2,,,"),
        TestFiles.lines(out.resolve("case_events.csv")));
    assertEquals(
        List.of(
            "dept_code,dept_name,region_code",
            "D00,未记录,990000",
            "D01,受理科,990000",
            "GROUP_2,Group 2,990000"),
        TestFiles.lines(out.resolve("departments.csv")));
    assertEquals(
        List.of("region_code,region_name,level,parent_code", "990000,Imported region,PROVINCE,"),
        TestFiles.lines(out.resolve("regions.csv")));

    assertEquals(2, s.traces());
    assertEquals(7, s.events());
    assertEquals(4, s.rowsRejected());
    assertEquals(1, s.eventsWithoutTimestamp());
    assertEquals(1, s.eventsWithBadTimestamp());
    assertEquals(1, s.eventsWithoutActivity());
    assertEquals(2, s.eventsWithoutGroup());
    assertEquals(Map.of("Group 1", 4L, "EMPTY", 1L, "Group 2", 1L), s.groupCounts());
    assertEquals(1, s.tracesWithoutName());
    assertEquals(1, s.eventsOutsideTraces());
    assertEquals(Map.of("Internet", 1L, "Fax", 1L), s.channelValueCounts());
    assertEquals(Map.of("ONLINE", 1L, "(none)", 1L), s.channelCounts());
    assertEquals(Map.of("ACCEPT", 1L), s.canonicalActivityCounts());
    assertEquals(6, s.distinctActivities());
  }

  @Test
  void quotesCommasQuotesAndLineBreaksAndKeepsChineseText() {
    Mapping m =
        Mapping.parse(
            """
        [groups]
        受理科 = SL | 受理科
        审批科, 二处 = SP | 审批科, "二处"
        [item]
        attribute = item
        """,
            "quoting.ini");
    Path out = tmp.resolve("q");
    XesImporter.importLog(TestFiles.resource("csv-quoting.xes"), out, m);
    assertEquals(
        HEADER
            + "\n"
            + "\"case,with,commas\",2011-10-11T13:45:40.276+08:00,\"He said \"\"hi\"\"\",SL,\"事项 \"\"A\"\"\",,\n"
            + "\"case,with,commas\",2011-10-11T14:00:00.000+08:00,\"two\nlines\",SP,\"事项 \"\"A\"\"\",,\n"
            + "\"case,with,commas\",2011-10-11T15:00:00.000+08:00,\"carriage\rreturn\",SL,\"事项 \"\"A\"\"\",,\n",
        TestFiles.text(out.resolve("case_events.csv")));
    assertEquals(
        "dept_code,dept_name,region_code\nSL,受理科,990000\n" + "SP,\"审批科, \"\"二处\"\"\",990000\n",
        TestFiles.text(out.resolve("departments.csv")));
  }

  @Test
  void globalsFillMissingKeysAndTheirUseIsCounted() {
    Path out = tmp.resolve("g");
    ImportSummary s = XesImporter.importLog(TestFiles.resource("globals-and-types.xes"), out, null);
    assertEquals(
        List.of(
            HEADER,
            "case-1,2011-10-11T13:45:40.276+02:00,Confirmation of receipt,GROUP_1,,,",
            "case-1,2011-10-12T08:26:25.398+02:00,T02 Check confirmation of receipt,DEFAULT_GROUP,,,",
            "UNNAMED,2011-10-13T09:00:00.000Z,Confirmation of receipt,GROUP_2,,,"),
        TestFiles.lines(out.resolve("case_events.csv")));
    assertEquals(Map.of("trace concept:name", 1L, "event org:group", 1L), s.globalDefaultsUsed());
    assertEquals(null, s.mappingSource());
    assertEquals(null, s.channelAttribute());
  }

  @Test
  void timestampsKeepTheirOffsetAndTheRangeComparesInstants() {
    Path out = tmp.resolve("tz");
    ImportSummary s = XesImporter.importLog(TestFiles.resource("timezones.xes"), out, null);
    List<String> ts = new ArrayList<>();
    for (String line : TestFiles.lines(out.resolve("case_events.csv")).subList(1, 7)) {
      ts.add(line.split(",")[1]);
    }
    assertEquals(
        List.of(
            "2011-10-11T13:45:40.276+02:00",
            "2011-10-11T11:45:40.276Z",
            "2011-10-11T06:15:40.276-05:30",
            "2011-10-11T13:45:40.276+02:00",
            "2011-10-11T13:45:40.000",
            "2011-10-11T11:45:40.123456789Z"),
        ts);
    assertEquals(OffsetDateTime.parse("2011-10-11T11:45:40.123456789Z"), s.firstTimestamp());
    assertEquals(OffsetDateTime.parse("2011-10-11T13:45:40.276+02:00"), s.lastTimestamp());
    assertEquals(1, s.timestampsWithoutOffset());
    assertEquals(0, s.rowsRejected());
  }

  @Test
  void importsGzipData() throws IOException {
    Path gz = TestFiles.gzip(TestFiles.resource("missing-values.xes"), tmp.resolve("m.xes.gz"));
    ImportSummary s = XesImporter.importLog(gz, tmp.resolve("gz"), SMALL);
    assertEquals(7, s.events());
    assertEquals(8, TestFiles.lines(tmp.resolve("gz/case_events.csv")).size());
  }

  @Test
  void regionFromOptionsOverridesTheMapping() {
    Mapping m = Mapping.parse("[region]\ncode = 510100\nname = 成都市\n", "r.ini");
    Path out = tmp.resolve("r");
    ImportSummary s =
        XesImporter.importLog(
            TestFiles.resource("timezones.xes"),
            out,
            m,
            ImportOptions.DEFAULT.withRegion("510104", null));
    assertEquals(new RegionSpec("510104", "成都市"), s.region());
    assertEquals(
        List.of("region_code,region_name,level,parent_code", "510104,成都市,PROVINCE,"),
        TestFiles.lines(out.resolve("regions.csv")));
    assertEquals(
        List.of("dept_code,dept_name,region_code", "G,G,510104"),
        TestFiles.lines(out.resolve("departments.csv")));
  }

  @Test
  void aBadRegionCodeIsRefusedBeforeAnythingIsWritten() {
    Path out = tmp.resolve("bad-region");
    ImportException e =
        assertThrows(
            ImportException.class,
            () ->
                XesImporter.importLog(
                    TestFiles.resource("timezones.xes"),
                    out,
                    null,
                    ImportOptions.DEFAULT.withRegion("51010X", null)));
    assertEquals(
        "region code '51010X' must be 6 digits (GB/T 2260 style), e.g. 990000", e.getMessage());
    assertFalse(Files.exists(out));
  }

  @Test
  void aFailedImportLeavesNoFilesAndNoFolderItCreated() {
    Path out = tmp.resolve("new/folder");
    assertThrows(
        ImportException.class,
        () -> XesImporter.importLog(TestFiles.resource("malformed.xes"), out, null));
    assertFalse(Files.exists(out));
  }

  @Test
  void aFailedImportKeepsTheFilesOfAnEarlierOne() throws IOException {
    Path out = tmp.resolve("kept");
    XesImporter.importLog(TestFiles.resource("timezones.xes"), out, null);
    String before = TestFiles.text(out.resolve("case_events.csv"));
    assertThrows(
        ImportException.class,
        () -> XesImporter.importLog(TestFiles.resource("malformed.xes"), out, null));
    assertEquals(before, TestFiles.text(out.resolve("case_events.csv")));
    try (Stream<Path> files = Files.list(out)) {
      assertEquals(
          List.of("case_events.csv", "departments.csv", "regions.csv"),
          files.map(p -> p.getFileName().toString()).sorted().toList());
    }
  }

  @Test
  void aMissingLogIsNamed() {
    Path missing = tmp.resolve("none.xes");
    ImportException e =
        assertThrows(
            ImportException.class, () -> XesImporter.importLog(missing, tmp.resolve("o"), null));
    assertEquals(missing + ": no such file", e.getMessage());
  }

  @Test
  void anOutputPathThatIsAFileIsRefused() throws IOException {
    Path file = Files.writeString(tmp.resolve("file"), "x");
    ImportException e =
        assertThrows(
            ImportException.class,
            () -> XesImporter.importLog(TestFiles.resource("timezones.xes"), file, null));
    assertEquals(file + ": exists and is not a folder", e.getMessage());
  }

  @Test
  void reportsProgressEveryNTraces() {
    List<String> lines = new ArrayList<>();
    XesImporter.importLog(
        TestFiles.resource("missing-values.xes"),
        tmp.resolve("p"),
        null,
        ImportOptions.DEFAULT.withProgress(1, lines::add));
    assertEquals(
        List.of("import-xes: 1 traces, 6 events read", "import-xes: 2 traces, 7 events read"),
        lines);
  }

  @Test
  void theSummaryIsOneBlockOfLines() {
    ImportSummary s =
        XesImporter.importLog(TestFiles.resource("missing-values.xes"), tmp.resolve("s"), SMALL);
    List<String> lines = s.lines();
    assertTrue(lines.get(0).startsWith("Imported "), lines.get(0));
    assertTrue(lines.contains("  traces:                2"), String.join("\n", lines));
    assertTrue(lines.contains("  events without group:  2 (no org:group or a placeholder)"));
    assertTrue(lines.contains("  events without time:   1; unparseable: 1"));
    assertTrue(
        lines.contains(
            "  channel per trace:     'channel' Fax 1, Internet 1 -> (none) 1, ONLINE 1"));
    assertTrue(lines.stream().noneMatch(l -> l.contains("\n")));
  }
}
