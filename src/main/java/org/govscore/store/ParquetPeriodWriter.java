package org.govscore.store;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.govscore.config.Period;

/** Writes one period's tables to the store's staging, then commits them all at once. */
final class ParquetPeriodWriter implements PeriodWriter {
  private final ResultsStore store;
  private final Period period;
  private final Path staging;
  private final String run;
  private final Map<String, Manifest.TableInfo> tables = new LinkedHashMap<>();

  ParquetPeriodWriter(ResultsStore store, Period period, Path staging, String run) {
    this.store = store;
    this.period = period;
    this.staging = staging;
    this.run = run;
  }

  @Override
  public <T> void write(TableCodec<T> table, List<T> rows) {
    // The records are on the driver: put them in canonical order and hash them here, so the table
    // costs one Spark job (the write) instead of a sort, a write and a read-back hash.
    List<Row> sorted =
        rows.stream()
            .map(table::values)
            .sorted(ContentHash.CANONICAL)
            .map(RowFactory::create)
            .toList();
    store.writeOrdered(store.spark().createDataFrame(sorted, table.schema()), target(table));
    tables.put(table.table(), ContentHash.of(table, rows));
  }

  @Override
  public void writeRows(TableCodec<?> table, Dataset<Row> rows) {
    Path target = target(table);
    store.writeDataset(rows, table, target);
    Dataset<Row> written = store.spark().read().schema(table.schema()).parquet(target.toString());
    tables.put(table.table(), ContentHash.of(written));
  }

  private Path target(TableCodec<?> table) {
    return new Path(new Path(staging, table.table()), "period=" + period.label());
  }

  @Override
  public Map<String, Manifest.TableInfo> tables() {
    return tables;
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
