package org.govscore.generate;

/**
 * The structural faults planted in log rows so that validation has something to reject (or to
 * remove as a duplicate). Slots are evenly spaced, every round(1 / share)-th row, with the kinds in
 * turn, so even a small sample shows each kind once the share allows.
 */
enum Defect {
  MISSING_VALUE,
  /** Text formats only; Parquet cannot hold an unparseable timestamp, so it gets a missing ts. */
  BAD_TIMESTAMP,
  UNKNOWN_ENUM,
  UNKNOWN_DEPARTMENT,
  NEGATIVE_LATENCY,
  EXACT_DUPLICATE,
  /** Same exchange_id as the row before, different content: both rows are rejected. */
  CONFLICTING_DUPLICATE;

  static final Defect[] EXCHANGE_KINDS = {
    MISSING_VALUE,
    BAD_TIMESTAMP,
    UNKNOWN_ENUM,
    UNKNOWN_DEPARTMENT,
    NEGATIVE_LATENCY,
    EXACT_DUPLICATE,
    CONFLICTING_DUPLICATE
  };
  static final Defect[] CASE_EVENT_KINDS = {
    MISSING_VALUE, BAD_TIMESTAMP, UNKNOWN_ENUM, UNKNOWN_DEPARTMENT, EXACT_DUPLICATE
  };

  /** Timestamps no reader should accept. */
  static final String[] BAD_TIMESTAMPS = {
    "2026-13-01T09:00:00+08:00", "2026-06-31 25:61:00", "N/A"
  };

  /** A department code shaped like the real ones, in a region that does not exist. */
  static String unknownDepartment(long slot) {
    return "D519999-" + CatalogueBuilder.pad((int) (slot % 900) + 100, 3);
  }

  /** Spacing of defect slots for a share, 0 for none. */
  static long spacing(double share) {
    return share <= 0 ? 0 : Math.max(2, Math.round(1.0 / share));
  }
}
