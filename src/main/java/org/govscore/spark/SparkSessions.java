package org.govscore.spark;

import java.util.Map;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * Builds the SparkSession every command uses. The master is never hard-coded: whatever
 * spark-submit or {@code --conf spark.master=...} configured wins, and {@code local[*]} is only the
 * default when nothing is configured.
 */
public final class SparkSessions {
  public static final String DEFAULT_MASTER = "local[*]";

  private SparkSessions() {}

  public static SparkSession create(String appName, String timeZone, Map<String, String> conf) {
    SparkConf sparkConf = new SparkConf(); // picks up spark.* system properties (spark-submit)
    conf.forEach((key, value) -> {
      // spark-submit's --master wins over a job file or --conf: a cluster run must not fall back.
      if (!key.equals("spark.master") || !sparkConf.contains("spark.master")) {
        sparkConf.set(key, value);
      }
    });
    if (!sparkConf.contains("spark.master")) {
      sparkConf.setMaster(DEFAULT_MASTER);
    }
    setIfAbsent(sparkConf, "spark.app.name", appName);
    setIfAbsent(sparkConf, "spark.ui.enabled", "false");
    setIfAbsent(sparkConf, "spark.sql.adaptive.enabled", "true");
    setIfAbsent(sparkConf, "spark.sql.shuffle.partitions", defaultShufflePartitions(sparkConf));
    // One file per input partition keeps row references (file + row index) exact; see RowReference.
    setIfAbsent(sparkConf, "spark.sql.files.openCostInBytes", String.valueOf(128L * 1024 * 1024));
    setIfAbsent(sparkConf, "spark.sql.parquet.outputTimestampType", "TIMESTAMP_MICROS");
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

  private static void setIfAbsent(SparkConf conf, String key, String value) {
    if (!conf.contains(key)) {
      conf.set(key, value);
    }
  }
}
