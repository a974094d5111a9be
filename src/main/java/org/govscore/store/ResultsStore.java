package org.govscore.store;

import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.govscore.base.GovscoreException;
import org.govscore.config.Period;

/**
 * The results store: Parquet tables under {@code <root>/<table>/period=<P>/} and a manifest per
 * period, on any Hadoop file system (the {@link PeriodStore} that evaluate, report and publish
 * use).
 *
 * <p>A period is replaced atomically with a commit protocol: a run writes every table under {@code
 * _staging/<run>/}, then creates {@code _staging/<run>/_COMMITTED}, then swaps each table's period
 * folder (old one to {@code _trash/<run>/}). Opening the store finishes a committed swap that a
 * crash interrupted and discards uncommitted staging, so a failed run leaves the earlier results as
 * they were. A read-only open does not recover; it reads through the committed runs still in
 * staging instead (see {@link #readPath}), so it never sees a half-swapped period.
 */
public final class ResultsStore implements PeriodStore {
  static final String STAGING = "_staging";
  static final String TRASH = "_trash";
  static final String COMMITTED = "_COMMITTED";
  public static final String MANIFEST = "manifest";
  static final String MANIFEST_FILE = "manifest.json";

  private final SparkSession spark;
  private final Path root;
  private final FileSystem fs;

  private ResultsStore(SparkSession spark, Path root, FileSystem fs) {
    this.spark = spark;
    this.root = root;
    this.fs = fs;
  }

  public static ResultsStore open(SparkSession spark, String rootPath) {
    Path root = new Path(rootPath);
    try {
      FileSystem fs = root.getFileSystem(spark.sparkContext().hadoopConfiguration());
      ResultsStore store = new ResultsStore(spark, fs.makeQualified(root), fs);
      store.recover();
      return store;
    } catch (IOException e) {
      throw new GovscoreException("Cannot open results store " + rootPath + ": " + e.getMessage());
    }
  }

  /**
   * Opens an existing store for reading only: no recovery, so a report or publish running beside an
   * evaluate never touches that run's staging. A missing folder is a clear error.
   */
  public static ResultsStore openExisting(SparkSession spark, String rootPath) {
    Path root = new Path(rootPath);
    try {
      FileSystem fs = root.getFileSystem(spark.sparkContext().hadoopConfiguration());
      if (!fs.exists(root)) {
        throw new GovscoreException(
            "Results store " + rootPath + " does not exist; run evaluate first");
      }
      return new ResultsStore(spark, fs.makeQualified(root), fs);
    } catch (IOException e) {
      throw new GovscoreException("Cannot open results store " + rootPath + ": " + e.getMessage());
    }
  }

  @Override
  public String root() {
    return root.toString();
  }

  @Override
  public PeriodWriter begin(Period period) {
    String run = System.currentTimeMillis() + "-" + UUID.randomUUID().toString().substring(0, 8);
    return new ParquetPeriodWriter(this, period, new Path(new Path(root, STAGING), run), run);
  }

  Path tablePath(String table, Period period) {
    return new Path(new Path(root, table), "period=" + period.label());
  }

  SparkSession spark() {
    return spark;
  }

  FileSystem fs() {
    return fs;
  }

  @Override
  public List<Period> periods() {
    TreeSet<Period> out = new TreeSet<>();
    try {
      Path manifests = new Path(root, MANIFEST);
      addPeriods(manifests, out);
      // A period written for the first time by a committed run whose swap did not finish.
      for (Path run : committedRuns()) {
        addPeriods(new Path(run, MANIFEST), out);
      }
    } catch (IOException e) {
      throw new GovscoreException("Cannot list results store " + root + ": " + e.getMessage());
    }
    return new ArrayList<>(out);
  }

