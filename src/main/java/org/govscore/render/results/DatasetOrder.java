package org.govscore.render.results;

import org.govscore.contract.DatasetKind;

/** Datasets in the order of docs/data-contract.md (reference data first, then logs). */
public final class DatasetOrder {
  private DatasetOrder() {}

  public static int of(String dataset) {
    DatasetKind[] all = DatasetKind.values();
    for (int i = 0; i < all.length; i++) {
      if (all[i].datasetName().equals(dataset)) {
        return i;
      }
    }
    return all.length;
  }
}
