package org.govscore.contract;

/** The logical type of a contract column, as docs/data-contract.md states it. */
public enum ColumnType {
  STRING,
  TIMESTAMP,
  INT,
  LONG,
  ENUM,
  STRING_LIST,
  /** A finite double (v2: external_indicators' value, numerator, denominator). */
  DOUBLE
}