  private void addPeriods(Path manifests, TreeSet<Period> out) throws IOException {
    if (!fs.exists(manifests)) {
      return;
    }
    for (FileStatus s : fs.listStatus(manifests)) {
      String name = s.getPath().getName();
      if (s.isDirectory()
          && name.startsWith("period=")
          && fs.exists(new Path(s.getPath(), MANIFEST_FILE))) {
        try {
          out.add(Period.parse(name.substring("period=".length())));
        } catch (IllegalArgumentException ignored) {
          // a folder that is not ours
        }
      }
    }
  }

  /**
   * One table of one period as a Spark frame with the exact store schema: for tables that stay
   * distributed and for audits. Readers of bounded tables use {@link #readAll}.
   */
  public Dataset<Row> read(String table, Period period) {
    Path p = tablePath(table, period); // what an error names if the lookup itself fails
    try {
      p = readPath(table, period);
      if (!fs.exists(p)) {
        throw new GovscoreException(
            "Results store " + root + " has no " + table + " for period " + period);
      }
    } catch (IOException e) {
      throw new GovscoreException("Cannot read " + p + ": " + e.getMessage());
    }
    return spark.read().schema(ResultTables.schema(table)).parquet(p.toString());
  }

  @Override
  public <T> List<T> readAll(TableCodec<T> table, Period period) {
    if (!table.bounded()) {
      throw new IllegalArgumentException(PeriodStore.unboundedMessage(table));
    }
    if (isMissingAddition(table, period)) {
      return List.of();
    }
    // bounded by the units, items and resources: collecting is cheap
    return read(table.table(), period).collectAsList().stream().map(table::fromRow).toList();
  }

  @Override
  public <T> List<T> readSample(TableCodec<T> table, Period period, int limit) {
    if (isMissingAddition(table, period)) {
      return List.of();
    }
    Column[] order =
        Arrays.stream(table.schema().fieldNames()).map(c -> col(c)).toArray(Column[]::new);
    return read(table.table(), period).orderBy(order).limit(limit).collectAsList().stream()
        .map(table::fromRow)
        .toList();
  }

  /**
   * Whether a table added after the specification's eight is absent from a period that has results:
   * the period was written before the table existed, so it has no rows of it.
   */
  private boolean isMissingAddition(TableCodec<?> table, Period period) {
    if (!table.addedLater()) {
      return false;
    }
    try {
      return !fs.exists(readPath(table.table(), period)) && hasPeriod(period);
    } catch (IOException e) {
      throw new GovscoreException(
          "Cannot read " + tablePath(table.table(), period) + ": " + e.getMessage());
    }
  }

  @Override
  public Optional<Manifest> readManifest(Period period) {
    return manifest(period).map(ManifestJson::read);
  }

