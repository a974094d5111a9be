package org.govscore.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.hadoop.fs.Path;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobEnd;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
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

    int jobs = jobsOf(spark, () -> store.writeDataset(rows, RejectRecord.CODEC, target));

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

  /** The Spark jobs an action starts, counted by a job group of its own. */
  private static int jobsOf(SparkSession spark, Runnable action) {
    String group = "rejects-write-" + UUID.randomUUID();
    AtomicInteger started = new AtomicInteger();
    AtomicInteger ended = new AtomicInteger();
    List<Integer> ours = new java.util.concurrent.CopyOnWriteArrayList<>();
    SparkListener listener =
        new SparkListener() {
          @Override
          public void onJobStart(SparkListenerJobStart start) {
            if (start.properties() != null
                && group.equals(start.properties().getProperty("spark.jobGroup.id"))) {
              ours.add(start.jobId());
              started.incrementAndGet();
            }
          }

          @Override
          public void onJobEnd(SparkListenerJobEnd end) {
            if (ours.contains(end.jobId())) {
              ended.incrementAndGet();
            }
          }
        };
    spark.sparkContext().addSparkListener(listener);
    spark.sparkContext().setJobGroup(group, "counted", false);
    try {
      action.run();
      // The listener bus is asynchronous: wait until every started job has ended.
      for (int i = 0; i < 100 && (started.get() == 0 || started.get() != ended.get()); i++) {
        Thread.sleep(100);
      }
      Thread.sleep(200);
      return started.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } finally {
      spark.sparkContext().clearJobGroup();
      spark.sparkContext().removeSparkListener(listener);
    }
  }
}
