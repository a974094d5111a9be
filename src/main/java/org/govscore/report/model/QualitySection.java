package org.govscore.report.model;

import java.util.List;

/** Data quality: the reconciliation of every input dataset and what missing datasets make N/A. */
public record QualitySection(
    List<DatasetRow> datasets,
    List<MissingDataset> missing,
    String rejectedTotal,
    List<String> warnings) {
  /** rows read = accepted + rejected + duplicates removed, with the rejected rows per reason. */
  public record DatasetRow(
      String dataset,
      String name,
      String read,
      String accepted,
      String rejected,
      String duplicates,
      String rejectShare,
      List<ReasonCount> reasons) {}

  public record ReasonCount(String code, String label, String count) {}

  /** A dataset the run did not have, with the indicators and checks that are N/A without it. */
  public record MissingDataset(
      String dataset, String name, List<String> indicators, List<String> checks) {}

  public boolean anythingMissing() {
    return !missing.isEmpty();
  }
}