  /** The manifest document of a period as stored (for audits and tests), or empty. */
  public Optional<String> manifest(Period period) {
    Path p = new Path(tablePath(MANIFEST, period), MANIFEST_FILE);
    try {
      p = new Path(readPath(MANIFEST, period), MANIFEST_FILE);
      if (!fs.exists(p)) {
        return Optional.empty();
      }
      try (InputStream in = fs.open(p)) {
        return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new GovscoreException("Cannot read manifest " + p + ": " + e.getMessage());
    }
  }

  /**
   * The folder a table of a period is read from. A committed run whose swap has not finished (its
   * writer was killed, or is swapping right now) holds the period's current content: each table
   * folder it still has in staging is newer than what is in place, which may be the old folder or,
   * between the two renames of a swap, nothing at all. Reading through it gives every reader,
   * read-only ones included, the whole committed period: never old tables under a new manifest, new
   * tables under an old one, or a listed period with a table missing.
   */
  private Path readPath(String table, Period period) throws IOException {
    Path path = tablePath(table, period);
    for (Path run : committedRuns()) { // oldest first: the newest commit wins
      Path staged = new Path(new Path(run, table), "period=" + period.label());
      if (fs.exists(staged)) {
        path = staged;
      }
    }
    return path;
  }

  /** Staged runs with a commit marker, oldest first. */
  private List<Path> committedRuns() throws IOException {
    List<Path> out = new ArrayList<>();
    for (Path run : stagedRuns()) {
      if (isCommitted(run)) {
        out.add(run);
      }
    }
    return out;
  }

  /** Every entry of staging in commit order (a run's name starts with its start time). */
  private List<Path> stagedRuns() throws IOException {
    Path staging = new Path(root, STAGING);
    if (!fs.exists(staging)) {
      return List.of();
    }
    List<Path> out = new ArrayList<>();
    for (FileStatus run : fs.listStatus(staging)) {
      out.add(run.getPath()); // a stray file is no committed run, and recovery removes it
    }
    out.sort(Comparator.comparing(Path::getName));
    return out;
  }

  private boolean isCommitted(Path run) throws IOException {
    return fs.exists(new Path(run, COMMITTED));
  }

  void writeDataset(Dataset<Row> data, TableCodec<?> table, Path target) {
    List<Column> order = Arrays.stream(table.schema().fieldNames()).map(c -> col(c)).toList();
    // A canonical row order makes the files themselves reproducible, not only their hashes. One
    // partition sorted in place: a global sort would first sample its input in a job of its own
    // (every log's cache, for rejects), and its ordered partitions were then written by one task
    // anyway.
    data.select(order.toArray(Column[]::new))
        .repartition(1)
        .sortWithinPartitions(order.toArray(Column[]::new))
        .write()
        .mode(SaveMode.ErrorIfExists)
        .parquet(target.toString());
  }

  /** Writes rows already in canonical order (and in store column order) as one file. */
  void writeOrdered(Dataset<Row> data, Path target) {
    data.coalesce(1).write().mode(SaveMode.ErrorIfExists).parquet(target.toString());
  }

  void writeText(Path file, String text) throws IOException {
    try (OutputStream out = fs.create(file, false)) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }
  }

  /**
   * Finishes committed swaps and removes leftovers of failed runs. Idempotent, so a crash during
   * recovery is recovered by the next open.
   */
  void recover() throws IOException {
    Path staging = new Path(root, STAGING);
    // In commit order, so that of two committed runs of one period the later one wins.
    for (Path run : stagedRuns()) {
      if (isCommitted(run)) {
        swap(run, run.getName());
      } else {
        fs.delete(run, true);
      }
    }
    Path trash = new Path(root, TRASH);
    if (fs.exists(trash)) {
      for (FileStatus run : fs.listStatus(trash)) {
        if (!fs.exists(new Path(staging, run.getPath().getName()))) {
          fs.delete(run.getPath(), true);
        }
      }
    }
  }

  /** Moves every staged table folder into place; the old one goes to the run's trash first. */
  void swap(Path stagedRun, String run) throws IOException {
    Path trashRun = new Path(new Path(root, TRASH), run);
    FileStatus[] tables = fs.listStatus(stagedRun);
    // The manifest goes last: a period is listed only once all its tables are in place.
    Arrays.sort(
        tables,
        Comparator.comparing((FileStatus t) -> t.getPath().getName().equals(MANIFEST))
            .thenComparing(t -> t.getPath().getName()));
    for (FileStatus table : tables) {
      if (!table.isDirectory()) {
        continue;
      }
      for (FileStatus periodDir : fs.listStatus(table.getPath())) {
        Path target =
            new Path(new Path(root, table.getPath().getName()), periodDir.getPath().getName());
        Path old =
            new Path(new Path(trashRun, table.getPath().getName()), periodDir.getPath().getName());
        if (fs.exists(target)) {
          fs.mkdirs(old.getParent());
          if (fs.exists(old)) {
            fs.delete(old, true);
          }
          if (!fs.rename(target, old)) {
            throw new IOException("Cannot move " + target + " aside");
          }
        }
        fs.mkdirs(target.getParent());
        if (!fs.rename(periodDir.getPath(), target)) {
          throw new IOException("Cannot move " + periodDir.getPath() + " into place");
        }
      }
    }
    fs.delete(stagedRun, true);
    fs.delete(trashRun, true);
  }
}
