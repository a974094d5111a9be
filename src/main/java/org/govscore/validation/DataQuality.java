package org.govscore.validation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The reconciliation of one dataset: rows read = accepted + rejected + duplicates removed.
 *
 * @param rejectedByReason rejected rows per reason code, largest first
 */
public record DataQuality(
    String dataset,
    long rowsRead,
    long rowsAccepted,
    long rowsRejected,
    long duplicatesRemoved,
    Map<String, Long> rejectedByReason) {

  public DataQuality {
    if (rowsRead != rowsAccepted + rowsRejected + duplicatesRemoved) {
      throw new IllegalStateException(
          "Reconciliation fails for "
              + dataset
              + ": read "
              + rowsRead
              + " != accepted "
              + rowsAccepted
              + " + rejected "
              + rowsRejected
              + " + duplicates "
              + duplicatesRemoved);
    }
    rejectedByReason = Collections.unmodifiableMap(new LinkedHashMap<>(rejectedByReason));
  }

  public double rejectShare() {
    return rowsRead == 0 ? 0.0 : (double) rowsRejected / rowsRead;
  }
}
