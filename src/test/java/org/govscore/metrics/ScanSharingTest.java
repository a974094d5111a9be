package org.govscore.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.execution.SparkPlan;
import org.apache.spark.sql.execution.aggregate.HashAggregateExec;
import org.apache.spark.sql.execution.exchange.ShuffleExchangeExec;
import org.govscore.config.Parameters;
import org.govscore.config.Period;
import org.govscore.testing.Fixtures;
import org.govscore.testing.SparkJobs;
import org.govscore.testing.TestSpark;
import org.govscore.validation.InputValidation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import scala.collection.JavaConverters;

/**
 * Scan sharing, proven by counting Spark jobs: all the indicators and checks over exchanges (or
 * cases, or ratings) cost the jobs of one aggregation, however many there are; RCR joins the
 * distinct rated case IDs into the one case pass (proven on the plan's reads).
 */
class ScanSharingTest {
  private static EvaluationInputs inputs;

  /** The ratings fixture: the q3 fixture plus ratings, so RCR's join is in the case pass. */
  private static EvaluationInputs rated;

  private static final Methodology METHODOLOGY = new Methodology();

  @BeforeAll
  static void prepare() {
    SparkSession spark = TestSpark.spark();
    spark.catalog().clearCache(); // no cached aggregate of an earlier test may stand in for ours
    InputValidation.Result v =
        InputValidation.run(spark, Fixtures.fixture("q3").toString(), s -> {});
    inputs =
        new EvaluationInputs(
            spark,
            v.acceptedAll(),
            Period.parse("2026-Q3"),
            Parameters.defaultsOnly(),
            WorkingCalendar.weekdaysOnly());
    // materialise the validated inputs so that only the aggregation itself is counted below
    new SourceFrames(inputs).exchanges().count();
    new SourceFrames(inputs).cases(new SourceFrames(inputs).itemCatalogue()).count();
    InputValidation.Result r =
        InputValidation.run(spark, Fixtures.fixture("ratings").toString(), s -> {});
    rated =
        new EvaluationInputs(
            spark,
            r.acceptedAll(),
            Period.parse("2026-Q3"),
            Parameters.defaultsOnly(),
            WorkingCalendar.weekdaysOnly());
    new SourceFrames(rated).ratings().count();
    new SourceFrames(rated).cases(new SourceFrames(rated).itemCatalogue()).count();
  }

  /**
   * Leaves of the optimised plan (scans of persisted or read data) that carry a column named {@code
   * column}.
   */
  private static long scansWith(Dataset<Row> frame, String column) {
    return scala.collection.JavaConverters.seqAsJavaList(
            frame.queryExecution().optimizedPlan().collectLeaves())
        .stream()
        .filter(
            leaf ->
                scala.collection.JavaConverters.seqAsJavaList(leaf.output()).stream()
                    .anyMatch(a -> a.name().equals(column) || a.name().equals("t_" + column)))
        .count();
  }

  private static void collectAndRelease(AggregateResult result) {
    result.departmentValues();
    result.release();
  }

  @Test
  void everyExchangeMetricSharesOneAggregation() {
    List<Aggregation> all = METHODOLOGY.aggregations(Source.EXCHANGES);
    assertTrue(all.size() >= 15, "exchange metrics declared: " + all.size());
    int allJobs =
        SparkJobs.startedBy(
            () ->
                collectAndRelease(
                    AggregationRunner.run(
                        Source.EXCHANGES, new SourceFrames(inputs).exchanges(), all)));
    int oneJob =
        SparkJobs.startedBy(
            () ->
                collectAndRelease(
                    AggregationRunner.run(
                        Source.EXCHANGES,
                        new SourceFrames(inputs).exchanges(),
                        List.of(all.get(0)))));
    assertEquals(oneJob, allJobs, "jobs for " + all.size() + " aggregations vs one");
  }

  @Test
  void slicesOfAGroupingAreReadFromTheSameResult() {
    AggregateResult result =
        AggregationRunner.run(
            Source.EXCHANGES,
            new SourceFrames(inputs).exchanges(),
            METHODOLOGY.aggregations(Source.EXCHANGES));
    int first = SparkJobs.startedBy(result::departmentValues);
    Map<String, Map<String, Double>> values = result.departmentValues();
    int again = SparkJobs.startedBy(() -> result.frame(Grouping.RESOURCE, "k").collectAsList());
    assertTrue(
        again <= first, "a slice re-reads the persisted aggregate: " + again + " vs " + first);
    // E1, E2, E7, E9: four exchanges in the period with D1 as consumer (see MethodologyFixtureTest)
    assertEquals(
        4.0, values.get("D1").get(Source.EXCHANGES + "__CONSUMER__EX_EXTRANET_applicable"));
    result.release();
  }

