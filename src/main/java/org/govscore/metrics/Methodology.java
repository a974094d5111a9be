package org.govscore.metrics;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.govscore.methodology.MethodologyRegistry;

/**
 * The calculations of the methodology (v1 plus the v2 ratings indicators): every indicator and
 * check of the registry ({@link MethodologyRegistry}), in published order, plus the sums statuses
 * and findings need.
 */
public final class Methodology {
  /** Published indicator ids, in table order (the methodology registry's). */
  public static final List<String> INDICATOR_IDS = MethodologyRegistry.indicatorIds();

  /** The v1 headline indicators, the default composite members (the registry's). */
  public static final List<String> HEADLINE_IDS = MethodologyRegistry.headlineIds();

  /** The latency percentiles, computed from latency counts rather than as a ratio of sums. */
  static final String LATENCY_P50 = MethodologyRegistry.indicator("LAT_P50").id();

  static final String LATENCY_P95 = MethodologyRegistry.indicator("LAT_P95").id();

  // Sums behind item_status, resource_status and the information-island finding.
  static final Aggregation ITEM_ONLINE_CASES =
      Aggregation.count(Grouping.CASE_ITEM, "online_cases", col(SourceColumns.ONLINE));
  static final Aggregation ITEM_ALL_CASES =
      Aggregation.count(Grouping.CASE_ITEM, "all_cases", lit(true));
  static final Aggregation RESOURCE_REQUESTS =
      Aggregation.count(Grouping.RESOURCE, "requests", lit(true));
  static final Aggregation RESOURCE_SUCCESSES =
      Aggregation.count(Grouping.RESOURCE, "successes", col(SourceColumns.SUCCESS));
  static final Aggregation SUCCESS_CROSS_AS_CONSUMER =
      Aggregation.count(
          Grouping.CONSUMER,
          "cross_successes",
          col(SourceColumns.SUCCESS).and(col(SourceColumns.CROSS)));
  static final Aggregation SUCCESS_CROSS_AS_PROVIDER =
      Aggregation.count(
          Grouping.PROVIDER,
          "cross_successes",
          col(SourceColumns.SUCCESS).and(col(SourceColumns.CROSS)));

  // Per (rated department, item): the worst-rated items named by the UNRECTIFIED_BAD_RATING
  // finding.
  static final Aggregation RATED_ITEM_RATINGS =
      Aggregation.count(Grouping.RATED_ITEM, "ratings", lit(true));
  static final Aggregation RATED_ITEM_BAD =
      Aggregation.count(Grouping.RATED_ITEM, "bad_ratings", col(SourceColumns.BAD_RATING));

  /** The rating levels, worst to best (ratings.level in docs/data-contract.md). */
  public static final int LOWEST_LEVEL = 1;

  public static final int HIGHEST_LEVEL = 5;

  // Per rated department, the period's ratings at each level: the report's level shares. Beside
  // SAT's counts on the same grouping, so they cost no pass of their own.
  static final List<Aggregation> RATINGS_BY_LEVEL =
      IntStream.rangeClosed(LOWEST_LEVEL, HIGHEST_LEVEL)
          .mapToObj(
              level ->
                  Aggregation.count(
                      Grouping.RATED_DEPT,
                      "level_" + level + "_ratings",
                      col(SourceColumns.RATING_LEVEL).equalTo(level)))
          .toList();

  private final List<Check> checks;
  private final List<Indicator> indicators;

  public Methodology() {
    checks =
        List.of(
            new SubjectIdCheck(),
            new ExtranetCheck(),
            new CataloguedResourceCheck(),
            new ProviderMatchCheck(),
            new ExchangeStandardCheck(),
            new TimeLimitsCheck(),
            new RequirementsCheck(),
            new ResourceStandardCheck(),
            new NotSharedBasisCheck(),
            new CaseItemCheck());
    indicators =
        List.of(
            new ServiceInclusionRate(),
            new ResourceSharingRate(),
            new BusinessCollaborationRate(),
            new StandardComplianceRate(checks),
            new OnlineCaseRate(),
            new ZeroVisitRate(),
            new AtMostOneVisitRate(),
            new OnTimeRate(),
            new TimeLimitCompression(),
            new FullCollaborationRate(),
            new ExchangeSuccessRate(),
            new HandoverRate(),
            new SatisfactionRate(),
            new BadRatingRectificationRate(),
            new RatingCoverage());
  }

  public List<Check> checks() {
    return checks;
  }

  /** The ratio indicators (the latency percentiles are computed separately). */
  public List<Indicator> indicators() {
    return indicators;
  }

  /** Every aggregation over {@code source}, from indicators, checks, statuses and findings. */
  List<Aggregation> aggregations(Source source) {
    List<Aggregation> all = new ArrayList<>();
    indicators.forEach(i -> all.addAll(i.aggregations()));
    checks.forEach(c -> all.addAll(c.aggregations()));
    all.addAll(
        List.of(
            ITEM_ONLINE_CASES,
            ITEM_ALL_CASES,
            RESOURCE_REQUESTS,
            RESOURCE_SUCCESSES,
            SUCCESS_CROSS_AS_CONSUMER,
            SUCCESS_CROSS_AS_PROVIDER,
            RATED_ITEM_RATINGS,
            RATED_ITEM_BAD));
    all.addAll(RATINGS_BY_LEVEL);
    return all.stream().filter(a -> a.grouping().source() == source).toList();
  }
}
