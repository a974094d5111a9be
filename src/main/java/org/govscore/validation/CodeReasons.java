package org.govscore.validation;

import java.util.HashMap;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.types.DataTypes;
import org.govscore.contract.RejectReason;

/**
 * The reject reason a code gives the rows that refer to it, looked up per row in a table the tasks
 * receive with the plan ({@link CodeLookup}): one hash lookup per row.
 *
 * <p>Not Spark's literal sets ({@code isin}): they cost as much per row, and Spark renders every
 * literal of them each time it prints a plan, which it does for every job and every adaptive
 * re-planning. With 5,000 department codes that was seconds of the driver's time per run.
 */
final class CodeReasons {
  private CodeReasons() {}

  /**
   * A foreign key's rule: an accepted code gives no reason, a code whose rows were all rejected
   * REFERENCE_REJECTED, an unknown code the reference's own reason.
   *
   * @param codes code to whether a row with it was accepted
   */
  static RejectReason ofReference(
      Map<String, Boolean> codes, RejectReason unknownReason, String value) {
    Boolean accepted = codes.get(value);
    return accepted == null ? unknownReason : accepted ? null : RejectReason.REFERENCE_REJECTED;
  }

  /** {@link #ofReference} per row; null for a null value (nothing to check). */
  static Column reference(Map<String, Boolean> codes, RejectReason unknownReason, Column value) {
    Map<String, RejectReason> reasons = new HashMap<>();
    codes.keySet().forEach(c -> reasons.put(c, ofReference(codes, unknownReason, c)));
    return lookup(reasons, unknownReason, value);
  }

  /** The reason of each listed code; null for any other value. */
  static Column listed(Map<String, RejectReason> reasons, Column value) {
    return lookup(reasons, null, value);
  }

  private static Column lookup(
      Map<String, RejectReason> reasons, RejectReason otherwise, Column value) {
    Map<String, String> names = new HashMap<>();
    reasons.forEach((code, reason) -> names.put(code, reason == null ? null : reason.name()));
    CodeLookup.Table table =
        new CodeLookup.Table(names, otherwise == null ? null : otherwise.name());
    return new Column(new CodeLookup(value.cast(DataTypes.StringType).expr(), table));
  }
}
