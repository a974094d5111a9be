package org.govscore.metrics;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.govscore.contract.UnitKey;
import org.govscore.spark.LocalRows;

/**
 * LAT_P50 and LAT_P95: exact nearest-rank percentiles. The P-th percentile is the smallest latency
 * whose cumulative count reaches ceil(P * N), in integer arithmetic. Regions pool their
 * departments' latencies.
 *
 * <p>In two steps, so that no step groups by every distinct (provider, latency): a large log has
 * millions of them. First the latencies are counted per provider and {@link #bucket} (a few dozen
 * buckets per provider); walking those counts in ascending bucket order finds, per unit and
 * percentile, the bucket its rank falls in and how many latencies lie below that bucket. Then only
 * the latencies in those buckets are counted exactly, per provider and latency, and the same walk
 * within the bucket gives the value. Both walks stream their counts to the driver in ascending
 * order, a range at a time, so the driver never holds more than one range.
 */
final class LatencyPercentiles {
  /** How many histogram entries the driver holds at a time. */
  static final long ENTRIES_PER_RANGE = 250_000;

  /** The two percentiles, in per cent. */
  private static final int[] PERCENT = {50, 95};

  /** The units, each department listed with the indexes of itself and the regions above it. */
  private final List<UnitKey> units = new ArrayList<>();

  private final Map<String, int[]> membership = new HashMap<>();

  /** The units of a provider that is not an evaluated department: none. */
  private static final int[] NO_UNITS = new int[0];

  private final long[] total;

  /** Per percentile and unit: the bucket the rank falls in (-1: not yet found). */
  private final long[][] targetBucket;

