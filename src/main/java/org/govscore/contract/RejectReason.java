package org.govscore.contract;

/**
 * Reason codes written to the rejects table: part of the contract agencies read (the meaning of
 * each is printed in docs/data-contract.md).
 */
public enum RejectReason {
  CORRUPT_RECORD(
      "A JSON line that does not parse, or a CSV/JSON record whose bytes are not valid UTF-8."),
  MISSING_VALUE("A required value is null or blank."),
  BAD_TIMESTAMP(
      "A timestamp that is not a real instant or not in the ISO-8601 form read: date, `T` or a"
          + " space, hh:mm:ss with at most 6 fraction digits, then `Z`, ±hh:mm or nothing"
          + " (so `09:00+08:00`, without seconds, and `+08` or `+0800` offsets are rejected)."),
  BAD_NUMBER(
      "A number that does not parse, is not finite, or is not an integer of the column's range."),
  BAD_ENUM("A value outside the column's enumeration (enum values are upper case as written)."),
  OUT_OF_RANGE(
      "A number outside its allowed range (negative days or latency, online_depth not 0..4), or a"
          + " timestamp before the one it must follow."),
  BAD_CODE(
      "A code of the wrong shape (a region code that is not 6 digits, a malformed period or indicator id)."),
  UNKNOWN_REGION("A reference to a region that does not exist."),
  BAD_PARENT_LEVEL("A parent region of the same or a lower level."),
  UNKNOWN_DEPARTMENT("A reference to a department that does not exist."),
  REFERENCE_REJECTED("A reference to a region or department that was itself rejected."),
  CONFLICTING_DUPLICATE(
      "Rows that share a primary key but differ: all are rejected, none is guessed right.");

  private final String meaning;

  RejectReason(String meaning) {
    this.meaning = meaning;
  }

  /** What the code means, in one sentence for the contract's readers. */
  public String meaning() {
    return meaning;
  }
}
