package org.govscore.validation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.govscore.base.Branches;
import org.govscore.base.GovscoreException;
import org.govscore.contract.DatasetKind;
import org.govscore.input.DatasetReader;
import org.govscore.input.InputEntry;
import org.govscore.input.InputLocator;
import org.govscore.metrics.UnitTree;
import org.govscore.spark.SparkSessions;

/**
 * Reads and validates every dataset of an inputs folder against the contract's declarations (see
 * docs/data-contract.md), in declaration order so that the codes a dataset refers to are known
 * first, and reconciles each.
 */
public final class InputValidation {

  /**
   * The outcome: per present dataset its entry, classified rows (slim form) and quality; {@code
   * cached} holds what the classified rows are read from, persisted until {@link #release}; {@code
   * latestMicros} the latest accepted time (ts, in microseconds) of each log that has one.
   */
  public record Result(
      Map<DatasetKind, InputEntry> entries,
      Map<DatasetKind, Dataset<Row>> classified,
      Map<DatasetKind, DataQuality> quality,
      UnitTree units,
      List<Dataset<Row>> cached,
      Map<DatasetKind, Long> latestMicros) {

    public Dataset<Row> accepted(DatasetKind kind) {
      return ClassifiedRows.accepted(kind, classified.get(kind));
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
        Dataset<Row> r = ClassifiedRows.rejects(e.getKey(), e.getValue());
        all = all == null ? r : all.unionByName(r);
      }
      return all;
    }

    /** Absent optional datasets, for the report. */
    public List<DatasetKind> missing() {
      return Arrays.stream(DatasetKind.values()).filter(k -> !entries.containsKey(k)).toList();
    }

