package org.govscore.validation;

import java.util.HashMap;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.govscore.contract.RejectReason;

/**
 * A foreign key's reject reason per value, from the target's codes: null for a null value or an
 * accepted code, REFERENCE_REJECTED for a code whose rows were all rejected, the reference's
 * unknown reason otherwise.
 *
 * <p>One hash lookup per value in a map the tasks receive with the function. Spark's literal sets
 * ({@code isin}) cost as much per row, and Spark renders every literal of them each time it prints
 * a plan, which it does for every job and every adaptive re-planning: with 5,000 department codes
 * that was seconds of the driver's time per run.
 */
final class ReferenceReasons implements UDF1<String, String> {
  private static final long serialVersionUID = 1L;

  private final HashMap<String, Boolean> accepted;
  private final String unknownReason;

  private ReferenceReasons(Map<String, Boolean> accepted, RejectReason unknownReason) {
    this.accepted = new HashMap<>(accepted);
    this.unknownReason = unknownReason.name();
  }

  /**
   * @param codes code to whether a row with it was accepted
   * @param value the referring value, null when there is nothing to check
   */
  static Column reason(Map<String, Boolean> codes, RejectReason unknownReason, Column value) {
    UserDefinedFunction f =
        functions.udf(new ReferenceReasons(codes, unknownReason), DataTypes.StringType);
    return f.apply(value.cast(DataTypes.StringType));
  }

  @Override
  public String call(String value) {
    if (value == null) {
      return null;
    }
    Boolean a = accepted.get(value);
    if (a == null) {
      return unknownReason;
    }
    return a ? null : RejectReason.REFERENCE_REJECTED.name();
  }
}
