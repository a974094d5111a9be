package org.govscore.validation;

import java.util.HashMap;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.govscore.contract.RejectReason;

/**
 * The reject reason a code gives the rows that refer to it, looked up in a map the tasks receive
 * with the function: one hash lookup per row.
 *
 * <p>Not Spark's literal sets ({@code isin}): they cost as much per row, and Spark renders every
 * literal of them each time it prints a plan, which it does for every job and every adaptive
 * re-planning. With 5,000 department codes that was seconds of the driver's time per run.
 */
final class CodeReasons implements UDF1<String, String> {
  private static final long serialVersionUID = 1L;

  /** Code to reason name; a null name: the code gives no reason. */
  private final HashMap<String, String> reasons = new HashMap<>();

  /** The reason of a code not in the map, or null. */
  private final String otherwise;

  private CodeReasons(Map<String, RejectReason> reasons, RejectReason otherwise) {
    reasons.forEach(
        (code, reason) -> this.reasons.put(code, reason == null ? null : reason.name()));
    this.otherwise = otherwise == null ? null : otherwise.name();
  }

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
    return functions
        .udf(new CodeReasons(reasons, otherwise), DataTypes.StringType)
        .apply(value.cast(DataTypes.StringType));
  }

  @Override
  public String call(String value) {
    return value == null ? null : reasons.getOrDefault(value, otherwise);
  }
}