    /** Unpersists {@code cached}: every classified frame persisted is in it. */
    public void release() {
      cached.forEach(Dataset::unpersist);
    }
  }

  private InputValidation() {}

  public static Result run(SparkSession spark, String inputsDir, Consumer<String> progress) {
    return run(spark, inputsDir, progress, new DatasetValidator(spark));
  }

  static Result run(
      SparkSession spark, String inputsDir, Consumer<String> progress, DatasetValidator validator) {
    Map<DatasetKind, InputEntry> entries =
        InputLocator.locate(inputsDir, spark.sparkContext().hadoopConfiguration());
    long totalBytes = entries.values().stream().mapToLong(InputEntry::size).sum();
    SparkSessions.tuneForInput(spark, totalBytes);
    Map<DatasetKind, Dataset<Row>> classified = new EnumMap<>(DatasetKind.class);
    Map<DatasetKind, DataQuality> quality = new EnumMap<>(DatasetKind.class);

    // Open every dataset before validating any: a file-level error (unreadable file, missing or
    // repeated column, wrong delimiter) then stops the run at once, not after the large datasets.
    Map<DatasetKind, Dataset<Row>> raw = new EnumMap<>(DatasetKind.class);
    entries.forEach((kind, entry) -> raw.put(kind, DatasetReader.read(spark, entry)));

    Map<DatasetKind, List<Row>> rows = new EnumMap<>(DatasetKind.class);
    List<Dataset<Row>> cached = new ArrayList<>();
    Map<DatasetKind, Long> latest = new EnumMap<>(DatasetKind.class);
    boolean sideBySide = SparkSessions.planningDominates(spark, totalBytes);
    // Small catalogues first, side by side: each classified by its own rows and brought to the
    // driver (see Branches). Side by side whatever the logs' size: a small catalogue's job is
    // shorter than its planning (10M set: 6.0 s for the four one after another).
    List<DatasetKind> small =
        entries.keySet().stream().filter(k -> validator.onDriver(k, entries.get(k))).toList();
    List<DatasetValidator.Collected> collected =
        announced(
            true,
            small,
            entries,
            progress,
            kind -> validator.collect(kind, raw.get(kind), entries.get(kind)));
    // Then, in declaration order, so that the codes a dataset refers to are known: the small
    // catalogues' references on the driver, large catalogues in Spark. Logs wait.
    List<DatasetKind> logs = new ArrayList<>();
    for (DatasetKind kind : DatasetKind.values()) {
      InputEntry entry = entries.get(kind);
      if (entry == null) {
        continue;
      }
      if (small.contains(kind)) {
        keep(
            kind,
            validator.finish(kind, collected.get(small.indexOf(kind))),
            classified,
            quality,
            rows,
            cached);
      } else if (kind.scale() == DatasetKind.Scale.CATALOGUE) {
        progress.accept(announcement(kind, entry));
        keep(
            kind,
            validator.validate(kind, raw.get(kind), entry),
            classified,
            quality,
            rows,
            cached);
      } else {
        logs.add(kind);
        continue;
      }
      if (kind.mandatory()) {
        requireRows(kind, entries, quality);
      }
    }
    // The logs, which refer only to catalogues, side by side when the input is small.
    List<DatasetValidator.Validated> validated =
        announced(
            sideBySide,
            logs,
            entries,
            progress,
            kind -> validator.validate(kind, raw.get(kind), entries.get(kind)));
    for (int i = 0; i < logs.size(); i++) {
      keep(logs.get(i), validated.get(i), classified, quality, rows, cached);
      if (validated.get(i).latestMicros() != null) {
        latest.put(logs.get(i), validated.get(i).latestMicros());
      }
      if (logs.get(i).mandatory()) {
        requireRows(logs.get(i), entries, quality);
      }
    }
    return new Result(
        entries, classified, quality, units(rows), List.copyOf(cached), Map.copyOf(latest));
  }

  /** {@code work} of each kind, announced as it starts, side by side or in the kinds' order. */
  private static <T> List<T> announced(
      boolean sideBySide,
      List<DatasetKind> kinds,
      Map<DatasetKind, InputEntry> entries,
      Consumer<String> progress,
      Function<DatasetKind, T> work) {
    List<Callable<T>> branches = new ArrayList<>();
    for (DatasetKind kind : kinds) {
      branches.add(
          () -> {
            progress.accept(announcement(kind, entries.get(kind)));
            return work.apply(kind);
          });
    }
    return Branches.run(sideBySide, branches);
  }

  private static String announcement(DatasetKind kind, InputEntry entry) {
    return kind.mandatory()
        ? "validating " + kind.datasetName()
        : "validating "
            + kind.datasetName()
            + " ("
            + entry.files().size()
            + " file(s), "
            + humanBytes(entry.size())
            + ")";
  }

  private static void keep(
      DatasetKind kind,
      DatasetValidator.Validated v,
      Map<DatasetKind, Dataset<Row>> classified,
      Map<DatasetKind, DataQuality> quality,
      Map<DatasetKind, List<Row>> rows,
      List<Dataset<Row>> cached) {
    classified.put(kind, v.slim());
    cached.addAll(v.cached());
    quality.put(kind, v.quality());
    if (v.rows() != null) {
      rows.put(kind, v.rows());
    }
  }

  /** The accepted regions and departments. */
  private static UnitTree units(Map<DatasetKind, List<Row>> rows) {
    List<UnitTree.Region> regions = new ArrayList<>();
    for (Row r : rows.get(DatasetKind.REGIONS)) {
      if (r.isNullAt(r.fieldIndex(ClassifiedRows.REASON))) {
        regions.add(
            new UnitTree.Region(
                r.getAs("t_region_code"),
                r.getAs("t_region_name"),
                r.getAs("t_level"),
                r.getAs("t_parent_code")));
      }
    }
    List<UnitTree.Department> departments = new ArrayList<>();
    for (Row r : rows.get(DatasetKind.DEPARTMENTS)) {
      if (r.isNullAt(r.fieldIndex(ClassifiedRows.REASON))) {
        departments.add(
            new UnitTree.Department(
                r.getAs("t_dept_code"), r.getAs("t_dept_name"), r.getAs("t_region_code")));
      }
    }
    return new UnitTree(regions, departments);
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
                Locale.ROOT,
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

  static String humanBytes(long bytes) {
    if (bytes < 1024) {
      return bytes + " B";
    }
    if (bytes < 1024 * 1024) {
      return String.format(Locale.ROOT, "%.1f KiB", bytes / 1024.0);
    }
    if (bytes < 1024L * 1024 * 1024) {
      return String.format(Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024));
    }
    return String.format(Locale.ROOT, "%.2f GiB", bytes / (1024.0 * 1024 * 1024));
  }
}
