package org.govscore.metrics;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.govscore.contract.DatasetKind;
import org.govscore.methodology.Dataset;

/** The registry's dataset needs as the data contract's dataset kinds. */
final class Needs {
  private Needs() {}

  static Set<DatasetKind> of(List<Dataset> needs) {
    Set<DatasetKind> kinds = EnumSet.noneOf(DatasetKind.class);
    for (Dataset d : needs) {
      kinds.add(kind(d));
    }
    return Set.copyOf(kinds);
  }

  /** The contract's kind of a registry dataset; the two enums name the same datasets. */
  static DatasetKind kind(Dataset dataset) {
    return DatasetKind.byName(dataset.datasetName())
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "The data contract has no dataset '" + dataset.datasetName() + "'"));
  }
}
