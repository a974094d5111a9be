package org.govscore.generate;

/**
 * The performance a department is planted with, so that composite scores spread over every grade:
 * the mix of item and resource roles in its catalogue, the care of its catalogue entries and its
 * conduct in each period.
 */
public enum DepartmentProfile {
  /** Composite around 95-100: VERY_HIGH. */
  EXCELLENT("EEEEUEEEEEEE", "SSSSXS", 1.0, 1.0, 0.0, Conduct.EXEMPLARY, Conduct.EXEMPLARY),
  /** Composite around 85: HIGH. */
  GOOD("EEEENEEOEUDE", "SSSUSS", 0.85, 0.9, 0.02, Conduct.SOUND, Conduct.SOUND),
  /** Composite around 70: MEDIUM. */
  AVERAGE("EDEOEENEDUEO", "SRSUSX", 0.75, 0.8, 0.05, Conduct.AVERAGE, Conduct.AVERAGE),
  /** Composite around 40: LOW. */
  POOR("EDONDEODOUDO", "SRNURS", 0.55, 0.5, 0.12, Conduct.POOR, Conduct.POOR),
  /** No successful cross-department exchange in either direction: an information island. */
  ISLAND("EDONDEODOUDO", "RUNURU", 0.55, 0.5, 0.10, Conduct.ISOLATED, Conduct.ISOLATED),
  /** Excellent in the first period, collapsed in every later one: the largest fall. */
  FALLING("EEEEUEEEEEEE", "SSSSXS", 1.0, 1.0, 0.0, Conduct.EXEMPLARY, Conduct.COLLAPSED);

  /** Item roles by position in the department's catalogue (letters of {@link ItemRole}). */
  final String itemRoles;

  /** Resource roles by position (letters of {@link ResourceRole}). */
  final String resourceRoles;

  /** Share of items with complete, consistent time limits (CAT_TIME_LIMITS). */
  final double timeLimitCare;

  /** Share of resources with a standard_code (CAT_STANDARD). */
  final double standardCare;

  /** Chance that a required resource is an uncatalogued code (CAT_REQUIREMENTS). */
  final double uncataloguedRequirement;

  private final Conduct firstConduct;
  private final Conduct laterConduct;

  DepartmentProfile(
      String itemRoles,
      String resourceRoles,
      double timeLimitCare,
      double standardCare,
      double uncataloguedRequirement,
      Conduct firstConduct,
      Conduct laterConduct) {
    this.itemRoles = itemRoles;
    this.resourceRoles = resourceRoles;
    this.timeLimitCare = timeLimitCare;
    this.standardCare = standardCare;
    this.uncataloguedRequirement = uncataloguedRequirement;
    this.firstConduct = firstConduct;
    this.laterConduct = laterConduct;
  }

  Conduct conductIn(int periodIndex) {
    return periodIndex == 0 ? firstConduct : laterConduct;
  }

  ItemRole itemRole(int position) {
    return ItemRole.byLetter(itemRoles.charAt(position % itemRoles.length()));
  }

  ResourceRole resourceRole(int position) {
    return ResourceRole.byLetter(resourceRoles.charAt(position % resourceRoles.length()));
  }

  /** Whether others can rely on it as a data provider in every period. */
  boolean dependable() {
    return this != ISLAND && this != FALLING;
  }
}
