package org.govscore.metrics;

import java.util.List;

/**
 * A unit's bad ratings (level 1 or 2) in the period, for the UNRECTIFIED_BAD_RATING finding.
 *
 * @param bad bad ratings in the period (BRR's denominator)
 * @param unrectified those not rectified within the deadline (late or never): BRR's denominator
 *     minus its numerator
 * @param deadlineDays {@code ratings.rectify_days}
 * @param worstItems the unit's worst-rated items, worst first (at most {@link
 *     IndicatorEngine#WORST_ITEMS})
 */
public record BadRatings(long bad, long unrectified, int deadlineDays, List<RatedItem> worstItems) {
  public BadRatings {
    worstItems = List.copyOf(worstItems);
  }
}
