package org.govscore.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.stream.Stream;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.govscore.testing.SparkJobs;
import org.govscore.testing.TestSpark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one results table that grows with the input (rejects) is written in canonical order as one
 * file, by one Spark job: no job of its own samples the rows for a global sort.
 */
class RejectsWriteTest {
  @TempDir java.nio.file.Path dir;

  @Test
  void rejectsAreWrittenInCanonicalOrderAsOneFileByOneJob() throws IOException {
    SparkSession spark = TestSpark.spark();
    List<RejectRecord> records =
        List.of(
            new RejectRecord("ratings", "r.csv", "9", "BAD_ENUM", "x"),
            new RejectRecord("exchanges", "b.csv", "1", "MISSING_VALUE", "y"),
            new RejectRecord("exchanges", "a.csv", "10", "BAD_TIMESTAMP", "z"),
            new RejectRecord("exchanges", "a.csv", "2", "BAD_TIMESTAMP", "z"),
            new RejectRecord("case_events", "c.csv", "5", "UNKNOWN_DEPARTMENT", "w"));
    // Three partitions, none of them in order.
    Dataset<Row> rows =
        spark
            .createDataFrame(
                records.stream().map(RejectRecord.CODEC::toRow).toList(),
                RejectRecord.CODEC.schema())
            .repartition(3);
    ResultsStore store = ResultsStore.open(spark, dir.resolve("results").toString());
    Path target = new Path(dir.resolve("rejects").toUri());

    int jobs = SparkJobs.startedBy(() -> store.writeDataset(rows, RejectRecord.CODEC, target));

    assertEquals(1, jobs, "Spark jobs to write the rejects");
    List<java.nio.file.Path> parts;
    try (Stream<java.nio.file.Path> files = Files.list(dir.resolve("rejects"))) {
      parts = files.filter(f -> f.getFileName().toString().endsWith(".parquet")).toList();
    }
    assertEquals(1, parts.size(), "files: " + parts);
    List<String> written =
        spark.read().parquet(parts.get(0).toString()).collectAsList().stream()
            .map(r -> r.getString(0) + "/" + r.getString(1) + "#" + r.getString(2))
            .toList();
    assertEquals(
        List.of(
            "case_events/c.csv#5",
            "exchanges/a.csv#10",
            "exchanges/a.csv#2",
            "exchanges/b.csv#1",
            "ratings/r.csv#9"),
        written);
  }
}
