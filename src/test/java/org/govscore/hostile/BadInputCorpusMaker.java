package org.govscore.hostile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.MessageTypeParser;

/**
 * Writes the checked-in corpus {@code src/test/resources/bad-input/} (see its README.md). Run once
 * by hand when a case changes; the tests only read the files: {@code java -cp
 * target/test-classes:$(cat target/test-cp.txt) org.govscore.hostile.BadInputCorpusMaker}
 * (test-cp.txt from {@code mvn dependency:build-classpath -Dmdep.outputFile=target/test-cp.txt}).
 * Parquet files are written with parquet-mr directly (no Spark metadata), like pyarrow or any
 * non-Spark producer would.
 */
public final class BadInputCorpusMaker {
  static final String EXCHANGES_HEADER =
      "exchange_id,ts,consumer_dept_code,provider_dept_code,resource_code,case_id,"
          + "network,subject_type,subject_id,status,latency_ms,standard_code";
  private static final String EXCHANGE_SCHEMA =
      "message exchanges {\n"
          + " required binary exchange_id (STRING);\n"
          + " optional int64 ts (TIMESTAMP(MICROS,true));\n"
          + " optional binary consumer_dept_code (STRING);\n"
          + " optional binary provider_dept_code (STRING);\n"
          + " optional binary resource_code (STRING);\n"
          + " optional binary case_id (STRING);\n"
          + " optional binary network (STRING);\n"
          + " optional binary subject_type (STRING);\n"
          + " optional binary subject_id (STRING);\n"
          + " optional binary status (STRING);\n"
          + " optional int64 latency_ms;\n"
          + " optional binary standard_code (STRING);\n"
          + "}";

  private final Path root;

  private BadInputCorpusMaker(Path root) {
    this.root = root;
  }

  public static void main(String[] args) throws Exception {
    Path root = Path.of(args.length > 0 ? args[0] : "src/test/resources/bad-input");
    new BadInputCorpusMaker(root).make();
  }

  private void make() throws Exception {
    // Parquet: a valid exchanges file, then cut in half.
    Path valid = file("truncated-parquet/valid-exchanges.parquet.tmp");
    writeExchanges(valid, 40, "2026-07-01T00:00:00Z");
    byte[] whole = Files.readAllBytes(valid);
    Files.write(
        file("truncated-parquet/exchanges.parquet"),
        java.util.Arrays.copyOf(whole, whole.length / 2));
    Files.delete(valid);

    // Parquet with types the contract does not use (see README).
    wrongTypes(file("wrong-types-parquet/service_items.parquet"));

    // Year 0001 and 9999 in a Parquet file written without Spark metadata (no calendar rebase
    // info).
    writeExtremeYears(file("extreme-years/exchanges.parquet"));

    // A folder whose second part file is cut in half (the first is whole).
    writeExchanges(
        file("truncated-parquet-part/exchanges/part-00000.parquet"), 3, "2026-07-01T00:00:00Z");
    Path whole2 = file("truncated-parquet-part/exchanges/part-00001.parquet.tmp");
    writeExchanges(whole2, 40, "2026-08-01T00:00:00Z");
    byte[] w2 = Files.readAllBytes(whole2);
    Files.write(
        file("truncated-parquet-part/exchanges/part-00001.parquet"),
        java.util.Arrays.copyOf(w2, w2.length / 2));
    Files.delete(whole2);

    // Mixed formats in one dataset folder.
    text(
        "mixed-formats/exchanges/part-00000.csv",
        EXCHANGES_HEADER
            + "\n"
            + "E1,2026-07-01T09:00:00+08:00,D1,D2,R2,,EXTRANET,NONE,,SUCCESS,100,\n");
    writeExchanges(file("mixed-formats/exchanges/part-00001.parquet"), 2, "2026-07-02T00:00:00Z");

    // 100,000-character names, one row per file.
    String longName = "长".repeat(10) + "x".repeat(100_000 - 10);
    text(
        "long-name/departments.csv",
        "dept_code,dept_name,region_code\n"
            + "D1,广安市公安局,511600\nD2,广安市市场监督管理局,511600\nD3,广安区人力资源和社会保障局,511602\n"
            + "D4,广安区民政局,511602\nD5,"
            + longName
            + ",511602\n");
    text(
        "long-name/service_items.csv",
        "item_code,item_name,dept_code,item_type,online_depth,statutory_days,promised_days,required_resources\n"
            + "I9,"
            + longName
            + ",D1,LICENSING,9,20,10,\n");

    // Invalid UTF-8: a GBK-encoded name (D3) and a stray 0xFF byte (D4) in a UTF-8 file.
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.write(
        "dept_code,dept_name,region_code\nD1,广安市公安局,511600\nD2,广安市市场监督管理局,511600\nD3,"
            .getBytes(StandardCharsets.UTF_8));
    b.write("广安区人力资源和社会保障局".getBytes(Charset.forName("GBK")));
    b.write(",511602\nD4,广安区".getBytes(StandardCharsets.UTF_8));
    b.write(0xFF);
    b.write("民政局,511602\n".getBytes(StandardCharsets.UTF_8));
    Files.write(file("invalid-utf8/departments.csv"), b.toByteArray());

    // BOM before the header.
    bytes(
        "csv-bom/departments.csv",
        concat(
            new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
            "dept_code,dept_name,region_code\nD1,广安市公安局,511600\nD2,广安市市场监督管理局,511600\n"
                + "D3,广安区人力资源和社会保障局,511602\nD4,广安区民政局,511602\n"));

    // CRLF line ends (the last column is a reference, so a left-over \r would be rejected).
    text(
        "csv-crlf/regions.csv",
        "region_code,region_name,level,parent_code\r\n510000,四川省,PROVINCE,\r\n"
            + "511600,广安市,CITY,510000\r\n511602,广安区,COUNTY,511600\r\n");

    text("empty-file/exchanges.csv", "");
    text("empty-jsonl/case_events.jsonl", "");
    text(
        "header-only-optional/resources.csv",
        "resource_code,resource_name,provider_dept_code,base_library,share_type,legal_basis,standard_code\n");
    text("header-only-required/regions.csv", "region_code,region_name,level,parent_code\n");

    // Hadoop's local file system leaves .crc side files; they are no part of the corpus.
    try (var files = Files.walk(root)) {
      for (Path p : files.filter(p -> p.getFileName().toString().endsWith(".crc")).toList()) {
        Files.delete(p);
      }
    }
  }

