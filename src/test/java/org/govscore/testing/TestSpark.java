package org.govscore.testing;

import com.holdenkarau.spark.testing.JavaDataFrameSuiteBase;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.govscore.spark.SparkSessions;

/**
 * One Spark session for the whole test JVM (Spark allows one context per JVM), built as every
 * govscore command builds its session ({@link SparkSessions#create}), so tests run with the
 * product's settings, with two test choices on top: two shuffle partitions and no adaptive
 * execution (as evaluate runs small inputs; two partitions still split every shuffle).
 *
 * <p>Not spark-testing-base's session: that one enables Hive support (its metastore and catalog
 * cost start-up time no govscore command pays) and lacks the product's settings, among them the
 * bounded plan rendering that saves seconds per job. spark-testing-base stays for its DataFrame
 * assertions ({@link #base()}).
 */
public final class TestSpark {
  /** The test choices, set again whenever a test asks for the session (see {@link #spark()}). */
  private static final Map<String, String> TEST_SETTINGS =
      Map.of("spark.sql.shuffle.partitions", "2", "spark.sql.adaptive.enabled", "false");

  private static SparkSession session;
  private static JavaDataFrameSuiteBase assertions;

  private TestSpark() {}

  /**
   * The shared session. A command run in-process (e.g. {@code GovscoreCli.run} in a command test)
   * reuses it, and would apply the product's defaults for a session of unknown input size (several
   * shuffle partitions, adaptive execution) to it for every later test. So the test choices are
   * also JVM system properties, which every {@code SparkSessions.create} in this JVM reads as
   * configured (as spark-submit passes settings), and are set again here before each use.
   */
  public static synchronized SparkSession spark() {
    if (session == null) {
      TEST_SETTINGS.forEach(System::setProperty);
      session =
          SparkSessions.create(
              "govscore tests",
              "Asia/Shanghai",
              // As spark-testing-base did: no lookup of the machine's host name. And room for the
              // generated code of every query the suite plans: the default cache (100 classes)
              // held less than one evaluate's, so every in-process evaluate compiled its code
              // again (RatingsFixtureTest + RatingLevelsFixtureTest: 98.7 s of CPU before, 77.2 s
              // after).
              Map.of(
                  "spark.driver.host", "localhost", "spark.sql.codegen.cache.maxEntries", "5000"));
      session.sparkContext().setLogLevel("ERROR");
    }
    TEST_SETTINGS.forEach(session.conf()::set);
    return session;
  }

  /**
   * spark-testing-base's DataFrame assertions (they use only the frames they are given, not a
   * session of their own).
   */
  public static synchronized JavaDataFrameSuiteBase base() {
    if (assertions == null) {
      assertions = new JavaDataFrameSuiteBase();
    }
    return assertions;
  }
}
