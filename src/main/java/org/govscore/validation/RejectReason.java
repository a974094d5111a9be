package org.govscore.validation;

/** Reason codes written to the rejects table. */
public enum RejectReason {
  /** A JSON line that does not parse, or a CSV/JSON record whose bytes are not valid UTF-8. */
  CORRUPT_RECORD,
  /** A required value is null or blank. */
  MISSING_VALUE,
  /** A timestamp that is not ISO-8601 or not a real instant. */
  BAD_TIMESTAMP,
  /** A number that is not an integer of the column's range. */
  BAD_NUMBER,
  /** A value outside the column's enumeration (enum values are upper case as written). */
  BAD_ENUM,
  /** A number outside its allowed range (negative days or latency, online_depth not 0..4). */
  OUT_OF_RANGE,
  /** A region code that is not 6 digits. */
  BAD_CODE,
  /** A reference to a region that does not exist, or a parent that is not of a higher level. */
  UNKNOWN_REGION,
  /** A parent region of the same or a lower level. */
  BAD_PARENT_LEVEL,
  /** A reference to a department that does not exist. */
  UNKNOWN_DEPARTMENT,
  /** A reference to a region or department that was itself rejected. */
  REFERENCE_REJECTED,
  /** Rows that share a primary key but differ: all are rejected, none is guessed right. */
  CONFLICTING_DUPLICATE
}
