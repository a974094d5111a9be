package org.govscore.metrics;

/**
 * A service item as rated within a unit in the period, for the UNRECTIFIED_BAD_RATING finding.
 *
 * @param itemCode the rated item code, as logged
 * @param itemName its catalogue name, or null when the item is not catalogued
 * @param badRatings ratings of level 1 or 2
 * @param ratings all ratings of the item in the unit
 */
public record RatedItem(String itemCode, String itemName, long badRatings, long ratings) {
  /** The catalogue name when there is one, else the code. */
  public String label() {
    return itemName != null ? itemName : itemCode;
  }
}
