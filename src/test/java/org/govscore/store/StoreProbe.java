package org.govscore.store;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** Test access to the store's content hash, to check a table's files against its manifest entry. */
public final class StoreProbe {
  private StoreProbe() {}

  /**
   * The manifest's {@code sha256} of a table's content (canonical order), as evaluate computes it.
   */
  public static String contentHash(Dataset<Row> table) {
    return ContentHash.of(table).sha256();
  }
}
