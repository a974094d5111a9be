package org.govscore.store;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.govscore.base.GovscoreException;
import org.govscore.config.Period;

/**
 * A results store held in memory, for tests of report, site and trend refresh without files. A
 * period is replaced at commit, all tables at once; its manifest goes through {@link ManifestJson}
 * as in the Parquet store, and table hashes are computed the same way.
 */
public final class InMemoryPeriodStore implements PeriodStore {
  private final Map<Period, Map<String, List<?>>> tables = new HashMap<>();
  private final TreeMap<Period, String> manifests = new TreeMap<>();

  @Override
  public String root() {
    return "memory";
  }

  @Override
  public synchronized List<Period> periods() {
    return new ArrayList<>(manifests.keySet());
  }

  @Override
  public synchronized Optional<Manifest> readManifest(Period period) {
    return Optional.ofNullable(manifests.get(period)).map(ManifestJson::read);
  }

  @Override
  public <T> List<T> readAll(TableCodec<T> table, Period period) {
    if (!table.bounded()) {
      throw new IllegalArgumentException(PeriodStore.unboundedMessage(table));
    }
    return rows(table, period);
  }

  @Override
  public <T> List<T> readSample(TableCodec<T> table, Period period, int limit) {
    List<T> all = new ArrayList<>(rows(table, period));
    all.sort((a, b) -> ContentHash.CANONICAL.compare(table.values(a), table.values(b)));
    return List.copyOf(all.subList(0, Math.min(limit, all.size())));
  }

  private synchronized <T> List<T> rows(TableCodec<T> table, Period period) {
    List<?> rows = tables.getOrDefault(period, Map.of()).get(table.table());
    if (rows == null && table.addedLater() && manifests.containsKey(period)) {
      return List.of(); // a period written before the table existed
    }
    if (rows == null) {
      throw new GovscoreException(
          "Results store " + root() + " has no " + table.table() + " for period " + period);
    }
    @SuppressWarnings("unchecked")
    List<T> typed = (List<T>) rows;
    return typed;
  }

  @Override
  public PeriodWriter begin(Period period) {
    return new PeriodWriter() {
      private final Map<String, List<?>> staged = new LinkedHashMap<>();
      private final Map<String, Manifest.TableInfo> infos = new LinkedHashMap<>();

      @Override
      public <T> void write(TableCodec<T> table, List<T> rows) {
        staged.put(table.table(), List.copyOf(rows));
        infos.put(table.table(), ContentHash.of(table, rows));
      }

      @Override
      public void writeRows(TableCodec<?> table, Dataset<Row> rows) {
        decodeAndWrite(table, rows);
      }

      private <T> void decodeAndWrite(TableCodec<T> table, Dataset<Row> rows) {
        write(table, rows.collectAsList().stream().map(table::fromRow).toList());
      }

      @Override
      public Map<String, Manifest.TableInfo> tables() {
        return Collections.unmodifiableMap(infos);
      }

      @Override
      public void commit(Manifest manifest) {
        synchronized (InMemoryPeriodStore.this) {
          Map<String, List<?>> merged = new LinkedHashMap<>(tables.getOrDefault(period, Map.of()));
          merged.putAll(staged);
          tables.put(period, merged);
          manifests.put(period, ManifestJson.write(manifest));
        }
      }

      @Override
      public void abort() {
        staged.clear();
        infos.clear();
      }
    };
  }
}
