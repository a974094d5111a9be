package org.govscore.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
 * The latency percentiles streamed from the histogram a range of latencies at a time: the same
 * nearest-rank values whatever the range size, regions pooling their departments' histograms.
 */
class LatencyPercentilesTest {
  private static final StructType HISTOGRAM =
      new StructType()
          .add("latency_provider", DataTypes.StringType)
          .add("latency_ms", DataTypes.LongType)
          .add("n", DataTypes.LongType);

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

  private static Dataset<Row> histogram() {
    return TestSpark.spark()
        .createDataFrame(
            List.of(
                // D1: 100 x3, 300 x1, 1000 x1 (N=5): P50 rank 3 -> 100; P95 rank 5 -> 1000
                RowFactory.create("D1", 100L, 3L),
                RowFactory.create("D1", 300L, 1L),
                RowFactory.create("D1", 1000L, 1L),
                // D2: 200 x1, 400 x1 (N=2): P50 rank 1 -> 200; P95 rank 2 -> 400
                RowFactory.create("D2", 400L, 1L),
                RowFactory.create("D2", 200L, 1L),
                // D3: 0 x4 (N=4): both 0
                RowFactory.create("D3", 0L, 4L),
                // A provider that is not an evaluated department counts nowhere.
                RowFactory.create("GONE", 50L, 9L)),
            HISTOGRAM);
  }

  @Test
  void nearestRankPerDepartmentAndPooledPerRegionWhateverTheRangeSize() {
    // Seven entries: up to 6 per range they are streamed in ranges, from 7 they come whole.
    for (long perRange : new long[] {1, 2, 3, 6, 7, 250_000}) {
      Map<UnitKey, double[]> p = LatencyPercentiles.of(UNITS, histogram(), perRange);
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
    Dataset<Row> empty = TestSpark.spark().createDataFrame(List.<Row>of(), HISTOGRAM);
    assertEquals(Map.of(), LatencyPercentiles.of(UNITS, empty, 10));
  }

  @Test
  void theRangeSizeMustBePositive() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> LatencyPercentiles.of(UNITS, histogram(), 0));
    assertEquals("entriesPerRange must be positive: 0", e.getMessage());
  }

  private static UnitKey dept(String code) {
    return new UnitKey(UnitKey.DEPARTMENT, code);
  }

  private static UnitKey region(String code) {
    return new UnitKey(UnitKey.REGION, code);
  }
}
