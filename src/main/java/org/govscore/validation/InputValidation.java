package org.govscore.validation;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.govscore.base.GovscoreException;
import org.govscore.contract.DatasetKind;
import org.govscore.input.DatasetReader;
import org.govscore.input.InputEntry;
import org.govscore.input.InputLocator;
import org.govscore.metrics.UnitTree;
import org.govscore.spark.SparkSessions;

/**
 * Reads and validates every dataset of an inputs folder in dependency order (regions, then
 * departments, then the datasets that refer to departments) and reconciles each.
 */
public final class InputValidation {
  private static final List<String> LEVELS = List.of("PROVINCE", "CITY", "COUNTY");

  /** The outcome: per present dataset its entry, classified rows (persisted) and quality. */
  public record Result(
      Map<DatasetKind, InputEntry> entries,
      Map<DatasetKind, Dataset<Row>> classified,
      Map<DatasetKind, DataQuality> quality,
      UnitTree units) {

    public Dataset<Row> accepted(DatasetKind kind) {
      return Validator.accepted(kind, classified.get(kind));
    }

    public Map<DatasetKind, Dataset<Row>> acceptedAll() {
      Map<DatasetKind, Dataset<Row>> m = new EnumMap<>(DatasetKind.class);
      classified.keySet().forEach(k -> m.put(k, accepted(k)));
      return m;
    }

    /** All rejects of the run, for the rejects table. */
    public Dataset<Row> rejects() {
      Dataset<Row> all = null;
      for (Map.Entry<DatasetKind, Dataset<Row>> e : classified.entrySet()) {
        Dataset<Row> r = Validator.rejects(e.getKey(), e.getValue());
        all = all == null ? r : all.unionByName(r);
      }
      return all;
    }

    /** Absent optional datasets, for the report. */
    public List<DatasetKind> missing() {
      return java.util.Arrays.stream(DatasetKind.values())
          .filter(k -> !entries.containsKey(k))
          .toList();
    }

    public void release() {
      classified.values().forEach(Dataset::unpersist);
    }
  }

  private InputValidation() {}

  public static Result run(SparkSession spark, String inputsDir, Consumer<String> progress) {
    Map<DatasetKind, InputEntry> entries =
        InputLocator.locate(inputsDir, spark.sparkContext().hadoopConfiguration());
    SparkSessions.tuneForInput(spark, entries.values().stream().mapToLong(InputEntry::size).sum());
    Map<DatasetKind, Dataset<Row>> classified = new EnumMap<>(DatasetKind.class);
    Map<DatasetKind, DataQuality> quality = new EnumMap<>(DatasetKind.class);

    // Open every dataset before validating any: a file-level error (unreadable file, missing or
    // repeated column, wrong delimiter) then stops the run at once, not after the large datasets.
    Map<DatasetKind, Dataset<Row>> raw = new EnumMap<>(DatasetKind.class);
    entries.forEach((kind, entry) -> raw.put(kind, DatasetReader.read(spark, entry)));

    progress.accept("validating regions");
    Dataset<Row> regions =
        classifyRegions(spark, raw.get(DatasetKind.REGIONS), entries.get(DatasetKind.REGIONS));
    finish(DatasetKind.REGIONS, regions, classified, quality);
    requireRows(DatasetKind.REGIONS, entries, quality);
    List<Row> regionRows =
        classified
            .get(DatasetKind.REGIONS)
            .select(
                col("t_region_code"),
                col("t_region_name"),
                col("t_level"),
                col("t_parent_code"),
                col(Validator.REASON))
            .collectAsList();
    Dataset<Row> regionTargets = targets(spark, regionRows);

    progress.accept("validating departments");
    Dataset<Row> departments =
        Validator.classify(
            DatasetKind.DEPARTMENTS,
            raw.get(DatasetKind.DEPARTMENTS),
            entries.get(DatasetKind.DEPARTMENTS).files(),
            false,
            List.of(
                new Validator.Reference("region_code", regionTargets, RejectReason.UNKNOWN_REGION)),
            List.of());
    finish(DatasetKind.DEPARTMENTS, departments, classified, quality);
    requireRows(DatasetKind.DEPARTMENTS, entries, quality);
    List<Row> deptRows =
        classified
            .get(DatasetKind.DEPARTMENTS)
            .select(
                col("t_dept_code"), col("t_dept_name"), col("t_region_code"), col(Validator.REASON))
            .collectAsList();
    Dataset<Row> deptTargets = targets(spark, deptRows);

    for (DatasetKind kind :
        List.of(
            DatasetKind.SERVICE_ITEMS,
            DatasetKind.RESOURCES,
            DatasetKind.EXCHANGES,
            DatasetKind.CASE_EVENTS,
            DatasetKind.RATINGS,
            DatasetKind.EXTERNAL_INDICATORS)) {
      InputEntry entry = entries.get(kind);
      if (entry == null) {
        continue;
      }
      progress.accept(
          "validating "
              + kind.datasetName()
              + " ("
              + entry.files().size()
              + " file(s), "
              + humanBytes(entry.size())
              + ")");
      boolean log =
          kind == DatasetKind.EXCHANGES
              || kind == DatasetKind.CASE_EVENTS
              || kind == DatasetKind.RATINGS;
      Dataset<Row> c =
          Validator.classify(
              kind,
              raw.get(kind),
              entry.files(),
              log,
              kind == DatasetKind.EXTERNAL_INDICATORS
                  ? ExternalIndicatorRules.references(deptTargets, regionTargets)
                  : references(kind, deptTargets),
              kind == DatasetKind.EXTERNAL_INDICATORS
                  ? ExternalIndicatorRules.rules()
                  : extraRules(kind));
      finish(kind, c, classified, quality);
    }

    UnitTree units =
        new UnitTree(
            regionRows.stream()
                .filter(r -> r.isNullAt(4))
                .map(
                    r ->
                        new UnitTree.Region(
                            r.getString(0), r.getString(1), r.getString(2), r.getString(3)))
                .toList(),
            deptRows.stream()
                .filter(r -> r.isNullAt(3))
                .map(r -> new UnitTree.Department(r.getString(0), r.getString(1), r.getString(2)))
                .toList());
    return new Result(entries, classified, quality, units);
  }

