package org.govscore.generate;

/**
 * How a department behaves in one period: the rates that drive its logs. A department's {@link
 * DepartmentProfile} picks its conduct per period, so a falling department can be exemplary in the
 * first period and collapse in the next.
 */
enum Conduct {
  //         online  case    serve   late   badId  offNet  uncatRes wrongStd uncatItem cross
  EXEMPLARY(0.85, 0.97, 0.98, 0.03, 0.002, 0.004, 0.0, 0.003, 0.0, true),
  SOUND(0.70, 0.80, 0.94, 0.08, 0.02, 0.04, 0.005, 0.04, 0.005, true),
  AVERAGE(0.50, 0.78, 0.88, 0.18, 0.04, 0.07, 0.02, 0.07, 0.02, true),
  POOR(0.30, 0.45, 0.75, 0.35, 0.12, 0.20, 0.07, 0.25, 0.08, true),
  /** An information island: no cross-department exchange of it ever succeeds. */
  ISOLATED(0.30, 0.0, 0.0, 0.35, 0.10, 0.15, 0.05, 0.20, 0.05, false),
  /** A department that stopped working: nothing online, no exchange succeeds. */
  COLLAPSED(0.0, 0.0, 0.0, 0.50, 0.10, 0.20, 0.05, 0.20, 0.05, false);

  /** Share of online cases among cases of items that can be done online. */
  final double onlineShare;

  /** Chance that a case-linked exchange it requests succeeds. */
  final double caseSuccess;

  /** Chance that a request to it (outside cases) succeeds. */
  final double serveSuccess;

  /** Share of its cases completed after the promised days. */
  final double lateShare;

  /** Share of its requests carrying an invalid subject ID. */
  final double invalidIdShare;

  /** Share of its requests sent outside the extranet. */
  final double offExtranetShare;

  /** Share of its requests naming an uncatalogued resource. */
  final double uncataloguedResourceShare;

  /** Share of its answers declaring the wrong (or no) standard. */
  final double wrongStandardShare;

  /** Share of its cases logged with an item that is not in the catalogue. */
  final double uncataloguedItemShare;

  /** Whether a cross-department exchange it takes part in can succeed at all. */
  final boolean crossSuccess;

  Conduct(
      double onlineShare,
      double caseSuccess,
      double serveSuccess,
      double lateShare,
      double invalidIdShare,
      double offExtranetShare,
      double uncataloguedResourceShare,
      double wrongStandardShare,
      double uncataloguedItemShare,
      boolean crossSuccess) {
    this.onlineShare = onlineShare;
    this.caseSuccess = caseSuccess;
    this.serveSuccess = serveSuccess;
    this.lateShare = lateShare;
    this.invalidIdShare = invalidIdShare;
    this.offExtranetShare = offExtranetShare;
    this.uncataloguedResourceShare = uncataloguedResourceShare;
    this.wrongStandardShare = wrongStandardShare;
    this.uncataloguedItemShare = uncataloguedItemShare;
    this.crossSuccess = crossSuccess;
  }
}
