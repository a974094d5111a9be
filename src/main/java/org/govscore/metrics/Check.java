package org.govscore.metrics;

import java.util.List;
import java.util.Set;
import org.govscore.contract.DatasetKind;
import org.govscore.methodology.CheckEntry;

/** A compliance check: per unit an applicable count and a passed count. */
public interface Check {
  /** Its entry in the methodology registry: id, texts, dataset needs. */
  CheckEntry entry();

  /** The published id, e.g. {@code EX_EXTRANET}. */
  default String id() {
    return entry().id();
  }

  /** Datasets without which the check applies to nothing (the registry's needs). */
  default Set<DatasetKind> requires() {
    return Needs.of(entry().needs());
  }

  Aggregation applicable();

  Aggregation passed();

  default List<Aggregation> aggregations() {
    return List.of(applicable(), passed());
  }
}
