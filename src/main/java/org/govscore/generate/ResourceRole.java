package org.govscore.generate;

/** What a catalogued resource is planted to show in RSR. */
enum ResourceRole {
  /** Shareable, requested, answered: SERVED. */
  SERVED("UNCONDITIONAL", true),
  /** Shareable, requested, never answered: REFUSED. */
  REFUSED("CONDITIONAL", true),
  /** Shareable and nobody asks for it: UNREQUESTED. */
  UNREQUESTED("UNCONDITIONAL", false),
  /** NOT_SHARED without a legal basis: counted as NOT_SHARED (credit 0). */
  NOT_SHARED_NO_BASIS("NOT_SHARED", true),
  /** NOT_SHARED with a legal basis: EXEMPT, left out of RSR. */
  EXEMPT("NOT_SHARED", true);

  /** The share type it usually carries; SERVED ones are also CONDITIONAL now and then. */
  final String shareType;

  /** Whether exchanges ask for it. */
  final boolean requested;

  ResourceRole(String shareType, boolean requested) {
    this.shareType = shareType;
    this.requested = requested;
  }

  boolean notShared() {
    return this == NOT_SHARED_NO_BASIS || this == EXEMPT;
  }

  static ResourceRole byLetter(char c) {
    return switch (c) {
      case 'S' -> SERVED;
      case 'R' -> REFUSED;
      case 'U' -> UNREQUESTED;
      case 'N' -> NOT_SHARED_NO_BASIS;
      case 'X' -> EXEMPT;
      default -> throw new IllegalArgumentException("No resource role for " + c);
    };
  }
}