  /** Per percentile and unit: the unit's latencies in buckets below its target bucket. */
  private final long[][] below;

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
    targetBucket = new long[PERCENT.length][units.size()];
    below = new long[PERCENT.length][units.size()];
    for (long[] t : targetBucket) {
      Arrays.fill(t, -1);
    }
  }

  /**
   * The bucket of a latency: latencies below 16 are their own bucket; above, eight buckets per
   * doubling (the leading bit and the three bits after it), so a bucket spans at most 1/8 of its
   * values. Integer arithmetic only, so that every task agrees on every boundary; non-decreasing in
   * the latency, which both walks rely on. At most 488 buckets for non-negative latencies.
   */
  static long bucketOf(long latency) {
    if (latency < 16) {
      return latency;
    }
    int exponent = 63 - Long.numberOfLeadingZeros(latency);
    long mantissa = (latency >>> (exponent - 3)) & 7;
    return 16 + (exponent - 4) * 8L + mantissa;
  }

  /** {@link #bucketOf} as a Spark column; null for a null latency. */
  static Column bucket(Column latency) {
    return functions.udf(new Bucket(), DataTypes.LongType).apply(latency.cast(DataTypes.LongType));
  }

  private static final class Bucket implements UDF1<Long, Long> {
    private static final long serialVersionUID = 1L;

    @Override
    public Long call(Long latency) {
      return latency == null ? null : bucketOf(latency);
    }
  }

  static Map<UnitKey, double[]> of(UnitTree tree, Dataset<Row> buckets, Dataset<Row> latencies) {
    return of(tree, buckets, latencies, ENTRIES_PER_RANGE);
  }

  /**
   * @param buckets (latency_provider, latency_bucket, n): the latencies per provider and {@link
   *     #bucket}, one row each
   * @param latencies (latency_provider, latency_ms): one row per latency, provider and latency not
   *     null
   * @param entriesPerRange how many histogram entries the driver holds at a time
   * @return per unit with at least one latency, {P50, P95}
   */
  static Map<UnitKey, double[]> of(
      UnitTree tree, Dataset<Row> buckets, Dataset<Row> latencies, long entriesPerRange) {
    if (entriesPerRange < 1) {
      throw new IllegalArgumentException("entriesPerRange must be positive: " + entriesPerRange);
    }
    LatencyPercentiles p = new LatencyPercentiles(tree);
    Dataset<Row> bucketCounts =
        buckets
            .select(col("latency_provider").as("dept"), col("latency_bucket").as("value"), col("n"))
            // Read by up to four jobs, like the exact counts below: counted once.
            .persist(StorageLevel.MEMORY_AND_DISK());
    try {
      p.locate(p.ascending(bucketCounts, entriesPerRange, true));
    } finally {
      bucketCounts.unpersist();
    }
    List<Row> wanted = p.wantedBuckets();
    if (wanted.isEmpty()) {
      return Map.of();
    }
    StructType wantedSchema =
        new StructType().add("w_dept", DataTypes.StringType).add("w_bucket", DataTypes.LongType);
    Dataset<Row> wantedFrame = LocalRows.frame(latencies.sparkSession(), wanted, wantedSchema);
    Dataset<Row> exact =
        latencies
            .join(
                broadcast(wantedFrame),
                col("latency_provider")
                    .equalTo(col("w_dept"))
                    .and(bucket(col("latency_ms")).equalTo(col("w_bucket"))))
            .groupBy(col("latency_provider").as("dept"), col("latency_ms").as("value"))
            .agg(count(lit(1)).as("n"))
            // Read by up to four jobs (whole, count, range bounds, ranges): counted once.
            .persist(StorageLevel.MEMORY_AND_DISK());
    try {
      return p.resolve(p.ascending(exact, entriesPerRange, false));
    } finally {
      exact.unpersist();
    }
  }

  /**
   * The entries (dept, value, n) in ascending value, entries of equal value together: whole in one
   * job when they fit in one range, else a range of values at a time. With {@code totals}, each
   * unit's number of latencies is counted first.
   */
  private Iterator<Row> ascending(Dataset<Row> entries, long entriesPerRange, boolean totals) {
    List<Row> whole = entries.limit(range(entriesPerRange + 1)).collectAsList();
    if (whole.size() <= entriesPerRange) {
      if (totals) {
        for (Row r : whole) {
          add(r.getString(0), r.getLong(2));
        }
      }
      List<Row> sorted = new ArrayList<>(whole);
      sorted.sort(Comparator.comparingLong(r -> r.getLong(1)));
      return sorted.iterator();
    }
    long entryCount = 0;
    if (totals) {
      for (Row r : entries.groupBy(col("dept")).agg(sum(col("n")), count(lit(1))).collectAsList()) {
        entryCount += r.getLong(2);
        add(r.getString(0), r.getLong(1));
      }
    } else {
      entryCount = entries.count();
    }
    int ranges = range(entryCount / entriesPerRange + 1);
    return entries
        .repartitionByRange(ranges, col("value"))
        .sortWithinPartitions(col("value"))
        .toLocalIterator();
  }

  /** Adds n latencies of a provider to its department and the regions above it. */
  private void add(String dept, long n) {
    for (int u : membership.getOrDefault(dept, NO_UNITS)) {
      total[u] += n;
    }
  }

  private static int range(long entries) {
    return (int) Math.min(Integer.MAX_VALUE, entries);
  }

  private long rank(int q, int u) {
    return Math.floorDiv(total[u] * PERCENT[q] + 99, 100);
  }

  /** The first walk, over bucket counts: each unit's target bucket and its count below it. */
  private void locate(Iterator<Row> ascendingBuckets) {
    long[] running = new long[total.length];
    long[] lastBucket = new long[total.length];
    long[] beforeLast = new long[total.length];
    Arrays.fill(lastBucket, -1);
    while (ascendingBuckets.hasNext()) {
      Row r = ascendingBuckets.next();
      long b = r.getLong(1);
      for (int u : membership.getOrDefault(r.getString(0), NO_UNITS)) {
        if (lastBucket[u] != b) {
          // Entries arrive in ascending bucket order: a new bucket starts here for this unit.
          lastBucket[u] = b;
          beforeLast[u] = running[u];
        }
        running[u] += r.getLong(2);
        for (int q = 0; q < PERCENT.length; q++) {
          if (targetBucket[q][u] < 0 && running[u] >= rank(q, u)) {
            targetBucket[q][u] = b;
            below[q][u] = beforeLast[u];
          }
        }
      }
    }
  }

  /**
   * The (department, bucket) pairs whose latencies the second walk needs: each unit's target
   * buckets, for every department in the unit (one without latencies matches no row).
   */
  private List<Row> wantedBuckets() {
    Set<List<Object>> pairs = new HashSet<>();
    List<Row> out = new ArrayList<>();
    for (Map.Entry<String, int[]> m : membership.entrySet()) {
      String dept = m.getKey();
      for (int u : m.getValue()) {
        for (int q = 0; q < PERCENT.length; q++) {
          long b = targetBucket[q][u];
          if (b >= 0 && pairs.add(List.of(dept, b))) {
            out.add(RowFactory.create(dept, b));
          }
        }
      }
    }
    return out;
  }

  /** The second walk, over exact latencies of the target buckets: each unit's percentiles. */
  private Map<UnitKey, double[]> resolve(Iterator<Row> ascendingLatencies) {
    long[][] within = new long[PERCENT.length][total.length];
    Long[][] value = new Long[PERCENT.length][total.length];
    while (ascendingLatencies.hasNext()) {
      Row r = ascendingLatencies.next();
      long latency = r.getLong(1);
      long b = bucketOf(latency);
      for (int u : membership.getOrDefault(r.getString(0), NO_UNITS)) {
        for (int q = 0; q < PERCENT.length; q++) {
          if (value[q][u] == null && targetBucket[q][u] == b) {
            within[q][u] += r.getLong(2);
            if (below[q][u] + within[q][u] >= rank(q, u)) {
              value[q][u] = latency;
            }
          }
        }
      }
    }
    Map<UnitKey, double[]> out = new HashMap<>();
    for (int u = 0; u < total.length; u++) {
      if (total[u] > 0) {
        if (value[0][u] == null || value[1][u] == null) {
          // Both steps read the same rows, so every target bucket holds its rank.
          throw new IllegalStateException(
              "no latency reached the nearest rank of " + units.get(u) + " in its target bucket");
        }
        out.put(units.get(u), new double[] {value[0][u], value[1][u]});
      }
    }
    return out;
  }
}
