package org.govscore.metrics;

import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.unix_date;

import java.time.LocalDate;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import org.govscore.contract.Identifiers;

/**
 * The identifier rules as Spark columns: the Java reference ({@link Identifiers}) itself, called
 * per row. The same rules as built-in expressions (a pattern, 17 substrings and casts, a date parse
 * and its round trip) cost several microseconds per identifier, the largest part of the exchanges
 * pass on a large log; the reference costs a fraction of that, and there is only one implementation
 * to keep right.
 */
public final class IdentifierColumns {
  private static final UserDefinedFunction CITIZEN_ID =
      udf(
          (UDF2<String, Integer, Boolean>)
              (id, day) ->
                  id != null
                      && day != null
                      && Identifiers.isValidCitizenId(id, LocalDate.ofEpochDay(day)),
          DataTypes.BooleanType);

  private static final UserDefinedFunction USCC =
      udf(
          (UDF1<String, Boolean>) code -> code != null && Identifiers.isValidUscc(code),
          DataTypes.BooleanType);

  private IdentifierColumns() {}

  /**
   * Whether {@code id} is a valid citizen ID for an exchange on local date {@code exchangeDate}.
   */
  public static Column validCitizenId(Column id, Column exchangeDate) {
    return CITIZEN_ID.apply(id, unix_date(exchangeDate));
  }

  /** Whether {@code code} is a valid unified social credit code (GB 32100-2015). */
  public static Column validUscc(Column code) {
    return USCC.apply(code);
  }
}
