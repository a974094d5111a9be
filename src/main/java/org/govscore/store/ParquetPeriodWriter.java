package org.govscore.store;

import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.govscore.config.Period;
import org.govscore.spark.LocalRows;

/** Writes one period's tables to the store's staging, then commits them all at once. */
final class ParquetPeriodWriter implements PeriodWriter {
  private final ResultsStore store;
  private final Period period;
  private final Path staging;
  private final String run;

  /** Tables may be written side by side (small inputs): concurrent, ordered when read. */
  private final Map<String, Manifest.TableInfo> tables = new ConcurrentHashMap<>();

  ParquetPeriodWriter(ResultsStore store, Period period, Path staging, String run) {
    this.store = store;
    this.period = period;
    this.staging = staging;
    this.run = run;
  }

  @Override
  public <T> void write(TableCodec<T> table, List<T> rows) {
    writeValues(table, rows.stream().map(table::values).toList());
  }

  @Override
  public void writeRows(TableCodec<?> table, Dataset<Row> rows) {
    if (table.bounded()) {
      // Bounded by the units, items and resources: one job brings the rows to the driver.
      Column[] typed =
          Arrays.stream(table.schema().fields())
              .map(f -> col(f.name()).cast(f.dataType()).as(f.name()))
              .toArray(Column[]::new);
      List<Object[]> values = new ArrayList<>();
      for (Row r : rows.select(typed).collectAsList()) {
        Object[] v = new Object[r.length()];
        for (int i = 0; i < v.length; i++) {
          v[i] = r.get(i);
        }
        values.add(v);
      }
      writeValues(table, values);
      return;
    }
    Path target = target(table);
    // One job reads the source (every log, for rejects) once: see ResultsStore#writeDataset.
    store.writeDataset(rows, table, target);
    Dataset<Row> written = store.spark().read().schema(table.schema()).parquet(target.toString());
    tables.put(table.table(), ContentHash.of(written));
  }

  /**
   * Rows on the driver: put in canonical order and hashed here, so the table costs one Spark job
   * (the write) instead of a sort, a write and a read-back hash.
   */
  private void writeValues(TableCodec<?> table, List<Object[]> values) {
    List<Object[]> sorted = values.stream().sorted(ContentHash.CANONICAL).toList();
    List<Row> rows = sorted.stream().map(RowFactory::create).toList();
    store.writeOrdered(LocalRows.frame(store.spark(), rows, table.schema()), target(table));
    tables.put(table.table(), ContentHash.ofValues(table, sorted));
  }

  private Path target(TableCodec<?> table) {
    return new Path(new Path(staging, table.table()), "period=" + period.label());
  }

  @Override
  public Map<String, Manifest.TableInfo> tables() {
    Map<String, Manifest.TableInfo> ordered = new LinkedHashMap<>();
    ResultTables.ALL.stream()
        .filter(tables::containsKey)
        .forEach(t -> ordered.put(t, tables.get(t)));
    new TreeMap<>(tables).forEach(ordered::putIfAbsent);
    return ordered;
  }

  /** Writes the manifest, marks the run committed and swaps it into place. */
  @Override
  public void commit(Manifest manifest) throws IOException {
    Path manifestDir =
        new Path(new Path(staging, ResultsStore.MANIFEST), "period=" + period.label());
    store.fs().mkdirs(manifestDir);
    store.writeText(
        new Path(manifestDir, ResultsStore.MANIFEST_FILE), ManifestJson.write(manifest));
    store.writeText(new Path(staging, ResultsStore.COMMITTED), run);
    store.swap(staging, run);
  }

  /** Drops the staged run; earlier results stay as they were. */
  @Override
  public void abort() {
    try {
      store.fs().delete(staging, true);
    } catch (IOException ignored) {
      // the next open of the store removes it
    }
  }
}
