package org.govscore.generate;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.govscore.contract.DatasetKind;

/**
 * What a generation wrote: rows per dataset (by dataset name, in contract order, planted bad rows
 * included), which departments carry which planted profile, and which carry a ratings pattern.
 */
public record GenerationSummary(
    Map<String, Long> rowsWritten, PlantedDepartments planted, PlantedRatings plantedRatings) {

  public GenerationSummary {
    rowsWritten = Collections.unmodifiableMap(new LinkedHashMap<>(rowsWritten));
  }

  public GenerationSummary(Map<String, Long> rowsWritten, PlantedDepartments planted) {
    this(rowsWritten, planted, PlantedRatings.NONE);
  }

  public long rows(DatasetKind kind) {
    return rowsWritten.getOrDefault(kind.datasetName(), 0L);
  }

  public long totalRows() {
    return rowsWritten.values().stream().mapToLong(Long::longValue).sum();
  }

  /** e.g. {@code regions 10, departments 40, ...}. */
  public String describe() {
    return rowsWritten.entrySet().stream()
        .map(e -> e.getKey() + " " + e.getValue())
        .collect(Collectors.joining(", "));
  }
}
