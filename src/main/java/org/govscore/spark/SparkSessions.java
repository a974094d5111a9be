package org.govscore.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * Builds the SparkSession every command uses. The master is never hard-coded: whatever spark-submit
 * or {@code --conf spark.master=...} configured wins, and {@code local[*]} is only the default when
 * nothing is configured.
 */
public final class SparkSessions {
  public static final String DEFAULT_MASTER = "local[*]";

  /**
   * Lists the settings below that govscore chose itself, so it may adapt them to the input size.
   */
  static final String DEFAULTED = "spark.govscore.defaulted";

  /**
   * How a log-sized frame read by several jobs (a validated log, the case rows) is kept: serialized
   * on the executors' local disks, not in the heap. A heap that holds the logs is a heap the
   * collector keeps copying: on the benchmark's 1x set (31,000,000 rows) the in-memory caches
   * (about 2,900 MiB) outgrew Spark's storage memory, so blocks were unrolled in memory before
   * spilling, and garbage collection paused the run for 27 s (17 full collections). On local disk,
   * in the operating system's page cache, they cost a serialization: pauses fell to 12 s and peak
   * RSS from 5,727 MiB to about 3,600 MiB, with every result table identical. Wall time: 195.3 s
   * median before; 181.0, 195.7 and 205.3 s in three benchmark invocations after (DuckDB 64.4
   * before; 64.3, 62.5 and 67.3 after), a few per cent, within this machine's run-to-run spread.
   */
  public static final StorageLevel LOG_CACHE = StorageLevel.DISK_ONLY();

  /** Inputs up to this size are small: planning, not data, dominates their run. */
  public static final long SMALL_INPUT_BYTES = 64L * 1024 * 1024;

  private SparkSessions() {}

  public static SparkSession create(String appName, String timeZone, Map<String, String> conf) {
    SparkConf sparkConf = new SparkConf(); // picks up spark.* system properties (spark-submit)
    conf.forEach(
        (key, value) -> {
          // spark-submit's --master wins over a job file or --conf: a cluster run must not fall
          // back.
          if (!key.equals("spark.master") || !sparkConf.contains("spark.master")) {
            sparkConf.set(key, value);
          }
        });
    if (!sparkConf.contains("spark.master")) {
      sparkConf.setMaster(DEFAULT_MASTER);
    }
    setIfAbsent(sparkConf, "spark.app.name", appName);
    setIfAbsent(sparkConf, "spark.ui.enabled", "false");
    List<String> defaulted = new ArrayList<>();
    // Adaptive execution re-plans after every stage and renders the whole plan again each time;
    // in local mode it has few partitions to coalesce and no skew across machines to fix. Off
    // there at every size (10,000,000 exchanges: 131 s instead of 140 s, results identical), on
    // for a cluster.
    String adaptive = sparkConf.get("spark.master").startsWith("local") ? "false" : "true";
    setIfAbsent(sparkConf, "spark.sql.adaptive.enabled", adaptive);
    if (setIfAbsent(
        sparkConf, "spark.sql.shuffle.partitions", defaultShufflePartitions(sparkConf))) {
      defaulted.add("spark.sql.shuffle.partitions");
    }
    sparkConf.set(DEFAULTED, String.join(",", defaulted));
    // One file per input partition keeps row references (file + row index) exact; see RowReference.
    setIfAbsent(sparkConf, "spark.sql.files.openCostInBytes", String.valueOf(128L * 1024 * 1024));
    setIfAbsent(sparkConf, "spark.sql.parquet.outputTimestampType", "TIMESTAMP_MICROS");
    // A validated log is cached once and read a few times: compressing the cache (gathering
    // dictionary statistics for every value) cost more than the reads it saved (10,000,000
    // exchanges: 83 s of validation with compression, 50 s without).
    setIfAbsent(sparkConf, "spark.sql.inMemoryColumnarStorage.compressed", "false");
    setIfAbsent(sparkConf, "spark.sql.ansi.enabled", "false");
    // Timestamps are ISO-8601, i.e. proleptic Gregorian. Spark refuses to read dates before 1582
    // from Parquet written by other tools (pyarrow, parquet-mr: no Spark metadata) unless told the
    // calendar; without this a year-0001 timestamp fails the whole run instead of being judged.
    setIfAbsent(sparkConf, "spark.sql.parquet.datetimeRebaseModeInRead", "CORRECTED");
    setIfAbsent(sparkConf, "spark.sql.parquet.int96RebaseModeInRead", "CORRECTED");
    // Spark renders every plan to a string for its listeners; our plans are wide, and rendering
    // them in full costs seconds per job. A bounded rendering is plenty for the log.
    setIfAbsent(sparkConf, "spark.sql.maxPlanStringLength", "4096");
    sparkConf.set("spark.sql.session.timeZone", timeZone);
    return SparkSession.builder().config(sparkConf).getOrCreate();
  }

  private static String defaultShufflePartitions(SparkConf conf) {
    String master = conf.get("spark.master");
    if (master.startsWith("local")) {
      // Local mode: a few partitions per core; AQE coalesces further.
      return String.valueOf(Math.max(4, Runtime.getRuntime().availableProcessors() * 4));
    }
    return "200";
  }

  private static boolean setIfAbsent(SparkConf conf, String key, String value) {
    if (conf.contains(key)) {
      return false;
    }
    conf.set(key, value);
    return true;
  }

  /**
   * Whether a run over this much input in this session is small: in local mode, the driver's
   * planning of each query then takes longer than its tasks.
   */
  public static boolean planningDominates(SparkSession spark, long inputBytes) {
    return inputBytes <= SMALL_INPUT_BYTES && spark.sparkContext().master().startsWith("local");
  }

  /**
   * Adapts the settings govscore chose itself (never the user's) to the size of a job's input.
   * Small inputs in local mode: one shuffle partition (adaptive execution is already off in local
   * mode). On a cold JVM every extra task costs more than the data: measured on the demo data
   * (63,000 rows, 2 cores), one partition and no adaptive execution took evaluate's CPU time from
   * 37.6 s to 25.8 s. Results do not depend on either setting.
   *
   * @return whether anything was changed
   */
  public static boolean tuneForInput(SparkSession spark, long inputBytes) {
    if (!planningDominates(spark, inputBytes)) {
      return false;
    }
    List<String> defaulted = List.of(spark.sparkContext().getConf().get(DEFAULTED, "").split(","));
    if (defaulted.contains("spark.sql.shuffle.partitions")) {
      spark.conf().set("spark.sql.shuffle.partitions", "1");
      return true;
    }
    return false;
  }
}
