package org.govscore.generate;

/**
 * What a catalogued service item is planted to show in SIR: the online depth it declares and
 * whether its cases go online.
 */
enum ItemRole {
  /** Depth 3-4 and online cases: EVIDENCED. */
  EVIDENCED(3, 4, true, true),
  /** Depth 1-2 but online cases: EVIDENCED and flagged undeclared_online. */
  UNDECLARED_ONLINE(1, 2, true, true),
  /** Depth 3-4, cases but none online: DECLARED_ONLY. */
  DECLARED_ONLY(3, 4, false, true),
  /** Depth 3-4 and never any case: NO_DEMAND. */
  NO_DEMAND(3, 4, false, false),
  /** Depth 0-2, offline cases: OFFLINE. */
  OFFLINE(0, 2, false, true);

  final int minDepth;
  final int maxDepth;
  final boolean online;
  final boolean demanded;

  ItemRole(int minDepth, int maxDepth, boolean online, boolean demanded) {
    this.minDepth = minDepth;
    this.maxDepth = maxDepth;
    this.online = online;
    this.demanded = demanded;
  }

  static ItemRole byLetter(char c) {
    return switch (c) {
      case 'E' -> EVIDENCED;
      case 'U' -> UNDECLARED_ONLINE;
      case 'D' -> DECLARED_ONLY;
      case 'N' -> NO_DEMAND;
      case 'O' -> OFFLINE;
      default -> throw new IllegalArgumentException("No item role for " + c);
    };
  }
}
