package org.govscore.xes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvWriterTest {
  @Test
  void quotesOnlyWhatRfc4180Requires() {
    assertEquals("plain", CsvWriter.field("plain"));
    assertEquals("", CsvWriter.field(""));
    assertEquals("", CsvWriter.field(null));
    assertEquals(" spaced ", CsvWriter.field(" spaced "));
    assertEquals("\"a,b\"", CsvWriter.field("a,b"));
    assertEquals("\"say \"\"hi\"\"\"", CsvWriter.field("say \"hi\""));
    assertEquals("\"two\nlines\"", CsvWriter.field("two\nlines"));
    assertEquals("\"cr\rhere\"", CsvWriter.field("cr\rhere"));
    assertEquals("受理科", CsvWriter.field("受理科"));
    assertEquals("\"审批科，二处, x\"", CsvWriter.field("审批科，二处, x"));
  }

  @Test
  void writesRowsEndingInLineFeeds() {
    StringWriter out = new StringWriter();
    CsvWriter csv = new CsvWriter(out);
    csv.row(List.of("a", "b,c", ""));
    csv.row(Arrays.asList("\"", null, "部门"));
    assertEquals("a,\"b,c\",\n\"\"\"\",,部门\n", out.toString());
  }
}
