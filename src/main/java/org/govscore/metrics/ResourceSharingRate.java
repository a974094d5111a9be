package org.govscore.metrics;

import static org.apache.spark.sql.functions.col;

import java.util.List;
import org.govscore.methodology.IndicatorEntry;
import org.govscore.methodology.MethodologyRegistry;

/**
 * RSR (资源共享率): credits of the provider's non-exempt catalogued resources over their number; SERVED
 * counts 1, UNREQUESTED counts credit.no_demand, REFUSED and NOT_SHARED count 0.
 */
public final class ResourceSharingRate implements Indicator {
  public static final Aggregation SERVED =
      Aggregation.count(
          Grouping.RESOURCE_PROVIDER,
          "resources_served",
          col(SourceColumns.RESOURCE_STATUS).equalTo(ResourceStatus.SERVED.name()));
  public static final Aggregation UNREQUESTED =
      Aggregation.count(
          Grouping.RESOURCE_PROVIDER,
          "resources_unrequested",
          col(SourceColumns.RESOURCE_STATUS).equalTo(ResourceStatus.UNREQUESTED.name()));
  public static final Aggregation NON_EXEMPT =
      Aggregation.count(
          Grouping.RESOURCE_PROVIDER,
          "resources_non_exempt",
          col(SourceColumns.RESOURCE_STATUS).notEqual(ResourceStatus.EXEMPT.name()));

  @Override
  public IndicatorEntry entry() {
    return MethodologyRegistry.indicator("RSR");
  }

  @Override
  public List<Aggregation> aggregations() {
    return List.of(SERVED, UNREQUESTED, NON_EXEMPT);
  }

  @Override
  public Ratio ratio(Values v, double creditNoDemand) {
    return new Ratio(v.get(SERVED) + creditNoDemand * v.get(UNREQUESTED), v.get(NON_EXEMPT));
  }
}
