package org.govscore.metrics;

import static org.apache.spark.sql.functions.call_function;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.pmod;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.to_date;

import org.apache.spark.sql.Column;
import org.govscore.contract.Identifiers;

/**
 * The identifier rules as Spark expressions (no UDF, so the optimizer and codegen see them). {@link
 * Identifiers} is the reference these are tested against.
 */
public final class IdentifierColumns {
  private static final int[] CITIZEN_WEIGHTS = {
    7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2
  };

  private IdentifierColumns() {}

  /**
   * Whether {@code id} is a valid citizen ID for an exchange on local date {@code exchangeDate}.
   */
  public static Column validCitizenId(Column id, Column exchangeDate) {
    Column shape = id.rlike("^[0-9]{17}[0-9X]$");
    Column sum = lit(0);
    for (int i = 0; i < 17; i++) {
      sum = sum.plus(substring(id, i + 1, 1).cast("int").multiply(CITIZEN_WEIGHTS[i]));
    }
    Column check =
        substring(id, 18, 1).equalTo(lit("10X98765432").substr(pmod(sum, lit(11)).plus(1), lit(1)));
    Column birth = to_date(substring(id, 7, 8), "yyyyMMdd");
    Column dateOk =
        birth
            .isNotNull()
            .and(birth.geq(to_date(lit("1900-01-01"))))
            .and(birth.leq(exchangeDate))
            // to_date is lenient about nothing here, but guard the round trip anyway.
            .and(
                org.apache
                    .spark
                    .sql
                    .functions
                    .date_format(birth, "yyyyMMdd")
                    .equalTo(substring(id, 7, 8)));
    Object[] provinces = Identifiers.PROVINCE_CODES.toArray();
    Column province =
        substring(id, 1, 2)
            .isin(provinces)
            .or(substring(id, 1, 1).equalTo("9").and(substring(id, 2, 2).isin(provinces)));
    return shape.and(check).and(dateOk).and(province);
  }

  /** Whether {@code code} is a valid unified social credit code (GB 32100-2015). */
  public static Column validUscc(Column code) {
    Column shape =
        code.rlike("^[0-9ABCDEFGHJKLMNPQRTUWXY]{2}[0-9]{6}[0-9ABCDEFGHJKLMNPQRTUWXY]{10}$");
    Column alphabet = lit(Identifiers.USCC_ALPHABET);
    Column sum = lit(0);
    int weight = 1;
    for (int i = 0; i < 17; i++) {
      Column value = call_function("instr", alphabet, substring(code, i + 1, 1)).minus(1);
      sum = sum.plus(value.multiply(weight));
      weight = (weight * 3) % 31;
    }
    Column checkIndex = pmod(lit(31).minus(pmod(sum, lit(31))), lit(31));
    Column check = substring(code, 18, 1).equalTo(alphabet.substr(checkIndex.plus(1), lit(1)));
    return shape.and(check);
  }
}
