package org.govscore.validation;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.govscore.metrics.Methodology;

/**
 * The rules of external_indicators (DATA-CONTRACT.md v2) beyond its column types: the period's
 * syntax, the indicator id's syntax and that it is not a built-in id, and unit_code referring to a
 * department or a region as unit_type says.
 */
final class ExternalIndicatorRules {
  /** METHODOLOGY.md's period syntax, as config.Period parses it. */
  static final String PERIOD_PATTERN = "^[0-9]{4}(-H[12]|-Q[1-4]|-(0[1-9]|1[0-2]))?$";

  static final String INDICATOR_PATTERN = "^[A-Z][A-Z0-9_]{0,31}$";

  private ExternalIndicatorRules() {}

  /**
   * A period that does not parse is BAD_CODE, like a malformed region code: the value is an
   * identifier of the wrong shape, not a number or a timestamp.
   */
  static List<Validator.ExtraRule> rules() {
    Column period = col("t_period");
    Column indicator = col("t_indicator");
    return List.of(
        new Validator.ExtraRule(
            period.isNotNull().and(period.rlike(PERIOD_PATTERN).unary_$bang()),
            RejectReason.BAD_CODE,
            "period"),
        new Validator.ExtraRule(
            indicator
                .isNotNull()
                .and(
                    indicator
                        .rlike(INDICATOR_PATTERN)
                        .unary_$bang()
                        .or(indicator.isin(Methodology.INDICATOR_IDS.toArray()))),
            RejectReason.BAD_CODE,
            "indicator"));
  }

  static List<Validator.Reference> references(Dataset<Row> departments, Dataset<Row> regions) {
    return List.of(
        new Validator.Reference(
            "unit_code",
            when(col("t_unit_type").equalTo(lit("DEPARTMENT")), col("t_unit_code")),
            departments,
            RejectReason.UNKNOWN_DEPARTMENT),
        new Validator.Reference(
            "unit_code",
            when(col("t_unit_type").equalTo(lit("REGION")), col("t_unit_code")),
            regions,
            RejectReason.UNKNOWN_REGION));
  }
}
