package org.govscore.contract;

/**
 * The kinds of the findings table (docs/methodology.md): shared by the engine that finds them and
 * the report and site that explain them, so neither needs the other.
 */
public final class FindingKinds {
  /** A catalogued item with no online case although it is declared online. */
  public static final String DECLARED_ONLY_ITEM = "DECLARED_ONLY_ITEM";

  /** A resource whose share requests were refused. */
  public static final String REFUSED_RESOURCE = "REFUSED_RESOURCE";

  /** A resource declared not shared. */
  public static final String NOT_SHARED_RESOURCE = "NOT_SHARED_RESOURCE";

  /** A unit that exchanged with no other department. */
  public static final String INFORMATION_ISLAND = "INFORMATION_ISLAND";

  /** One of the checks a unit fails most. */
  public static final String FAILING_CHECK = "FAILING_CHECK";

  /** The composite or an indicator fell against the previous period. */
  public static final String FALL = "FALL";

  /** A bad rating not rectified in time. */
  public static final String UNRECTIFIED_BAD_RATING = "UNRECTIFIED_BAD_RATING";

  private FindingKinds() {}
}
