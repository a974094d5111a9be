package org.govscore.metrics;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.govscore.contract.UnitKey;
import org.govscore.testing.TestSpark;
import org.junit.jupiter.api.Test;

/**
 * The latency percentiles streamed from their counts a range of values at a time: the same
 * nearest-rank values whatever the range size, regions pooling their departments' latencies.
 */
class LatencyPercentilesTest {
  private static final StructType LATENCIES =
      new StructType()
          .add("latency_provider", DataTypes.StringType)
          .add("latency_ms", DataTypes.LongType);

  // Region 510000 > 510100 > D1, D2; D3 directly under 510000; D4 has no latency.
  private static final UnitTree UNITS =
      new UnitTree(
          List.of(
              new UnitTree.Region("510000", "省", "PROVINCE", null),
              new UnitTree.Region("510100", "市", "CITY", "510000")),
          List.of(
              new UnitTree.Department("D1", "一", "510100"),
              new UnitTree.Department("D2", "二", "510100"),
              new UnitTree.Department("D3", "三", "510000"),
              new UnitTree.Department("D4", "四", "510000")));

  /** One row per latency: each (provider, latency, copies) entry repeated. */
  private static Dataset<Row> latencies(Object[]... entries) {
    List<Row> rows = new ArrayList<>();
    for (Object[] e : entries) {
      for (long i = 0; i < (Long) e[2]; i++) {
        rows.add(RowFactory.create(e[0], e[1]));
      }
    }
    return TestSpark.spark().createDataFrame(rows, LATENCIES);
  }

  private static Dataset<Row> fixture() {
    return latencies(
        // D1: 100 x3, 300 x1, 1000 x1 (N=5): P50 rank 3 -> 100; P95 rank 5 -> 1000
        new Object[] {"D1", 100L, 3L},
        new Object[] {"D1", 300L, 1L},
        new Object[] {"D1", 1000L, 1L},
        // D2: 200 x1, 400 x1 (N=2): P50 rank 1 -> 200; P95 rank 2 -> 400
        new Object[] {"D2", 400L, 1L},
        new Object[] {"D2", 200L, 1L},
        // D3: 0 x4 (N=4): both 0
        new Object[] {"D3", 0L, 4L},
        // A provider that is not an evaluated department counts nowhere.
        new Object[] {"GONE", 50L, 9L});
  }

  /** The exchanges pass's first step: latencies per provider and bucket. */
  private static Dataset<Row> buckets(Dataset<Row> latencies) {
    return latencies
        .groupBy(
            col("latency_provider"),
            LatencyPercentiles.bucket(col("latency_ms")).as("latency_bucket"))
        .agg(count(lit(1)).as("n"));
  }

  private static Map<UnitKey, double[]> percentiles(Dataset<Row> latencies, long perRange) {
    return LatencyPercentiles.of(UNITS, buckets(latencies), latencies, perRange);
  }

  @Test
  void nearestRankPerDepartmentAndPooledPerRegionWhateverTheRangeSize() {
    // Seven entries (and seven buckets): up to 6 per range they are streamed in ranges, from 7
    // they come whole.
    for (long perRange : new long[] {1, 2, 3, 6, 7, 250_000}) {
      Map<UnitKey, double[]> p = percentiles(fixture(), perRange);
      String at = "entries per range " + perRange;
      assertArrayEquals(new double[] {100, 1000}, p.get(dept("D1")), at);
      assertArrayEquals(new double[] {200, 400}, p.get(dept("D2")), at);
      assertArrayEquals(new double[] {0, 0}, p.get(dept("D3")), at);
      // 510100 pools D1 and D2: 100 x3, 200, 300, 400, 1000 (N=7): P50 rank 4 -> 200; P95 rank 7
      assertArrayEquals(new double[] {200, 1000}, p.get(region("510100")), at);
      // 510000 pools D1, D2, D3: 0 x4, 100 x3, 200, 300, 400, 1000 (N=11): P50 rank 6 -> 100;
      // P95 rank ceil(10.45) = 11 -> 1000
      assertArrayEquals(new double[] {100, 1000}, p.get(region("510000")), at);
      // No latency: no percentile (N/A), not 0.
      assertEquals(null, p.get(dept("D4")), at);
      assertEquals(5, p.size(), at);
    }
  }