  private static void requireRows(
      DatasetKind kind,
      Map<DatasetKind, InputEntry> entries,
      Map<DatasetKind, DataQuality> quality) {
    if (quality.get(kind).rowsRead() == 0) {
      throw new GovscoreException(
          "Required dataset "
              + kind.datasetName()
              + " ("
              + entries.get(kind).path()
              + ") has no rows");
    }
  }

  /** Fails with exit code 3 when a dataset's reject share is above the limit. */
  public static void enforceRejectLimit(Map<DatasetKind, DataQuality> quality, double maxShare) {
    for (DataQuality q : quality.values()) {
      if (q.rejectShare() > maxShare) {
        StringBuilder top = new StringBuilder();
        q.rejectedByReason().entrySet().stream()
            .limit(3)
            .forEach(
                e ->
                    top.append(top.length() == 0 ? "" : ", ")
                        .append(e.getKey())
                        .append(' ')
                        .append(e.getValue()));
        throw new GovscoreException(
            GovscoreException.Kind.DATA_REJECTED,
            String.format(
                java.util.Locale.ROOT,
                "%s: %d of %d rows rejected (%.2f %%), above the limit of %.2f %% (validation.max_reject_share);"
                    + " top reasons: %s. Nothing was written.",
                q.dataset(),
                q.rowsRejected(),
                q.rowsRead(),
                100.0 * q.rejectShare(),
                100.0 * maxShare,
                top));
      }
    }
  }

  private static void finish(
      DatasetKind kind,
      Dataset<Row> c,
      Map<DatasetKind, Dataset<Row>> classified,
      Map<DatasetKind, DataQuality> quality) {
    Dataset<Row> persisted = Validator.slim(kind, c).persist(StorageLevel.MEMORY_AND_DISK());
    classified.put(kind, persisted);
    quality.put(kind, Validator.quality(kind, persisted));
  }

  private static List<Validator.Reference> references(DatasetKind kind, Dataset<Row> depts) {
    return switch (kind) {
      case SERVICE_ITEMS ->
          List.of(new Validator.Reference("dept_code", depts, RejectReason.UNKNOWN_DEPARTMENT));
      case RESOURCES ->
          List.of(
              new Validator.Reference(
                  "provider_dept_code", depts, RejectReason.UNKNOWN_DEPARTMENT));
      case EXCHANGES ->
          List.of(
              new Validator.Reference("consumer_dept_code", depts, RejectReason.UNKNOWN_DEPARTMENT),
              new Validator.Reference(
                  "provider_dept_code", depts, RejectReason.UNKNOWN_DEPARTMENT));
      case CASE_EVENTS, RATINGS ->
          List.of(new Validator.Reference("dept_code", depts, RejectReason.UNKNOWN_DEPARTMENT));
      default -> List.of();
    };
  }

  private static List<Validator.ExtraRule> extraRules(DatasetKind kind) {
    return switch (kind) {
      case SERVICE_ITEMS ->
          List.of(
              new Validator.ExtraRule(
                  col("t_online_depth").lt(0).or(col("t_online_depth").gt(4)),
                  RejectReason.OUT_OF_RANGE,
                  "online_depth"),
              new Validator.ExtraRule(
                  col("t_statutory_days").lt(0), RejectReason.OUT_OF_RANGE, "statutory_days"),
              new Validator.ExtraRule(
                  col("t_promised_days").lt(0), RejectReason.OUT_OF_RANGE, "promised_days"));
      case EXCHANGES ->
          List.of(
              new Validator.ExtraRule(
                  col("t_latency_ms").lt(0), RejectReason.OUT_OF_RANGE, "latency_ms"));
      // A rectification before the rating is impossible on any rating (equal is 0 working days).
      case RATINGS ->
          List.of(
              new Validator.ExtraRule(
                  col("t_level").lt(1).or(col("t_level").gt(5)),
                  RejectReason.OUT_OF_RANGE,
                  "level"),
              new Validator.ExtraRule(
                  col("t_rectified_ts").lt(col("t_ts")),
                  RejectReason.OUT_OF_RANGE,
                  "rectified_ts"));
      default -> List.of();
    };
  }

