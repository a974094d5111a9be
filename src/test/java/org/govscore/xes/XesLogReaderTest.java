package org.govscore.xes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XesLogReaderTest {
  @TempDir Path tmp;

  private final Path globals = TestFiles.resource("globals-and-types.xes");

  @Test
  void readsTraceAttributesOfEveryValueType() {
    XesAttributes t = TestFiles.readAll(globals).get(0).attributes();
    assertEquals("case-1", t.value("concept:name"));
    assertEquals(XesType.DATE, t.get("startdate").type());
    assertEquals("2011-10-11T13:42:22.688+02:00", t.value("startdate"));
    assertEquals(XesType.INT, t.get("cost").type());
    assertEquals("42", t.value("cost"));
    assertEquals(XesType.FLOAT, t.get("weight").type());
    assertEquals("1.5E3", t.value("weight"));
    assertEquals(XesType.BOOLEAN, t.get("urgent").type());
    assertEquals("true", t.value("urgent"));
    assertEquals(XesType.ID, t.get("applicant").type());
    assertEquals("a7f3c1e0-0000-4000-8000-000000000001", t.value("applicant"));
  }

  @Test
  void keepsNestedAttributesOutOfTheTopLevel() {
    XesTrace trace = TestFiles.readAll(globals).get(0);
    XesAttributes t = trace.attributes();
    assertEquals("ITEM-7", t.value("requested_item"));
    assertNull(t.get("meta:note"));
    assertEquals(XesType.LIST, t.get("tags").type());
    assertNull(t.value("tags"));
    assertNull(t.get("tag"));
    assertEquals(XesType.CONTAINER, t.get("address").type());
    assertNull(t.get("city"));
    XesAttributes second = trace.events().get(1);
    assertEquals("T02 Check confirmation of receipt", second.value("concept:name"));
    assertNull(second.get("meta:translation"));
  }

  @Test
  void ignoresLogLevelAttributesAndReadsEveryEventOfEveryTrace() {
    List<XesTrace> traces = TestFiles.readAll(globals);
    assertEquals(2, traces.size());
    assertEquals(2, traces.get(0).events().size());
    assertEquals(1, traces.get(1).events().size());
    assertEquals(23, traces.get(0).line());
    assertEquals(56, traces.get(1).line());
    assertEquals(
        "prefix without an extension", traces.get(0).events().get(0).value("custom:undeclared"));
  }

  @Test
  void appliesTraceGlobalsOnlyWhereTheTraceLacksTheKey() {
    List<XesTrace> traces = TestFiles.readAll(globals);
    XesAttribute own = traces.get(0).attributes().get("channel");
    assertEquals("Internet", own.value());
    assertFalse(own.fromGlobal());
    XesAttribute defaulted = traces.get(1).attributes().get("channel");
    assertEquals("Desk", defaulted.value());
    assertTrue(defaulted.fromGlobal());
    assertEquals("UNNAMED", traces.get(1).attributes().value("concept:name"));
  }

  @Test
  void appliesEventGlobalsAndTheDefaultScopeIsEvent() {
    List<XesTrace> traces = TestFiles.readAll(globals);
    XesAttributes first = traces.get(0).events().get(0);
    XesAttributes second = traces.get(0).events().get(1);
    XesAttributes third = traces.get(1).events().get(0);
    assertEquals("Group 1", first.value("org:group"));
    assertEquals("Default Group", second.value("org:group"));
    assertTrue(second.get("org:group").fromGlobal());
    assertEquals("complete", first.value("lifecycle:transition"));
    assertEquals("start", third.value("lifecycle:transition"));
  }

  @Test
  void countsEventsOutsideTracesWithoutReadingThemAsCases() {
    List<XesTrace> traces = new ArrayList<>();
    XesLogReader.Result result =
        XesLogReader.read(TestFiles.resource("missing-values.xes"), traces::add);
    assertEquals(2, result.traces());
    assertEquals(1, result.eventsOutsideTraces());
    assertEquals(2, traces.size());
  }

  @Test
  void readsGzipByItsMagicBytesWhateverTheName() throws IOException {
    Path gz = TestFiles.gzip(globals, tmp.resolve("log.xes.gz"));
    Path disguised = TestFiles.gzip(globals, tmp.resolve("disguised.xes"));
    Path plainNamedGz = Files.copy(globals, tmp.resolve("plain.xes.gz"));
    for (Path p : List.of(gz, disguised, plainNamedGz)) {
      List<XesTrace> traces = TestFiles.readAll(p);
      assertEquals(2, traces.size(), p.toString());
      assertEquals("case-1", traces.get(0).attributes().value("concept:name"));
    }
  }

  @Test
  void malformedXmlIsOneLineNamingFileAndLine() {
    Path bad = TestFiles.resource("malformed.xes");
    ImportException e = assertThrows(ImportException.class, () -> TestFiles.readAll(bad));
    assertEquals(
        bad
            + ": malformed XML at line 7, column 7: The element type \"event\" must be "
            + "terminated by the matching end-tag \"</event>\".",
        e.getMessage());
  }

  @Test
  void anotherRootElementIsNotALog() {
    Path html = TestFiles.resource("not-a-log.xml");
    ImportException e = assertThrows(ImportException.class, () -> TestFiles.readAll(html));
    assertEquals(
        html + ": not an XES log: the root element is <html> at line 2, expected <log>",
        e.getMessage());
  }

  @Test
  void truncatedGzipIsReportedAsSuch() throws IOException {
    Path gz = TestFiles.gzip(globals, tmp.resolve("whole.xes.gz"));
    byte[] bytes = Files.readAllBytes(gz);
    Path cut = Files.write(tmp.resolve("cut.xes.gz"), Arrays.copyOf(bytes, bytes.length / 2));
    ImportException e = assertThrows(ImportException.class, () -> TestFiles.readAll(cut));
    assertTrue(e.getMessage().startsWith(cut + ": corrupt or truncated gzip data"), e.getMessage());
    assertFalse(e.getMessage().contains("\n"));
  }

  @Test
  void gzipMagicWithABrokenHeaderIsCorruptGzip() throws IOException {
    Path bad =
        Files.write(
            tmp.resolve("bad.xes"),
            new byte[] {
              0x1f, (byte) 0x8b, 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x'
            });
    ImportException e = assertThrows(ImportException.class, () -> TestFiles.readAll(bad));
    assertEquals(bad + ": corrupt gzip data: Unsupported compression method", e.getMessage());
  }

  @Test
  void emptyFileIsMalformed() throws IOException {
    Path empty = Files.createFile(tmp.resolve("empty.xes"));
    ImportException e = assertThrows(ImportException.class, () -> TestFiles.readAll(empty));
    assertTrue(e.getMessage().startsWith(empty + ": malformed XML"), e.getMessage());
  }
}
