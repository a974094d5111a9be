package org.govscore.generate;

/**
 * The departments planted with a ratings (好差评) pattern, each null when the data set has too few
 * departments with cases: one people rate badly (low SAT), one that never rectifies a bad rating
 * (BRR 0, the UNRECTIFIED_BAD_RATING finding), one whose cases are rarely rated (low RCR).
 */
public record PlantedRatings(String badlyRated, String neverRectifies, String rarelyRated) {
  static final PlantedRatings NONE = new PlantedRatings(null, null, null);
}
