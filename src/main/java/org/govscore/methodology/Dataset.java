package org.govscore.methodology;

/**
 * The input datasets an indicator or check can need, by their published names (the data contract's
 * own enum lives in a lower layer than the registry may use; MethodologyRegistryTest keeps the two
 * in step).
 */
public enum Dataset {
  REGIONS("regions"),
  DEPARTMENTS("departments"),
  SERVICE_ITEMS("service_items"),
  RESOURCES("resources"),
  EXCHANGES("exchanges"),
  CASE_EVENTS("case_events"),
  RATINGS("ratings"),
  EXTERNAL_INDICATORS("external_indicators");

  private final String datasetName;

  Dataset(String datasetName) {
    this.datasetName = datasetName;
  }

  public String datasetName() {
    return datasetName;
  }
}
