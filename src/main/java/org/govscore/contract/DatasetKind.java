package org.govscore.contract;

import static org.govscore.contract.ColumnType.DOUBLE;
import static org.govscore.contract.ColumnType.INT;
import static org.govscore.contract.ColumnType.LONG;
import static org.govscore.contract.ColumnType.STRING;
import static org.govscore.contract.ColumnType.STRING_LIST;
import static org.govscore.contract.ColumnType.TIMESTAMP;
import static org.govscore.contract.ContractColumn.optional;
import static org.govscore.contract.ContractColumn.optionalEnum;
import static org.govscore.contract.ContractColumn.personal;
import static org.govscore.contract.ContractColumn.required;
import static org.govscore.contract.ContractColumn.requiredEnum;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The datasets of DATA-CONTRACT.md, with their columns, keys and references. */
public enum DatasetKind {
  REGIONS(
      "regions",
      "region_code",
      true,
      List.of(
          required("region_code", STRING),
          required("region_name", STRING),
          requiredEnum("level", "PROVINCE", "CITY", "COUNTY"),
          optional("parent_code", STRING))),
  DEPARTMENTS(
      "departments",
      "dept_code",
      true,
      List.of(
          required("dept_code", STRING),
          required("dept_name", STRING),
          required("region_code", STRING))),
  SERVICE_ITEMS(
      "service_items",
      "item_code",
      false,
      List.of(
          required("item_code", STRING),
          required("item_name", STRING),
          required("dept_code", STRING),
          requiredEnum(
              "item_type",
              "LICENSING",
              "CONFIRMATION",
              "PAYMENT",
              "INSPECTION",
              "PUBLIC_SERVICE",
              "OTHER"),
          required("online_depth", INT),
          optional("statutory_days", INT),
          optional("promised_days", INT),
          optional("required_resources", STRING_LIST))),
  RESOURCES(
      "resources",
      "resource_code",
      false,
      List.of(
          required("resource_code", STRING),
          required("resource_name", STRING),
          required("provider_dept_code", STRING),
          requiredEnum(
              "base_library",
              "POPULATION",
              "LEGAL_ENTITY",
              "ECONOMY",
              "CREDIT",
              "LICENSE",
              "BUSINESS",
              "OTHER"),
          requiredEnum("share_type", "UNCONDITIONAL", "CONDITIONAL", "NOT_SHARED"),
          optional("legal_basis", STRING),
          optional("standard_code", STRING))),
  EXCHANGES(
      "exchanges",
      "exchange_id",
      false,
      List.of(
          required("exchange_id", STRING),
          required("ts", TIMESTAMP),
          required("consumer_dept_code", STRING),
          required("provider_dept_code", STRING),
          required("resource_code", STRING),
          optional("case_id", STRING),
          requiredEnum("network", "EXTRANET", "INTERNET", "PRIVATE"),
          requiredEnum("subject_type", "PERSON", "ENTITY", "NONE"),
          personal("subject_id"),
          requiredEnum("status", "SUCCESS", "FAILED", "DENIED", "TIMEOUT"),
          optional("latency_ms", LONG),
          optional("standard_code", STRING))),
  CASE_EVENTS(
      "case_events",
      null,
      false,
      List.of(
          required("case_id", STRING),
          required("ts", TIMESTAMP),
          required("activity", STRING),
          required("dept_code", STRING),
          optional("item_code", STRING),
          optionalEnum("channel", "ONLINE", "MOBILE", "WINDOW", "SELF_SERVICE", "POST"),
          personal("applicant_id"))),
  /** The 好差评 log (v2): one row per rating a citizen or company gave. */
  RATINGS(
      "ratings",
      "rating_id",
      false,
      List.of(
          required("rating_id", STRING),
          required("ts", TIMESTAMP),
          required("dept_code", STRING),
          optional("item_code", STRING),
          optional("case_id", STRING),
          requiredEnum("channel", "ONLINE", "MOBILE", "WINDOW", "SELF_SERVICE", "PHONE"),
          required("level", INT),
          optional("rectified_ts", TIMESTAMP),
          personal("rater_id"))),
  /**
   * v2: values measured outside the logs, per period and unit; key (period, unit_type, unit_code,
   * indicator).
   */
  EXTERNAL_INDICATORS(
      "external_indicators",
      List.of("period", "unit_type", "unit_code", "indicator"),
      List.of(
          required("period", STRING),
          requiredEnum("unit_type", "DEPARTMENT", "REGION"),
          required("unit_code", STRING),
          required("indicator", STRING),
          required("indicator_name", STRING),
          required("value", DOUBLE),
          optional("numerator", DOUBLE),
          optional("denominator", DOUBLE),
          required("source", STRING)));

  private final String datasetName;
  private final String primaryKey;
  private final List<String> keyColumns;
  private final boolean mandatory;
  private final List<ContractColumn> columns;

  DatasetKind(
      String datasetName, String primaryKey, boolean mandatory, List<ContractColumn> columns) {
    this.datasetName = datasetName;
    this.primaryKey = primaryKey;
    this.keyColumns = primaryKey == null ? List.of() : List.of(primaryKey);
    this.mandatory = mandatory;
    this.columns = columns;
  }

  /** An optional dataset with a composite primary key. */
  DatasetKind(String datasetName, List<String> keyColumns, List<ContractColumn> columns) {
    this.datasetName = datasetName;
    this.primaryKey = null;
    this.keyColumns = List.copyOf(keyColumns);
    this.mandatory = false;
    this.columns = columns;
  }

  /** The dataset's name in the contract and in the inputs folder, e.g. {@code case_events}. */
  public String datasetName() {
    return datasetName;
  }

  /** The primary key column, if the dataset has one (case_events has none). */
  public Optional<String> primaryKey() {
    return Optional.ofNullable(primaryKey);
  }

  /** Every column of the primary key (one, several for a composite key, none for case_events). */
  public List<String> keyColumns() {
    return keyColumns;
  }

  /** regions and departments must be present; the others may be absent. */
  public boolean mandatory() {
    return mandatory;
  }

  public List<ContractColumn> columns() {
    return columns;
  }

  public List<String> columnNames() {
    return columns.stream().map(ContractColumn::name).toList();
  }

  public ContractColumn column(String name) {
    return columns.stream()
        .filter(c -> c.name().equals(name))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException("Dataset " + datasetName + " has no column " + name));
  }

  public List<String> personalColumns() {
    return columns.stream().filter(ContractColumn::personal).map(ContractColumn::name).toList();
  }

  public static Optional<DatasetKind> byName(String name) {
    return Arrays.stream(values())
        .filter(k -> k.datasetName.equals(name.toLowerCase(Locale.ROOT)))
        .findFirst();
  }
}
