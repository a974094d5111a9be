package org.govscore.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.govscore.config.Period;

/** Writes one period's tables to staging, then commits them all at once. */
public final class PeriodWriter {
  private final ResultsStore store;
  private final Period period;
  private final Path staging;
  private final String run;
  private final Map<String, Map<String, Object>> tables = new LinkedHashMap<>();

  PeriodWriter(ResultsStore store, Period period, Path staging, String run) {
    this.store = store;
    this.period = period;
    this.staging = staging;
    this.run = run;
  }

  /** Writes a table (columns in store order) and records its row count and content hash. */
  public void write(String table, Dataset<Row> data) {
    Path target = new Path(new Path(staging, table), "period=" + period.label());
    store.writeDataset(data, table, target);
    Dataset<Row> written =
        store.spark().read().schema(ResultTables.schema(table)).parquet(target.toString());
    Map<String, Object> info = new LinkedHashMap<>();
    long[] rows = new long[1];
    info.put("sha256", contentHash(written, rows));
    info.put("rows", rows[0]);
    tables.put(table, info);
  }

  /** Per-table row counts and content hashes, for the manifest. */
  public Map<String, Map<String, Object>> tables() {
    return tables;
  }

  /** Writes the manifest, marks the run committed and swaps it into place. */
  public void commit(Map<String, Object> manifest) throws IOException {
    Path manifestDir =
        new Path(new Path(staging, ResultsStore.MANIFEST), "period=" + period.label());
    store.fs().mkdirs(manifestDir);
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    store.writeText(
        new Path(manifestDir, ResultsStore.MANIFEST_FILE), mapper.writeValueAsString(manifest));
    store.writeText(new Path(staging, ResultsStore.COMMITTED), run);
    store.swap(staging, run);
  }

  /** Drops the staged run; earlier results stay as they were. */
  public void abort() {
    try {
      store.fs().delete(staging, true);
    } catch (IOException ignored) {
      // the next open of the store removes it
    }
  }

  /**
   * SHA-256 of the table's rows in canonical order (sorted by every column), each row rendered as
   * tab-separated values with a fixed rendering of nulls and numbers. Streams partition by
   * partition, so the driver never holds the table.
   */
  static String contentHash(Dataset<Row> table, long[] rowCount) {
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    Column[] order =
        Arrays.stream(table.columns())
            .map(org.apache.spark.sql.functions::col)
            .toArray(Column[]::new);
    sha.update(String.join("\t", table.columns()).getBytes(StandardCharsets.UTF_8));
    sha.update((byte) '\n');
    long n = 0;
    Iterator<Row> it = table.orderBy(order).toLocalIterator();
    StringBuilder line = new StringBuilder();
    while (it.hasNext()) {
      Row r = it.next();
      line.setLength(0);
      for (int i = 0; i < r.length(); i++) {
        if (i > 0) {
          line.append('\t');
        }
        line.append(render(r.get(i)));
      }
      line.append('\n');
      sha.update(line.toString().getBytes(StandardCharsets.UTF_8));
      n++;
    }
    rowCount[0] = n;
    return HexFormat.of().formatHex(sha.digest());
  }

  private static String render(Object v) {
    if (v == null) {
      return "\\N";
    }
    if (v instanceof Double d) {
      return Double.toString(d);
    }
    if (v instanceof List<?> l) {
      return l.toString();
    }
    return v.toString().replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n");
  }
}
