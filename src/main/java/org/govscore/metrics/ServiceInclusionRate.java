package org.govscore.metrics;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.util.List;
import org.govscore.methodology.IndicatorEntry;
import org.govscore.methodology.MethodologyRegistry;

/**
 * SIR (服务纳入率): credits of the department's catalogued items over their number; EVIDENCED counts 1,
 * NO_DEMAND counts credit.no_demand, DECLARED_ONLY and OFFLINE count 0.
 */
public final class ServiceInclusionRate implements Indicator {
  public static final Aggregation EVIDENCED =
      Aggregation.count(
          Grouping.ITEM_OWNER,
          "items_evidenced",
          col(SourceColumns.ITEM_STATUS).equalTo(ItemStatus.EVIDENCED.name()));
  public static final Aggregation NO_DEMAND =
      Aggregation.count(
          Grouping.ITEM_OWNER,
          "items_no_demand",
          col(SourceColumns.ITEM_STATUS).equalTo(ItemStatus.NO_DEMAND.name()));
  public static final Aggregation ITEMS =
      Aggregation.count(Grouping.ITEM_OWNER, "items", lit(true));

  @Override
  public IndicatorEntry entry() {
    return MethodologyRegistry.indicator("SIR");
  }

  @Override
  public List<Aggregation> aggregations() {
    return List.of(EVIDENCED, NO_DEMAND, ITEMS);
  }

  @Override
  public Ratio ratio(Values v, double creditNoDemand) {
    return new Ratio(v.get(EVIDENCED) + creditNoDemand * v.get(NO_DEMAND), v.get(ITEMS));
  }
}