  @Test
  void everyCaseMetricSharesOneAggregation() {
    List<Aggregation> all = METHODOLOGY.aggregations(Source.CASES);
    SourceFrames frames = new SourceFrames(inputs);
    int allJobs =
        SparkJobs.startedBy(
            () ->
                collectAndRelease(
                    AggregationRunner.run(
                        Source.CASES, frames.cases(frames.itemCatalogue()), all)));
    int oneJob =
        SparkJobs.startedBy(
            () ->
                collectAndRelease(
                    AggregationRunner.run(
                        Source.CASES, frames.cases(frames.itemCatalogue()), List.of(all.get(0)))));
    assertEquals(oneJob, allJobs, "jobs for " + all.size() + " aggregations vs one");
  }

  @Test
  void everyRatingsMetricSharesOneAggregation() {
    List<Aggregation> all = METHODOLOGY.aggregations(Source.RATINGS);
    assertEquals(
        11,
        all.size(),
        "SAT 2, BRR 2, rated items 2, levels 5: "
            + all); // SAT's "ratings" and the items' differ by grouping
    SourceFrames frames = new SourceFrames(rated);
    int allJobs =
        SparkJobs.startedBy(
            () -> collectAndRelease(AggregationRunner.run(Source.RATINGS, frames.ratings(), all)));
    int oneJob =
        SparkJobs.startedBy(
            () ->
                collectAndRelease(
                    AggregationRunner.run(Source.RATINGS, frames.ratings(), List.of(all.get(0)))));
    assertEquals(oneJob, allJobs, "jobs for " + all.size() + " aggregations vs one");
  }

  /**
   * RCR rides in the case pass: the cases frame joins the distinct rated case IDs, so case events
   * are read no more often than without ratings, and the case aggregation with RCR costs the jobs
   * of one aggregation.
   */
  @Test
  void ratingCoverageRidesInTheCasePassWithoutAnotherReadOfCaseEvents() {
    SourceFrames frames = new SourceFrames(rated);
    Dataset<Row> cases = frames.cases(frames.itemCatalogue());
    SourceFrames plain = new SourceFrames(inputs);
    Dataset<Row> plainCases = plain.cases(plain.itemCatalogue());
    // The case-level view is read by the pass and by BCR's matching (as in v1); RCR adds no read.
    assertEquals(
        scansWith(plainCases, "activity"),
        scansWith(cases, "activity"),
        "RCR adds no read of case events:\n" + cases.queryExecution().optimizedPlan());
    assertEquals(
        1, scansWith(cases, "rectified_ts"), "ratings read once, for their distinct case IDs");
    assertEquals(0, scansWith(plainCases, "rectified_ts"), "no ratings: no join");
    List<Aggregation> all = METHODOLOGY.aggregations(Source.CASES);
    // Spark prunes a join whose columns no aggregation reads, so the smallest pass that reads every
    // join is BCR's score (the exchange matching) with RCR's rated cases (the ratings join): the
    // other aggregations must add no job to it.
    Aggregation score = all.get(0);
    assertEquals("CASES__OWNER__collaboration_score", score.columnName());
    Aggregation rated =
        all.stream().filter(a -> a.name().equals("rated_cases")).findFirst().orElseThrow();
    int allJobs =
        SparkJobs.startedBy(
            () ->
                collectAndRelease(
                    AggregationRunner.run(
                        Source.CASES, frames.cases(frames.itemCatalogue()), all)));
    int twoJobs =
        SparkJobs.startedBy(
            () ->
                collectAndRelease(
                    AggregationRunner.run(
                        Source.CASES,
                        frames.cases(frames.itemCatalogue()),
                        List.of(score, rated))));
    assertEquals(
        twoJobs,
        allJobs,
        "jobs for " + all.size() + " aggregations vs BCR's score and RCR's rated cases");
  }

  /**
   * The rated case IDs are shuffled by case ID before they are made distinct: ratings of a case are
   * spread over the log, so a distinct per input partition removed few and held a hash table of
   * every ID the partition has. Every aggregation of the IDs sits above their shuffle.
   */
  @Test
  void ratedCaseIdsAreShuffledBeforeTheyAreMadeDistinct() {
    SourceFrames frames = new SourceFrames(rated);
    SparkPlan plan = frames.cases(frames.itemCatalogue()).queryExecution().executedPlan();
    List<SparkPlan> distinctIds = new ArrayList<>();
    collect(
        plan,
        p ->
            p instanceof HashAggregateExec h
                && h.groupingExpressions().mkString(",").contains("rated_case_id"),
        distinctIds);
    assertFalse(distinctIds.isEmpty(), "no aggregation of rated case IDs in\n" + plan);
    for (SparkPlan aggregate : distinctIds) {
      List<SparkPlan> shuffles = new ArrayList<>();
      collect(aggregate, p -> p instanceof ShuffleExchangeExec, shuffles);
      assertFalse(shuffles.isEmpty(), "an aggregation below the shuffle:\n" + aggregate);
    }
  }

  private static void collect(SparkPlan plan, Predicate<SparkPlan> wanted, List<SparkPlan> out) {
    if (wanted.test(plan)) {
      out.add(plan);
    }
    for (SparkPlan child : JavaConverters.seqAsJavaList(plan.children())) {
      collect(child, wanted, out);
    }
  }
}
