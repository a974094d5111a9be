package org.govscore.testing;

import com.holdenkarau.spark.testing.JavaDataFrameSuiteBase;
import org.apache.spark.sql.SparkSession;

/**
 * One Spark session for the whole test JVM (Spark allows one context per JVM), created by
 * spark-testing-base so its DataFrame assertions are at hand.
 */
public final class TestSpark {
  private static JavaDataFrameSuiteBase base;

  private TestSpark() {}

  public static synchronized JavaDataFrameSuiteBase base() {
    if (base == null) {
      base = new JavaDataFrameSuiteBase();
      base.runBefore();
      SparkSession s = base.spark();
      s.sparkContext().setLogLevel("ERROR");
      s.conf().set("spark.sql.shuffle.partitions", "2");
      s.conf().set("spark.sql.session.timeZone", "Asia/Shanghai");
      // As evaluate runs small inputs: no adaptive re-planning, which costs more than such data.
      s.conf().set("spark.sql.adaptive.enabled", "false");
    }
    return base;
  }

  public static SparkSession spark() {
    return base().spark();
  }
}
