package org.govscore.metrics;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.explode_outer;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.to_date;
import static org.apache.spark.sql.functions.when;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.util.DateTimeUtils;
import org.govscore.contract.DatasetKind;
import org.govscore.spark.SparkSessions;

/**
 * Builds the row sets of {@link Source} from accepted data: the period filter, catalogue enrichment
 * by broadcast join, and the case-level view of the event log.
 */
final class SourceFrames {
  /**
   * Separates rated department and item in the rated-item key (the first separator: codes hold no
   * control character in practice, and a code that did would only misname an item in a finding's
   * text).
   */
  static final String ITEM_SEPARATOR = "\u0001";

  private final EvaluationInputs in;
  private final Instant start;
  private final Instant end;
  private final Column periodStart;
  private final Column periodEnd;
  private final List<Dataset<Row>> persisted = new ArrayList<>();

  SourceFrames(EvaluationInputs in) {
    this.in = in;
    this.start = in.period().startInstant(in.zone()).toInstant();
    this.end = in.period().endInstant(in.zone()).toInstant();
    this.periodStart = lit(Timestamp.from(start));
    this.periodEnd = lit(Timestamp.from(end));
  }

  /**
   * The per-case grouping, with the codes an accepted event can hold: departments (accepted ones
   * only, by the reference rule), catalogued items and the contract's channels.
   */
  CaseGrouping caseGrouping(Dataset<Row> itemCatalogue) {
    List<String> departments = new ArrayList<>();
    in.dataset(DatasetKind.DEPARTMENTS)
        .select(col("dept_code"))
        .collectAsList()
        .forEach(r -> departments.add(r.getString(0)));
    List<String> items = new ArrayList<>();
    itemCatalogue.select(col("item_code")).collectAsList().forEach(r -> items.add(r.getString(0)));
    departments.removeIf(Objects::isNull);
    items.removeIf(Objects::isNull);
    return new CaseGrouping(
        DateTimeUtils.instantToMicros(start),
        DateTimeUtils.instantToMicros(end),
        departments,
        items,
        DatasetKind.CASE_EVENTS.column("channel").enumValues());
  }

  /** Releases what building the frames persisted, once the passes that read them have run. */
  void release() {
    persisted.forEach(Dataset::unpersist);
    persisted.clear();
  }

  private Column inPeriod(Column ts) {
    return ts.geq(periodStart).and(ts.lt(periodEnd));
  }

  /** Exchanges with ts in the period, with their resource's catalogue entry. */
  Dataset<Row> exchanges() {
    Dataset<Row> catalogue =
        in.resources()
            .select(
                col("resource_code").as("r_code"),
                col("provider_dept_code").as(SourceColumns.CAT_PROVIDER),
                col("standard_code").as(SourceColumns.CAT_STANDARD));
    Dataset<Row> ex = in.exchanges().filter(inPeriod(col("ts")));
    Column subjectValid =
        when(
                col("subject_type").equalTo("PERSON"),
                IdentifierColumns.validCitizenId(col("subject_id"), to_date(col("ts"))))
            .when(
                col("subject_type").equalTo("ENTITY"),
                IdentifierColumns.validUscc(col("subject_id")))
            .otherwise(lit(false));
    Column catalogued = col("r_code").isNotNull();
    Column cross = col("consumer_dept_code").notEqual(col("provider_dept_code"));
    return ex.join(broadcast(catalogue), col("resource_code").equalTo(col("r_code")), "left")
        .select(
            col("consumer_dept_code"),
            col("provider_dept_code"),
            col("status"),
            col(SourceColumns.NETWORK),
            col(SourceColumns.SUBJECT_TYPE),
            coalesce(subjectValid, lit(false)).as(SourceColumns.SUBJECT_ID_VALID),
            catalogued.as(SourceColumns.CATALOGUED),
            col(SourceColumns.CAT_PROVIDER),
            col(SourceColumns.CAT_STANDARD),
            col("standard_code"),
            cross.as(SourceColumns.CROSS),
            col("status").equalTo("SUCCESS").as(SourceColumns.SUCCESS),
            // RSR counts only cross-department exchanges; others belong to no resource unit.
            when(catalogued.and(cross), col("resource_code")).as("cat_resource_code"));
  }

  /**
   * The period's latencies counted per provider and {@link LatencyPercentiles#bucket}
   * (latency_provider, latency_bucket, n): the first step of LAT_P50 and LAT_P95.
   *
   * <p>An aggregation of its own, not a grouping of the exchanges pass: a large log has a few
   * hundred thousand (provider, bucket) pairs, nearly all in every partition, and in the pass's
   * hash map each of them carried every value slot of the pass. That made the map of every task
   * several times larger than its department and resource keys need, and its lookups (four per row)
   * missed the processor's caches. The price is one more read of the cached log, which cost less on
   * the benchmark's 1x set (pass, buckets and exact step 26.3 s of task time before, 22.4 s after).
   */
  Dataset<Row> latencyBuckets() {
    return latencies()
        .groupBy(
            col("latency_provider"),
            LatencyPercentiles.bucket(col("latency_ms")).as("latency_bucket"))
        .agg(count(lit(1)).as("n"));
  }