  @Test
  void anEmptyHistogramGivesNoPercentiles() {
    Dataset<Row> empty = TestSpark.spark().createDataFrame(List.<Row>of(), LATENCIES);
    assertEquals(Map.of(), percentiles(empty, 10));
  }

  @Test
  void theRangeSizeMustBePositive() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> percentiles(fixture(), 0));
    assertEquals("entriesPerRange must be positive: 0", e.getMessage());
  }

  @Test
  void bucketsAreExactBelowSixteenThenEightPerDoubling() {
    assertEquals(0, LatencyPercentiles.bucketOf(0));
    assertEquals(15, LatencyPercentiles.bucketOf(15));
    assertEquals(16, LatencyPercentiles.bucketOf(16));
    assertEquals(16, LatencyPercentiles.bucketOf(17));
    assertEquals(17, LatencyPercentiles.bucketOf(18));
    assertEquals(23, LatencyPercentiles.bucketOf(31));
    assertEquals(24, LatencyPercentiles.bucketOf(32));
    assertEquals(487, LatencyPercentiles.bucketOf(Long.MAX_VALUE));
    long previous = -1;
    for (long latency = 0; latency < 70_000; latency++) {
      long b = LatencyPercentiles.bucketOf(latency);
      assertTrue(b == previous || b == previous + 1, "buckets step by one at " + latency);
      previous = b;
    }
  }

  /**
   * Ranks that fall inside a bucket shared with other values and other departments: the second step
   * must count only the target bucket, starting from the latencies below it.
   */
  @Test
  void aRankInsideASharedBucketIsFoundExactly() {
    // 1000..1023 are one bucket: 512..1023 is split into eight buckets of 64, the last 960..1023.
    assertEquals(LatencyPercentiles.bucketOf(1000), LatencyPercentiles.bucketOf(1023));
    Dataset<Row> latencies =
        latencies(
            // D1 (N=20): 5 x 10, then 1000, 1001 x2, 1010 x3, 1023 x4 in one bucket, 5000 x5.
            // P50 rank 10 -> the 5th in the bucket -> 1010; P95 rank 19 -> 5000.
            new Object[] {"D1", 10L, 5L},
            new Object[] {"D1", 1000L, 1L},
            new Object[] {"D1", 1001L, 2L},
            new Object[] {"D1", 1010L, 3L},
            new Object[] {"D1", 1023L, 4L},
            new Object[] {"D1", 5000L, 5L},
            // D2 (N=4): 1005 x2, 1020 x2 in the same bucket: P50 rank 2 -> 1005; P95 rank 4
            new Object[] {"D2", 1005L, 2L},
            new Object[] {"D2", 1020L, 2L});
    // Streamed in ranges, and whole.
    for (long perRange : new long[] {2, 250_000}) {
      Map<UnitKey, double[]> p = percentiles(latencies, perRange);
      String at = "entries per range " + perRange;
      assertArrayEquals(new double[] {1010, 5000}, p.get(dept("D1")), at);
      assertArrayEquals(new double[] {1005, 1020}, p.get(dept("D2")), at);
      // 510100 pools D1 and D2 (N=24): 10 x5, 1000, 1001 x2, 1005 x2, 1010 x3, 1020 x2, 1023 x4,
      // 5000 x5. P50 rank 12 -> 1010 (ranks 11..13); P95 rank ceil(22.8) = 23 -> 5000.
      assertArrayEquals(new double[] {1010, 5000}, p.get(region("510100")), at);
    }
  }

  private static UnitKey dept(String code) {
    return new UnitKey(UnitKey.DEPARTMENT, code);
  }

  private static UnitKey region(String code) {
    return new UnitKey(UnitKey.REGION, code);
  }
}
