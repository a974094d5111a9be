package org.govscore.store;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** Writes one period's tables, then commits them all at once (or drops them all). */
public interface PeriodWriter {
  /** Writes a bounded table from its records and records its row count and content hash. */
  <T> void write(TableCodec<T> table, List<T> rows);

  /**
   * Writes a table that stays distributed (rejects can be large) from rows with at least the
   * table's columns; records its row count and content hash.
   */
  void writeRows(TableCodec<?> table, Dataset<Row> rows);

  /** Per-table row counts and content hashes of what was written, for the manifest. */
  Map<String, Manifest.TableInfo> tables();

  /** Writes the manifest and makes the period's tables visible at once. */
  void commit(Manifest manifest) throws IOException;

  /** Drops what was written; earlier results stay as they were. */
  void abort();
}
