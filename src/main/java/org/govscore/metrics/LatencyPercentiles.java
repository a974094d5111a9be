package org.govscore.metrics;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.govscore.contract.UnitKey;

/**
 * LAT_P50 and LAT_P95: exact nearest-rank percentiles from the per-provider latency histogram. The
 * P-th percentile is the smallest latency whose cumulative count reaches ceil(P * N), in integer
 * arithmetic. Regions merge their departments' histograms, which is why a histogram and not a
 * sketch is kept.
 *
 * <p>The histogram is streamed to the driver in ascending latency, a range of latencies at a time
 * (so the driver holds one range, not the histogram), and each entry adds its count to its
 * department and every region above it: a unit's percentile is the latency at which its running
 * count first reaches its rank. Entries of equal latency arrive together, so their order does not
 * matter, and no unit needs a copy of its histogram.
 */
final class LatencyPercentiles {
  /** How many histogram entries the driver holds at a time. */
  static final long ENTRIES_PER_RANGE = 250_000;

  /** The units, each department listed with the indexes of itself and the regions above it. */
  private final List<UnitKey> units = new ArrayList<>();

  private final Map<String, int[]> membership = new HashMap<>();
  private final long[] total;

  private LatencyPercentiles(UnitTree tree) {
    Map<UnitKey, Integer> index = new HashMap<>();
    for (Map.Entry<String, UnitTree.Department> d : tree.departments().entrySet()) {
      List<UnitKey> own = new ArrayList<>();
      own.add(new UnitKey(UnitKey.DEPARTMENT, d.getKey()));
      for (String region : tree.ancestorsAndSelf(d.getValue().regionCode())) {
        own.add(new UnitKey(UnitKey.REGION, region));
      }
      membership.put(
          d.getKey(),
          own.stream()
              .mapToInt(
                  u ->
                      index.computeIfAbsent(
                          u,
                          k -> {
                            units.add(k);
                            return units.size() - 1;
                          }))
              .toArray());
    }
    total = new long[units.size()];
  }

  static Map<UnitKey, double[]> of(UnitTree tree, Dataset<Row> histogram) {
    return of(tree, histogram, ENTRIES_PER_RANGE);
  }

  /**
   * @param histogram (latency_provider, latency_ms, n), one row per provider and latency
   * @param entriesPerRange how many histogram entries the driver holds at a time
   * @return per unit with at least one latency, {P50, P95}
   */
  static Map<UnitKey, double[]> of(UnitTree tree, Dataset<Row> histogram, long entriesPerRange) {
    if (entriesPerRange < 1) {
      throw new IllegalArgumentException("entriesPerRange must be positive: " + entriesPerRange);
    }
    Dataset<Row> entries =
        histogram.select(
            col("latency_provider").as("dept"),
            col(Grouping.LATENCY.detailColumn()).as("latency"),
            col("n"));
    LatencyPercentiles p = new LatencyPercentiles(tree);
    // A histogram of at most one range comes to the driver whole, in one job.
    List<Row> whole = entries.limit(range(entriesPerRange + 1)).collectAsList();
    if (whole.size() <= entriesPerRange) {
      for (Row r : whole) {
        p.add(r.getString(0), r.getLong(2));
      }
      List<Row> ascending = new ArrayList<>(whole);
      ascending.sort(Comparator.comparingLong(r -> r.getLong(1)));
      return p.percentiles(ascending.iterator());
    }
    long entryCount = p.countTotals(entries);
    int ranges = range(entryCount / entriesPerRange + 1);
    return p.percentiles(
        entries
            .repartitionByRange(ranges, col("latency"))
            .sortWithinPartitions(col("latency"))
            .toLocalIterator());
  }

  /** Each unit's number of latencies (N); returns the number of histogram entries. */
  private long countTotals(Dataset<Row> entries) {
    long entryCount = 0;
    for (Row r : entries.groupBy(col("dept")).agg(sum(col("n")), count(lit(1))).collectAsList()) {
      entryCount += r.getLong(2);
      add(r.getString(0), r.getLong(1));
    }
    return entryCount;
  }

  /** Adds n latencies of a provider to its department and the regions above it. */
  private void add(String dept, long n) {
    for (int u : membership.getOrDefault(dept, new int[0])) {
      total[u] += n;
    }
  }

  private static int range(long entries) {
    return (int) Math.min(Integer.MAX_VALUE, entries);
  }

  private Map<UnitKey, double[]> percentiles(Iterator<Row> ascending) {
    long[] rank50 = new long[total.length];
    long[] rank95 = new long[total.length];
    for (int u = 0; u < total.length; u++) {
      rank50[u] = Math.floorDiv(total[u] * 50 + 99, 100);
      rank95[u] = Math.floorDiv(total[u] * 95 + 99, 100);
    }
    long[] running = new long[total.length];
    Long[] p50 = new Long[total.length];
    Long[] p95 = new Long[total.length];
    while (ascending.hasNext()) {
      Row r = ascending.next();
      long latency = r.getLong(1);
      for (int u : membership.getOrDefault(r.getString(0), new int[0])) {
        running[u] += r.getLong(2);
        if (p50[u] == null && running[u] >= rank50[u]) {
          p50[u] = latency;
        }
        if (p95[u] == null && running[u] >= rank95[u]) {
          p95[u] = latency;
        }
      }
    }
    Map<UnitKey, double[]> out = new HashMap<>();
    for (int u = 0; u < total.length; u++) {
      if (total[u] > 0) {
        out.put(units.get(u), new double[] {p50[u], p95[u]});
      }
    }
    return out;
  }
}