  /**
   * Regions: row rules and conflicts in Spark, then the parent references on the driver (regions
   * are few): a parent must exist, be accepted and be of a higher level; rejection cascades down.
   */
  private static Dataset<Row> classifyRegions(
      SparkSession spark, Dataset<Row> raw, InputEntry entry) {
    Dataset<Row> c =
        Validator.classify(
                DatasetKind.REGIONS,
                raw,
                entry.files(),
                false,
                List.of(),
                List.of(
                    new Validator.ExtraRule(
                        col("t_region_code").rlike("^[0-9]{6}$").unary_$bang(),
                        RejectReason.BAD_CODE,
                        "region_code")))
            .persist(StorageLevel.MEMORY_AND_DISK());
    List<Row> rows =
        c.select(col("t_region_code"), col("t_level"), col("t_parent_code"), col(Validator.REASON))
            .collectAsList();
    Set<String> known = new HashSet<>();
    Map<String, Row> candidates = new HashMap<>();
    for (Row r : rows) {
      if (!r.isNullAt(0)) {
        known.add(r.getString(0));
      }
      if (r.isNullAt(3)) {
        candidates.put(r.getString(0), r);
      }
    }
    Map<String, RejectReason> refReasons = new LinkedHashMap<>();
    for (String level : LEVELS) { // parents are of a higher level, so they are decided first
      for (Row r : candidates.values()) {
        if (!level.equals(r.getString(1)) || r.isNullAt(2)) {
          continue;
        }
        String parent = r.getString(2);
        Row p = candidates.get(parent);
        RejectReason reason = null;
        if (!known.contains(parent)) {
          reason = RejectReason.UNKNOWN_REGION;
        } else if (p == null || refReasons.containsKey(parent)) {
          reason = RejectReason.REFERENCE_REJECTED;
        } else if (LEVELS.indexOf(p.getString(1)) >= LEVELS.indexOf(level)) {
          reason = RejectReason.BAD_PARENT_LEVEL;
        }
        if (reason != null) {
          refReasons.put(r.getString(0), reason);
        }
      }
    }
    if (refReasons.isEmpty()) {
      return c;
    }
    List<Row> reasonRows = new ArrayList<>();
    refReasons.forEach((code, reason) -> reasonRows.add(RowFactory.create(code, reason.name())));
    Dataset<Row> reasons =
        spark.createDataFrame(
            reasonRows,
            new StructType()
                .add("rr_code", DataTypes.StringType)
                .add("rr_reason", DataTypes.StringType));
    Dataset<Row> joined =
        c.join(
            org.apache.spark.sql.functions.broadcast(reasons),
            col("t_region_code").equalTo(col("rr_code")).and(col(Validator.REASON).isNull()),
            "left");
    return joined
        .withColumn(
            Validator.DETAIL,
            when(col("rr_reason").isNotNull(), lit("parent_code")).otherwise(col(Validator.DETAIL)))
        .withColumn(
            Validator.REASON,
            org.apache.spark.sql.functions.coalesce(col(Validator.REASON), col("rr_reason")))
        .drop("rr_code", "rr_reason");
  }

  /** (code, accepted) per distinct code: accepted when some row with that code was accepted. */
  private static Dataset<Row> targets(SparkSession spark, List<Row> rows) {
    Map<String, Boolean> status = new LinkedHashMap<>();
    int reasonIndex = rows.isEmpty() ? 0 : rows.get(0).length() - 1;
    for (Row r : rows) {
      if (!r.isNullAt(0)) {
        status.merge(r.getString(0), r.isNullAt(reasonIndex), Boolean::logicalOr);
      }
    }
    List<Row> out = new ArrayList<>();
    status.forEach((code, ok) -> out.add(RowFactory.create(code, ok)));
    return spark.createDataFrame(
        out,
        new StructType().add("code", DataTypes.StringType).add("accepted", DataTypes.BooleanType));
  }

  static String humanBytes(long bytes) {
    if (bytes < 1024) {
      return bytes + " B";
    }
    if (bytes < 1024 * 1024) {
      return String.format(java.util.Locale.ROOT, "%.1f KiB", bytes / 1024.0);
    }
    if (bytes < 1024L * 1024 * 1024) {
      return String.format(java.util.Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024));
    }
    return String.format(java.util.Locale.ROOT, "%.2f GiB", bytes / (1024.0 * 1024 * 1024));
  }
}
