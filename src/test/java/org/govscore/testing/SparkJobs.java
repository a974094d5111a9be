package org.govscore.testing;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobEnd;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.sql.SparkSession;

/**
 * Counts the Spark jobs an action starts on the test session: each count has a job group of its
 * own, and job events carry their group, so a late event of another action is not miscounted.
 */
public final class SparkJobs {
  private static final String GROUP = "spark.jobGroup.id";
  private static final Map<String, AtomicInteger> STARTED = new ConcurrentHashMap<>();
  private static final Map<String, AtomicInteger> ENDED = new ConcurrentHashMap<>();
  private static final Map<Integer, String> GROUP_OF_JOB = new ConcurrentHashMap<>();

  static {
    TestSpark.spark()
        .sparkContext()
        .addSparkListener(
            new SparkListener() {
              @Override
              public void onJobStart(SparkListenerJobStart start) {
                String group =
                    start.properties() == null ? null : start.properties().getProperty(GROUP);
                if (group != null) {
                  GROUP_OF_JOB.put(start.jobId(), group);
                  STARTED.computeIfAbsent(group, g -> new AtomicInteger()).incrementAndGet();
                }
              }

              @Override
              public void onJobEnd(SparkListenerJobEnd end) {
                String group = GROUP_OF_JOB.get(end.jobId());
                if (group != null) {
                  ENDED.computeIfAbsent(group, g -> new AtomicInteger()).incrementAndGet();
                }
              }
            });
  }

  private SparkJobs() {}

  /** The jobs {@code action} started, once all of them have ended. */
  public static int startedBy(Runnable action) {
    String group = "counted-" + UUID.randomUUID();
    SparkSession spark = TestSpark.spark();
    spark.sparkContext().setJobGroup(group, "counted", false);
    try {
      action.run();
    } finally {
      spark.sparkContext().clearJobGroup();
    }
    // The listener bus is asynchronous: wait until every started job of the group has ended.
    for (int i = 0; i < 200; i++) {
      int started = STARTED.getOrDefault(group, new AtomicInteger()).get();
      if (started > 0 && started == ENDED.getOrDefault(group, new AtomicInteger()).get()) {
        sleep(200);
        if (started == STARTED.get(group).get()) {
          return started;
        }
      }
      sleep(100);
    }
    return STARTED.getOrDefault(group, new AtomicInteger()).get();
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
