package org.govscore.metrics;

import java.util.Objects;

/**
 * A way of assigning rows of a {@link Source} to units: each grouping has a role name and the
 * column holding the unit key. A row whose key is null belongs to no unit of that grouping.
 *
 * @param name e.g. {@code CONSUMER}; unique within its source
 * @param keyColumn the row column holding the key
 * @param departmentKeyed whether keys are department codes (bounded, collected to the driver)
 */
public record Grouping(Source source, String name, String keyColumn, boolean departmentKeyed) {
  public Grouping {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(keyColumn, "keyColumn");
  }

  public static final Grouping CONSUMER =
      new Grouping(Source.EXCHANGES, "CONSUMER", "consumer_dept_code", true);
  public static final Grouping PROVIDER =
      new Grouping(Source.EXCHANGES, "PROVIDER", "provider_dept_code", true);

  /** Exchanges by catalogued resource (RSR's requests and successes). */
  public static final Grouping RESOURCE =
      new Grouping(Source.EXCHANGES, "RESOURCE", "cat_resource_code", false);

  /**
   * Cases by the department they count toward (their item's owner, else their first department).
   */
  public static final Grouping CASE_OWNER = new Grouping(Source.CASES, "OWNER", "owner_dept", true);

  /** Cases by the department of their earliest event (CASE_ITEM). */
  public static final Grouping CASE_FIRST_DEPT =
      new Grouping(Source.CASES, "FIRST_DEPT", "first_dept", true);

  /** Cases by catalogued item (item_status). */
  public static final Grouping CASE_ITEM =
      new Grouping(Source.CASES, "ITEM", "cat_item_code", false);

  /** Ratings by the rated department (SAT, BRR). */
  public static final Grouping RATED_DEPT =
      new Grouping(Source.RATINGS, "RATED", "dept_code", true);

  /**
   * Ratings by (rated department, item): the worst-rated items of the UNRECTIFIED_BAD_RATING
   * finding.
   */
  public static final Grouping RATED_ITEM =
      new Grouping(Source.RATINGS, "RATED_ITEM", "rated_item_key", false);

  public static final Grouping ITEM_OWNER = new Grouping(Source.ITEMS, "OWNER", "dept_code", true);
  public static final Grouping RESOURCE_PROVIDER =
      new Grouping(Source.RESOURCES, "PROVIDER", "provider_dept_code", true);
}
