package org.govscore.metrics;

import java.util.List;
import java.util.Set;
import org.govscore.contract.DatasetKind;

/** A compliance check: per unit an applicable count and a passed count. */
public interface Check {
  /** The published id, e.g. {@code EX_EXTRANET}. */
  String id();

  /** Datasets without which the check applies to nothing. */
  Set<DatasetKind> requires();

  Aggregation applicable();

  Aggregation passed();

  default List<Aggregation> aggregations() {
    return List.of(applicable(), passed());
  }
}