  /**
   * The period's latencies with their provider (latency_provider, latency_ms): the second step of
   * LAT_P50 and LAT_P95.
   */
  Dataset<Row> latencies() {
    return in.exchanges()
        .filter(inPeriod(col("ts")).and(col("latency_ms").isNotNull()))
        .select(col("provider_dept_code").as("latency_provider"), col("latency_ms"));
  }

  /**
   * The item catalogue with what cases need: owner, promised days, and the external requirements E
   * (catalogued required resources of another provider).
   */
  Dataset<Row> itemCatalogue() {
    Dataset<Row> providers =
        in.resources()
            .select(
                col("resource_code").as("req_code"), col("provider_dept_code").as("req_provider"));
    Dataset<Row> exploded =
        in.items().select(col("*"), explode_outer(col("required_resources")).as("req"));
    Column catalogued = col("req_code").isNotNull();
    return exploded
        .join(broadcast(providers), col("req").equalTo(col("req_code")), "left")
        .groupBy(col("item_code"))
        .agg(
            first(col("dept_code")).as("dept_code"),
            first(col("online_depth")).as("online_depth"),
            first(col("statutory_days"), true).as("statutory_days"),
            first(col("promised_days"), true).as("promised_days"),
            max(col("req").isNotNull()).as(SourceColumns.HAS_REQUIREMENTS),
            min(when(col("req").isNotNull(), catalogued)).as(SourceColumns.REQUIREMENTS_CATALOGUED),
            collect_set(
                    when(
                        catalogued.and(col("req_provider").notEqual(col("dept_code"))), col("req")))
                .as("ext"));
  }

  /**
   * Cases starting in the period, one row each, with owner, channel, visits, completion and BCR
   * score.
   */
  Dataset<Row> cases(Dataset<Row> itemCatalogue) {
    Dataset<Row> cases =
        caseGrouping(itemCatalogue)
            .cases(in.caseEvents(), in.latestMicros().get(DatasetKind.CASE_EVENTS));
    // Read twice below (BCR's matches and the case rows), each time with other columns: persisted,
    // or Spark would group every event twice.
    cases = cases.persist(SparkSessions.LOG_CACHE);
    persisted.add(cases);

    Dataset<Row> items =
        itemCatalogue.select(
            col("item_code").as("i_code"),
            col("dept_code").as("i_owner"),
            col("promised_days").as("i_promised"),
            col("ext"),
            size(col("ext")).as("ext_count"));
    Dataset<Row> enriched =
        cases
            .join(broadcast(items), col("item_code").equalTo(col("i_code")), "left")
            .withColumn(
                SourceColumns.CROSS_CASE, col("i_code").isNotNull().and(col("ext_count").gt(0)));

    // A semi join only asks whether a pair exists: no need to make the 10,000,000 pairs of a
    // large log distinct first.
    Dataset<Row> successPairs =
        in.exchanges()
            .filter(col("status").equalTo("SUCCESS").and(col("case_id").isNotNull()))
            .select(col("case_id").as("s_case"), col("resource_code").as("s_resource"));
    Dataset<Row> matched =
        enriched
            .filter(col(SourceColumns.CROSS_CASE))
            .select(col("case_id").as("m_case"), explode(col("ext")).as("m_resource"))
            .join(
                successPairs,
                col("m_case")
                    .equalTo(col("s_case"))
                    .and(col("m_resource").equalTo(col("s_resource"))),
                "left_semi")
            .groupBy(col("m_case"))
            .agg(count(lit(1)).as("matched"));

    Column matchedCount = coalesce(col("matched"), lit(0L));
    // RCR: a join with the distinct rated case IDs (both sides keyed by case_id, so the case
    // grouping's partitioning serves it), not a set on the driver; without ratings no case is
    // rated. The IDs are shuffled before they are made distinct: ratings of a case are spread over
    // the log, so a distinct per input partition removed few of them (benchmark's 1x set: 6,748,394
    // of 8,252,186 IDs left) at the price of a hash table of every ID the partition holds. Its
    // stage took 6.5 s of task time before, 2.7 s after.
    Column rated = lit(false);
    if (in.has(DatasetKind.RATINGS)) {
      Dataset<Row> ratedCases =
          in.ratings()
              .filter(col("case_id").isNotNull())
              .select(col("case_id").as("rated_case_id"))
              .repartition(col("rated_case_id"))
              .distinct();
      enriched =
          enriched.join(
              ratedCases.hint("shuffle_hash"),
              col("case_id").equalTo(col("rated_case_id")),
              "left");
      rated = col("rated_case_id").isNotNull();
    }
    Column workingDays =
        in.calendar().workingDaysBetween(to_date(col("start")), to_date(col("completed")));
    return enriched
        .join(matched.hint("shuffle_hash"), col("case_id").equalTo(col("m_case")), "left")
        .select(
            coalesce(col("i_owner"), col("first_dept")).as("owner_dept"),
            col("first_dept"),
            col("i_code").as("cat_item_code"),
            col("i_code").isNotNull().as(SourceColumns.ITEM_CATALOGUED),
            coalesce(col("channel").isin("ONLINE", "MOBILE"), lit(false)).as(SourceColumns.ONLINE),
            col("channel").isNotNull().as(SourceColumns.HAS_CHANNEL),
            col(SourceColumns.VISITS),
            col("dept_min").notEqual(col("dept_max")).as(SourceColumns.HANDOVER),
            col("completed")
                .isNotNull()
                .and(col("i_promised").isNotNull())
                .as(SourceColumns.OTR_APPLICABLE),
            coalesce(workingDays.leq(col("i_promised")), lit(false)).as(SourceColumns.ON_TIME),
            col(SourceColumns.CROSS_CASE),
            when(
                    col(SourceColumns.CROSS_CASE),
                    matchedCount
                        .cast(AggregationRunner.FRACTION)
                        .divide(col("ext_count"))
                        .cast(AggregationRunner.FRACTION))
                .as(SourceColumns.BCR_SCORE),
            col(SourceColumns.CROSS_CASE)
                .and(matchedCount.equalTo(col("ext_count")))
                .as(SourceColumns.FULLY),
            rated.as(SourceColumns.RATED_CASE));
  }