  private void wrongTypes(Path out) throws IOException {
    // Types the contract does not use: online_depth INT64 (for int), statutory_days DOUBLE,
    // promised_days INT32 as it should be, required_resources a ;-separated STRING (not a list),
    // plus an extra nested column.
    MessageType schema =
        MessageTypeParser.parseMessageType(
            "message service_items {\n"
                + " required binary item_code (STRING);\n"
                + " optional binary item_name (STRING);\n"
                + " optional binary dept_code (STRING);\n"
                + " optional binary item_type (STRING);\n"
                + " optional int64 online_depth;\n"
                + " optional double statutory_days;\n"
                + " optional int32 promised_days;\n"
                + " optional binary required_resources (STRING);\n"
                + " optional group note { optional binary text (STRING); }\n"
                + "}");
    SimpleGroupFactory f = new SimpleGroupFactory(schema);
    try (ParquetWriter<Group> w = writer(out, schema)) {
      w.write(item(f, "I1", 3L).append("statutory_days", 20.0)); // BAD_NUMBER: 20.0 is no integer
      w.write(item(f, "I2", 3L).append("statutory_days", 12.5)); // BAD_NUMBER
      w.write(item(f, "I3", 3L).append("statutory_days", Double.NaN)); // BAD_NUMBER
      w.write(
          item(f, "I4", (1L << 32) + 3)); // BAD_NUMBER: beyond int (a plain cast would wrap to 3)
      w.write(
          item(f, "I5", 4L).append("promised_days", 10)); // accepted, required_resources [R1, R2]
    }
  }

  private static Group item(SimpleGroupFactory f, String code, long depth) {
    Group g =
        f.newGroup()
            .append("item_code", code)
            .append("item_name", "事项" + code)
            .append("dept_code", "D1")
            .append("item_type", "LICENSING")
            .append("online_depth", depth)
            .append("required_resources", "R1;R2");
    g.addGroup("note").append("text", "an extra nested column");
    return g;
  }

  private static void writeExchanges(Path out, int rows, String firstTs) throws IOException {
    MessageType schema = MessageTypeParser.parseMessageType(EXCHANGE_SCHEMA);
    SimpleGroupFactory f = new SimpleGroupFactory(schema);
    Instant start = Instant.parse(firstTs);
    try (ParquetWriter<Group> w = writer(out, schema)) {
      for (int i = 1; i <= rows; i++) {
        w.write(exchange(f, "P" + i, start.plus(i, ChronoUnit.HOURS), 10L * i));
      }
    }
  }

  private static void writeExtremeYears(Path out) throws IOException {
    MessageType schema = MessageTypeParser.parseMessageType(EXCHANGE_SCHEMA);
    SimpleGroupFactory f = new SimpleGroupFactory(schema);
    try (ParquetWriter<Group> w = writer(out, schema)) {
      w.write(exchange(f, "Y1", Instant.parse("0001-01-01T00:00:00Z"), 1L));
      w.write(exchange(f, "Y2", Instant.parse("9999-12-31T23:59:59.999999Z"), 2L));
      w.write(exchange(f, "Y3", Instant.parse("2026-08-01T00:00:00Z"), 3L));
    }
  }

  private static Group exchange(SimpleGroupFactory f, String id, Instant ts, long latency) {
    long micros =
        Math.addExact(Math.multiplyExact(ts.getEpochSecond(), 1_000_000L), ts.getNano() / 1000);
    return f.newGroup()
        .append("exchange_id", id)
        .append("ts", micros)
        .append("consumer_dept_code", "D1")
        .append("provider_dept_code", "D2")
        .append("resource_code", "R2")
        .append("network", "EXTRANET")
        .append("subject_type", "NONE")
        .append("status", "SUCCESS")
        .append("latency_ms", latency);
  }

  private static ParquetWriter<Group> writer(Path out, MessageType schema) throws IOException {
    Files.deleteIfExists(out);
    return ExampleParquetWriter.builder(new org.apache.hadoop.fs.Path(out.toAbsolutePath().toUri()))
        .withConf(new Configuration())
        .withType(schema)
        .withCompressionCodec(CompressionCodecName.UNCOMPRESSED)
        .build();
  }

  private Path file(String relative) throws IOException {
    Path p = root.resolve(relative);
    Files.createDirectories(p.getParent());
    return p;
  }

  private void text(String relative, String content) throws IOException {
    Files.writeString(file(relative), content, StandardCharsets.UTF_8);
  }

  private void bytes(String relative, byte[] content) throws IOException {
    Files.write(file(relative), content);
  }

  private static byte[] concat(byte[] a, String b) {
    byte[] tail = b.getBytes(StandardCharsets.UTF_8);
    byte[] all = java.util.Arrays.copyOf(a, a.length + tail.length);
    System.arraycopy(tail, 0, all, a.length, tail.length);
    return all;
  }
}
