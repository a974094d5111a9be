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

/**
 * The datasets of the data contract, in dependency order (a dataset refers only to datasets
 * declared before it, or to itself): columns with their types and checks, the primary key and the
 * references. Validation runs these declarations; docs/data-contract.md is generated from them.
 */
public enum DatasetKind {
  REGIONS(
      "regions",
      Scale.CATALOGUE,
      true,
      "Administrative regions (行政区划); they form a tree.",
      List.of("region_code"),
      List.of(
          required("region_code", STRING).pattern("^[0-9]{6}$").note("GB/T 2260 style"),
          required("region_name", STRING),
          requiredEnum("level", "PROVINCE", "CITY", "COUNTY"),
          optional("parent_code", STRING).note("null for a root")),
      List.of(ColumnReference.parent("parent_code", "regions", "level"))),
  DEPARTMENTS(
      "departments",
      Scale.CATALOGUE,
      true,
      "Departments (部门): the units that own service items, provide data resources and handle"
          + " cases.",
      List.of("dept_code"),
      List.of(
          required("dept_code", STRING),
          required("dept_name", STRING),
          required("region_code", STRING)),
      List.of(ColumnReference.to("region_code", "regions"))),
  SERVICE_ITEMS(
      "service_items",
      Scale.CATALOGUE,
      false,
      "The service item catalogue (政务服务事项清单).",
      List.of("item_code"),
      List.of(
          required("item_code", STRING),
          required("item_name", STRING),
          required("dept_code", STRING).note("the owner"),
          requiredEnum(
              "item_type",
              "LICENSING",
              "CONFIRMATION",
              "PAYMENT",
              "INSPECTION",
              "PUBLIC_SERVICE",
              "OTHER"),
          required("online_depth", INT)
              .range(0L, 4L)
              .note(
                  "0 offline only, 1 information online, 2 online booking or pre-review, 3 online"
                      + " application, 4 fully online (全程网办)"),
          optional("statutory_days", INT).range(0L, null).note("working days (法定时限)"),
          optional("promised_days", INT).range(0L, null).note("working days (承诺时限)"),
          optional("required_resources", STRING_LIST)
              .note(
                  "resource codes whose data the item needs; Parquet/JSON: array; CSV:"
                      + " `;`-separated, empty = none")),
      List.of(ColumnReference.to("dept_code", "departments"))),
  RESOURCES(
      "resources",
      Scale.CATALOGUE,
      false,
      "The data resource catalogue (政务信息资源目录).",
      List.of("resource_code"),
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
                  "OTHER")
              .note("the \"six libraries\" plus OTHER"),
          requiredEnum("share_type", "UNCONDITIONAL", "CONDITIONAL", "NOT_SHARED")
              .note("无条件 / 有条件 / 不予共享"),
          optional("legal_basis", STRING).note("the legal basis for NOT_SHARED"),
          optional("standard_code", STRING)
              .note("the data standard the payload must follow (e.g. `GB/T 39046-2020`)")),
      List.of(ColumnReference.to("provider_dept_code", "departments"))),
  EXCHANGES(
      "exchanges",
      Scale.LOG,
      false,
      "The data sharing exchange log (数据共享交换日志): one row per data request on the exchange"
          + " platform.",
      List.of("exchange_id"),
      List.of(
          required("exchange_id", STRING).notCarried(),
          required("ts", TIMESTAMP).note(ContractColumn.TIMESTAMP_NOTE),
          required("consumer_dept_code", STRING).note("the requester"),
          required("provider_dept_code", STRING).note("the declared provider"),
          required("resource_code", STRING)
              .note("need not be catalogued: that is a compliance failure, not a reject"),
          optional("case_id", STRING).note("the case the request served"),
          requiredEnum("network", "EXTRANET", "INTERNET", "PRIVATE")
              .note("EXTRANET 电子政务外网, PRIVATE 业务专网"),
          requiredEnum("subject_type", "PERSON", "ENTITY", "NONE"),
          personal("subject_id")
              .note(
                  "citizen ID number (PERSON) or unified social credit code (ENTITY); null for"
                      + " NONE"),
          requiredEnum("status", "SUCCESS", "FAILED", "DENIED", "TIMEOUT"),
          optional("latency_ms", LONG).range(0L, null),
          optional("standard_code", STRING).note("the standard the payload declared")),
      List.of(
          ColumnReference.to("consumer_dept_code", "departments"),
          ColumnReference.to("provider_dept_code", "departments"))),
  /** An event log in the XES sense; no primary key, its rows are grouped by case. */
  CASE_EVENTS(
      "case_events",
      Scale.LOG,
      false,
      "The case log (办件日志): an event log in the XES sense, one row per event. XES mapping:"
          + " case_id = trace `concept:name`, activity = event `concept:name`, ts ="
          + " `time:timestamp`, dept_code = `org:group`; item_code and channel may come from trace"
          + " attributes.",
      List.of(),
      "case_id",
      List.of(
          required("case_id", STRING),
          required("ts", TIMESTAMP).note(ContractColumn.TIMESTAMP_NOTE),
          required("activity", STRING)
              .note(
                  "canonical: SUBMIT, ACCEPT, REVIEW, SUPPLEMENT, VISIT, APPROVE, REJECT, DELIVER,"
                      + " WITHDRAW; other values are kept and ignored by indicators"),
          required("dept_code", STRING).note("the unit performing the event (XES org:group)"),
          optional("item_code", STRING)
              .note("the case's item is taken from its earliest event that has one"),
          optionalEnum("channel", "ONLINE", "MOBILE", "WINDOW", "SELF_SERVICE", "POST")
              .note("the case's channel is taken from its earliest event that has one"),
          personal("applicant_id").notCarried()),
      List.of(ColumnReference.to("dept_code", "departments"))),
  /** The 好差评 log (v2): one row per rating a citizen or company gave. */
  RATINGS(
      "ratings",
      Scale.LOG,
      false,
      "The service rating log (政务服务\"好差评\"日志): one row per rating a citizen or company" + " gave.",
      List.of("rating_id"),
      List.of(
          required("rating_id", STRING).notCarried(),
          required("ts", TIMESTAMP)
              .note("when the rating was given; " + ContractColumn.TIMESTAMP_NOTE),
          required("dept_code", STRING).note("the rated department"),
          optional("item_code", STRING).note("the rated service item (need not be catalogued)"),
          optional("case_id", STRING).note("the case rated (一事一评)"),
          // Validated, then dropped: no indicator, check or finding reads a rating's channel.
          requiredEnum("channel", "ONLINE", "MOBILE", "WINDOW", "SELF_SERVICE", "PHONE")
              .note("一事一评 online, 一次一评 on site, 12345")
              .notCarried(),
          required("level", INT).range(1L, 5L).note("1 非常不满意, 2 不满意, 3 基本满意, 4 满意, 5 非常满意"),
          // A rectification before the rating is impossible on any rating (equal is 0 working
          // days).
          optional("rectified_ts", TIMESTAMP)
              .check(new ColumnCheck.NotBefore("ts"))
              .note(
                  "when a bad rating (level <= 2) was rectified (整改完成); not used for level >="
                      + " 3"),
          personal("rater_id").notCarried()),
      List.of(ColumnReference.to("dept_code", "departments"))),
  /**
   * v2: values measured outside the logs, per period and unit; key (period, unit_type, unit_code,
   * indicator).
   */
  EXTERNAL_INDICATORS(
      "external_indicators",
      Scale.CATALOGUE,
      false,
      "Values measured outside the logs (surveys, expert review, another index). A row belongs to"
          + " the run when its period string equals the run's period exactly (`2026` is not part"
          + " of a `2026-Q3` run); other rows are read, validated and ignored. An external value is"
          + " taken as given for its unit: regions are not pooled from departments, and a unit"
          + " without a row has it N/A.",
      List.of("period", "unit_type", "unit_code", "indicator"),
      List.of(
          // The period syntax as config.Period parses it; a malformed one is BAD_CODE, like a
          // malformed region code: an identifier of the wrong shape, not a number or a timestamp.
          required("period", STRING)
              .pattern("^[0-9]{4}(-H[12]|-Q[1-4]|-(0[1-9]|1[0-2]))?$")
              .note("a year, half year, quarter or month: `2026`, `2026-H1`, `2026-Q3`, `2026-07`"),
          requiredEnum("unit_type", "DEPARTMENT", "REGION"),
          required("unit_code", STRING).note("a dept_code or region_code, per unit_type"),
          required("indicator", STRING)
              .pattern("^[A-Z][A-Z0-9_]{0,31}$")
              .check(new ColumnCheck.NotBuiltInIndicator()),
          required("indicator_name", STRING)
              .note(
                  "the name shown in reports (where rows of one indicator disagree, the smallest"
                      + " by code point is shown)"),
          required("value", DOUBLE),
          optional("numerator", DOUBLE),
          optional("denominator", DOUBLE),
          required("source", STRING)
              .note(
                  "who measured it and how (e.g. `问卷调查 2026-Q3`, `UN E-Government Survey"
                      + " 2022`)")),
      List.of(
          ColumnReference.when("unit_code", "departments", "unit_type", "DEPARTMENT"),
          ColumnReference.when("unit_code", "regions", "unit_type", "REGION")));

  /**
   * How large a dataset is by nature: a catalogue is small (a snapshot of units, items or
   * resources), a log grows with use and is clustered by its key for validation.
   */
  public enum Scale {
    CATALOGUE,
    LOG
  }

  private final String datasetName;
  private final Scale scale;
  private final boolean mandatory;
  private final String description;
  private final List<String> keyColumns;
  private final String groupColumn;
  private final List<ContractColumn> columns;
  private final List<ColumnReference> references;

  DatasetKind(
      String datasetName,
      Scale scale,
      boolean mandatory,
      String description,
      List<String> keyColumns,
      List<ContractColumn> columns,
      List<ColumnReference> references) {
    this(
        datasetName,
        scale,
        mandatory,
        description,
        keyColumns,
        keyColumns.size() == 1 ? keyColumns.get(0) : null,
        columns,
        references);
  }

  /**
   * @param groupColumn the column a log's rows are grouped by: its key, or (a log without one) the
   *     column its rows are read together by
   */
  DatasetKind(
      String datasetName,
      Scale scale,
      boolean mandatory,
      String description,
      List<String> keyColumns,
      String groupColumn,
      List<ContractColumn> columns,
      List<ColumnReference> references) {
    this.datasetName = datasetName;
    this.scale = scale;
    this.mandatory = mandatory;
    this.description = description;
    this.keyColumns = List.copyOf(keyColumns);
    this.groupColumn = groupColumn;
    this.columns = List.copyOf(columns);
    this.references = List.copyOf(references);
  }

  /** The dataset's name in the contract and in the inputs folder, e.g. {@code case_events}. */
  public String datasetName() {
    return datasetName;
  }

  /** The primary key column, if the dataset has a one-column key (case_events has none). */
  public Optional<String> primaryKey() {
    return keyColumns.size() == 1 ? Optional.of(keyColumns.get(0)) : Optional.empty();
  }

  /**
   * The column a log's rows are clustered by for validation: its key, or for case_events the case.
   */
  public Optional<String> clusterColumn() {
    if (scale != Scale.LOG) {
      return Optional.empty();
    }
    return Optional.ofNullable(groupColumn);
  }

  public Scale scale() {
    return scale;
  }

  /** What the dataset holds, for the contract document. */
  public String description() {
    return description;
  }

  /** The foreign keys, in the order they are checked. */
  public List<ColumnReference> references() {
    return references;
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

  /** The columns kept past validation ({@link ContractColumn#carried}), in contract order. */
  public List<ContractColumn> carriedColumns() {
    return columns.stream().filter(ContractColumn::carried).toList();
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