  /**
   * Ratings with ts in the period: good (level >= 4), bad (level <= 2), and bad ones rectified
   * within {@code ratings.rectify_days} working days, wd(date(ts), date(rectified_ts)) in the job's
   * zone.
   */
  Dataset<Row> ratings() {
    Column bad = col("level").leq(2);
    Column workingDays =
        in.calendar().workingDaysBetween(to_date(col("ts")), to_date(col("rectified_ts")));
    Column inTime =
        bad.and(col("rectified_ts").isNotNull())
            .and(workingDays.leq(in.parameters().ratingsRectifyDays()));
    return in.ratings()
        .filter(inPeriod(col("ts")))
        .select(
            col("dept_code"),
            col("level").as(SourceColumns.RATING_LEVEL),
            col("level").geq(4).as(SourceColumns.GOOD_RATING),
            bad.as(SourceColumns.BAD_RATING),
            coalesce(inTime, lit(false)).as(SourceColumns.RECTIFIED_IN_TIME),
            when(
                    col("item_code").isNotNull(),
                    org.apache.spark.sql.functions.concat_ws(
                        ITEM_SEPARATOR, col("dept_code"), col("item_code")))
                .as("rated_item_key"));
  }

  /** Catalogued items with their case counts and status in the period. */
  Dataset<Row> items(Dataset<Row> itemCatalogue, Dataset<Row> itemCaseCounts) {
    Dataset<Row> counts =
        itemCaseCounts.select(
            col("item_key"), col("online_cases").as("c_online"), col("all_cases").as("c_all"));
    return itemCatalogue
        .join(counts, col("item_code").equalTo(col("item_key")), "left")
        .withColumn("online_cases", coalesce(col("c_online"), lit(0L)))
        .withColumn("all_cases", coalesce(col("c_all"), lit(0L)))
        .withColumn(
            SourceColumns.ITEM_STATUS, ItemStatus.expression(in.parameters().inclusionMinDepth()))
        .withColumn(
            "undeclared_online", ItemStatus.undeclaredOnline(in.parameters().inclusionMinDepth()))
        .drop("item_key", "c_online", "c_all", "ext");
  }

  /**
   * Catalogued resources with their cross-department requests and successes and status in the
   * period.
   */
  Dataset<Row> resources(Dataset<Row> resourceCounts) {
    Dataset<Row> counts =
        resourceCounts.select(
            col("resource_key"),
            col("requests").as("c_requests"),
            col("successes").as("c_successes"));
    return in.resources()
        .join(counts, col("resource_code").equalTo(col("resource_key")), "left")
        .withColumn("requests", coalesce(col("c_requests"), lit(0L)))
        .withColumn("successes", coalesce(col("c_successes"), lit(0L)))
        .withColumn(SourceColumns.RESOURCE_STATUS, ResourceStatus.expression())
        .drop("resource_key", "c_requests", "c_successes");
  }
}
