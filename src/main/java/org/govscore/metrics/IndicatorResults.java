package org.govscore.metrics;

import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.govscore.contract.UnitKey;

/**
 * What the methodology yields for a period before scoring.
 *
 * @param indicators one row per unit and indicator
 * @param ratingLevels per unit with ratings in the period, its ratings at each level 1 to 5; empty
 *     without ratings
 * @param catalogueNames (kind, code, name) of the accepted catalogue rows: SERVICE_ITEM and
 *     RESOURCE
 * @param checks one row per unit and applicable check
 * @param unitValues each unit's summed aggregation values (what the Monte Carlo re-scores from)
 * @param itemStatus the item_status table
 * @param resourceStatus the resource_status table
 * @param itemFindings DECLARED_ONLY items: code, owner, all_cases (bounded by the catalogue)
 * @param resourceFindings REFUSED and NOT_SHARED resources: code, provider, status, requests
 * @param crossSuccesses per department, SUCCESS cross-department exchanges in either direction;
 *     null when exchanges are absent
 * @param badRatings per unit with bad ratings in the period, their counts and worst-rated items;
 *     empty without ratings
 */
public record IndicatorResults(
    List<IndicatorRow> indicators,
    List<RatingLevelCount> ratingLevels,
    Dataset<Row> catalogueNames,
    List<CheckRow> checks,
    Map<UnitKey, Values> unitValues,
    Dataset<Row> itemStatus,
    Dataset<Row> resourceStatus,
    List<Row> itemFindings,
    List<Row> resourceFindings,
    Map<String, Long> crossSuccesses,
    Runnable release,
    Map<UnitKey, BadRatings> badRatings) {

  /** Drops what the run cached; call once the status tables are written. */
  public void releaseCaches() {
    release.run();
  }
}
