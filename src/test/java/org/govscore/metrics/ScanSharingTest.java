package org.govscore.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.sql.SparkSession;
import org.govscore.config.Parameters;
import org.govscore.config.Period;
import org.govscore.testing.Fixtures;
import org.govscore.testing.TestSpark;
import org.govscore.validation.InputValidation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Scan sharing, proven by counting Spark jobs: all the indicators and checks over exchanges (or
 * cases) cost the jobs of one aggregation, however many there are.
 */
class ScanSharingTest {
  private static EvaluationInputs inputs;
  private static final Methodology METHODOLOGY = new Methodology();

  @BeforeAll
  static void prepare() {
    SparkSession spark = TestSpark.spark();
    InputValidation.Result v = InputValidation.run(spark, Fixtures.fixture("q3").toString(), s -> { });
    inputs = new EvaluationInputs(spark, v.acceptedAll(), Period.parse("2026-Q3"), Parameters.defaultsOnly(),
        WorkingCalendar.weekdaysOnly());
    // materialise the validated inputs so that only the aggregation itself is counted below
    new SourceFrames(inputs).exchanges().count();
    new SourceFrames(inputs).cases(new SourceFrames(inputs).itemCatalogue()).count();
  }

  private static int jobsOf(Runnable action) {
    AtomicInteger jobs = new AtomicInteger();
    SparkListener listener = new SparkListener() {
      @Override
      public void onJobStart(SparkListenerJobStart start) {
        jobs.incrementAndGet();
      }
    };
    SparkSession spark = TestSpark.spark();
    spark.sparkContext().addSparkListener(listener);
    try {
      action.run();
      waitForListeners(jobs);
    } finally {
      spark.sparkContext().removeSparkListener(listener);
    }
    return jobs.get();
  }

  /** The listener bus is asynchronous: wait until the count stops moving. */
  private static void waitForListeners(AtomicInteger jobs) {
    int last = -1;
    for (int i = 0; i < 20 && last != jobs.get(); i++) {
      last = jobs.get();
      try {
        Thread.sleep(250);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  @Test
  void everyExchangeMetricSharesOneAggregation() {
    List<Aggregation> all = METHODOLOGY.aggregations(Source.EXCHANGES);
    assertTrue(all.size() >= 15, "exchange metrics declared: " + all.size());
    int allJobs = jobsOf(() -> AggregationRunner.run(Source.EXCHANGES, new SourceFrames(inputs).exchanges(), all)
        .departmentValues());
    int oneJob = jobsOf(() -> AggregationRunner.run(Source.EXCHANGES, new SourceFrames(inputs).exchanges(),
        List.of(all.get(0))).departmentValues());
    assertEquals(oneJob, allJobs, "jobs for " + all.size() + " aggregations vs one");
  }

  @Test
  void slicesOfAGroupingAreReadFromTheSameResult() {
    AggregateResult result = AggregationRunner.run(Source.EXCHANGES, new SourceFrames(inputs).exchanges(),
        METHODOLOGY.aggregations(Source.EXCHANGES));
    int first = jobsOf(result::departmentValues);
    Map<String, Map<String, Double>> values = result.departmentValues();
    int again = jobsOf(() -> result.frame(Grouping.RESOURCE, "k").collectAsList());
    assertTrue(again <= first, "a slice re-reads the persisted aggregate: " + again + " vs " + first);
    // E1, E2, E7, E9: four exchanges in the period with D1 as consumer (see MethodologyFixtureTest)
    assertEquals(4.0, values.get("D1").get(Source.EXCHANGES + "__CONSUMER__EX_EXTRANET_applicable"));
  }

  @Test
  void everyCaseMetricSharesOneAggregation() {
    List<Aggregation> all = METHODOLOGY.aggregations(Source.CASES);
    SourceFrames frames = new SourceFrames(inputs);
    int allJobs = jobsOf(() -> AggregationRunner.run(Source.CASES, frames.cases(frames.itemCatalogue()), all)
        .departmentValues());
    int oneJob = jobsOf(() -> AggregationRunner.run(Source.CASES, frames.cases(frames.itemCatalogue()),
        List.of(all.get(0))).departmentValues());
    assertEquals(oneJob, allJobs, "jobs for " + all.size() + " aggregations vs one");
  }
}
