package org.govscore.render.results;

import java.util.Map;

/**
 * The reconciliation of one input dataset (data_quality table) with its rejected rows per reason
 * code (from the manifest), largest first.
 */
public record DatasetQuality(
    String dataset,
    long rowsRead,
    long rowsAccepted,
    long rowsRejected,
    long duplicatesRemoved,
    Map<String, Long> rejectedByReason) {

  public double rejectShare() {
    return rowsRead == 0 ? 0.0 : (double) rowsRejected / rowsRead;
  }
}
