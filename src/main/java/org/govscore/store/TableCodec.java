package org.govscore.store;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;

/**
 * One results table: its name, its exact columns and types (README.md, "Results store"), and the
 * only mapping between its typed record and a Spark row. Rows are read by column name, so a file
 * written before a column was added reads that column as null.
 *
 * @param <T> the table's record
 */
public interface TableCodec<T> {
  /** The table's folder name in the store. */
  String table();

  /** The columns in store order with their types. */
  StructType schema();

  /**
   * Whether the table is bounded by the units, items and resources (so a reader may collect it);
   * only rejects grows with the input rows.
   */
  default boolean bounded() {
    return true;
  }

  /**
   * Whether the table was added after the specification's eight (govscore's additions): a period
   * written before it has no such table and reads as no rows, never an error.
   */
  default boolean addedLater() {
    return false;
  }

  /** The record as a Spark row in store column order. */
  default Row toRow(T record) {
    return RowFactory.create(values(record));
  }

  T fromRow(Row row);

  /** The record's values in column order, for hashing without Spark. */
  Object[] values(T record);
}
