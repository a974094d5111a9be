package org.govscore.metrics;

/**
 * How many of a unit's ratings in the period are at one level (1 to 5): a department counts the
 * ratings of it, a region pools its departments and its descendant regions' departments, as SAT
 * does.
 *
 * @param unitType DEPARTMENT or REGION
 * @param level 1 (worst) to 5 (best)
 * @param ratings ratings at that level, 0 included
 */
public record RatingLevelCount(String unitType, String unitCode, int level, long ratings) {}
