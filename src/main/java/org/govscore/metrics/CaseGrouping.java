package org.govscore.metrics;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.shiftleft;
import static org.apache.spark.sql.functions.shiftright;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.unix_micros;
import static org.apache.spark.sql.functions.when;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.unsafe.types.UTF8String;

/**
 * The case-level view of the event log, one row per case starting in the period: its start, the
 * item, channel and department of its earliest event having one (ties to the smallest value, by
 * code point), its visits, its completion, and its smallest and largest department.
 *
 * <p>"Earliest, ties to the smallest value" is a minimum over (time, value) pairs. Over a pair that
 * holds a string, Spark can only aggregate by sorting every event by case, and then every case
 * again. So, where it fits, each pair is packed into one long, and a minimum over longs is
 * hash-aggregated:
 *
 * <ul>
 *   <li>The high bits hold the time relative to the period's start, up to the log's latest event
 *       (which validation records). Only cases starting in the period are kept, so an event before
 *       the period is clamped to just before it: its case starts before the period and is dropped.
 *       A later event stays exact: a case's earliest item may come from an event long after the
 *       period.
 *   <li>The low bits hold the value's slot among the catalogue's codes in code point order: the
 *       code at sorted index r has slot 2r+1; a code not in the catalogue has the even slot 2k, k
 *       the number of catalogue codes below it. So slots order as the codes do, except two codes
 *       outside the catalogue in the same gap, which tie; either way the case's code is then
 *       outside the catalogue, and it is reported as null, which every use of it treats as such (an
 *       item outside the catalogue; a department outside it cannot be accepted at all).
 * </ul>
 *
 * Where time and slot do not fit in 63 bits (a log spanning a year from the period's start leaves
 * 18 bits, about 130,000 catalogue codes; a stray event dated centuries ahead leaves none), the
 * pairs are aggregated as structs, by sorting.
 */
final class CaseGrouping {
  /** Bits a packed pair may use: a long's, less the sign. */
  static final int PACKED_BITS = 63;

  private final Column periodStart;
  private final Column periodEnd;
  private final long startMicros;
  private final List<String> departments;
  private final List<String> items;
  private final List<String> channels;

  /**
   * @param departments the department codes an accepted event can have
   * @param items the catalogued item codes
   * @param channels the channel values an accepted event can have
   */
  CaseGrouping(
      long startMicros,
      long endMicros,
      Collection<String> departments,
      Collection<String> items,
      Collection<String> channels) {
    if (endMicros <= startMicros) {
      throw new IllegalArgumentException(
          "period end " + endMicros + " must be after its start " + startMicros);
    }
    this.startMicros = startMicros;
    this.periodStart = functions.timestamp_micros(lit(startMicros));
    this.periodEnd = functions.timestamp_micros(lit(endMicros));
    this.departments = sortedByCodePoint(departments);
    this.items = sortedByCodePoint(items);
    this.channels = sortedByCodePoint(channels);
  }

  /**
   * Whether the pairs of a log whose latest event is at {@code latestMicros} are packed into longs:
   * relative times 0 .. latest - start + 1 shifted left by the slot bits fit in {@link
   * #PACKED_BITS}.
   */
  boolean packs(long latestMicros) {
    long top;
    try {
      top = Math.max(0L, Math.addExact(Math.subtractExact(latestMicros, startMicros), 1));
    } catch (ArithmeticException e) {
      return false; // a span beyond a long's range fits in no long
    }
    return packs(top, slotBits());
  }

  /** Whether relative times 0 .. {@code top} shifted left by {@code slotBits} fit. */
  static boolean packs(long top, int slotBits) {
    int timeBits = 64 - Long.numberOfLeadingZeros(top);
    return timeBits + slotBits <= PACKED_BITS;
  }

  private int slotBits() {
    return slotBits(Math.max(departments.size(), Math.max(items.size(), channels.size())));
  }

  /** Bits for the slots of {@code codes} catalogue codes: 0 .. 2 * codes. */
  static int slotBits(int codes) {
    return Math.max(1, 64 - Long.numberOfLeadingZeros(2L * codes));
  }

  /**
   * The grouped cases of accepted events (case_id, ts, activity, dept_code, item_code, channel):
   * packed where the log's latest event allows it.
   *
   * @param latestMicros the latest event's time in microseconds, as validation found it; null: not
   *     known (one aggregation over the events finds it), or no event
   */
  Dataset<Row> cases(Dataset<Row> events, Long latestMicros) {
    if (latestMicros == null) {
      Row latest = events.agg(max(unix_micros(col("ts")))).first();
      latestMicros = latest.isNullAt(0) ? null : latest.getLong(0);
    }
    if (latestMicros == null || latestMicros < startMicros) {
      // No event in or after the period: no case starts in it.
      return structCases(events);
    }
    return packs(latestMicros) ? packedCases(events) : structCases(events);
  }

  /** The pairs as structs: a sort-based aggregation. */
  Dataset<Row> structCases(Dataset<Row> events) {
    return events
        .groupBy(col("case_id"))
        .agg(
            min(col("ts")).as("start"),
            min(when(col("item_code").isNotNull(), struct(col("ts"), col("item_code"))))
                .getField("item_code")
                .as("item_code"),
            min(when(col("channel").isNotNull(), struct(col("ts"), col("channel"))))
                .getField("channel")
                .as("channel"),
            min(struct(col("ts"), col("dept_code"))).getField("dept_code").as("first_dept"),
            visits(),
            completed(),
            min(col("dept_code")).as("dept_min"),
            max(col("dept_code")).as("dept_max"))
        .filter(inPeriod(col("start")));
  }

  /**
   * The pairs packed into longs: a hash aggregation. Only for a log {@link #packs} allows: a later
   * event's time would overflow into the sign.
   */
  Dataset<Row> packedCases(Dataset<Row> events) {
    SparkSession spark = events.sparkSession();
    int bits = slotBits();
    Column relative = greatest(unix_micros(col("ts")).minus(startMicros), lit(-1L)).plus(1L);
    Dataset<Row> slotted =
        events
            .join(
                broadcast(slotFrame(spark, items, "i")),
                col("item_code").equalTo(col("i_code")),
                "left")
            .join(
                broadcast(slotFrame(spark, departments, "d")),
                col("dept_code").equalTo(col("d_code")),
                "left")
            .select(
                col("case_id"),
                col("ts"),
                col("activity"),
                shiftleft(relative, bits).as("_rel"),
                slot(col("item_code"), col("i_slot"), items).as("_item"),
                slot(col("dept_code"), col("d_slot"), departments).as("_dept"),
                channelSlot(col("channel")).as("_channel"));
    Dataset<Row> grouped =
        slotted
            .groupBy(col("case_id"))
            .agg(
                min(col("ts")).as("start"),
                min(col("_rel").bitwiseOR(col("_item"))).as("_item"),
                min(col("_rel").bitwiseOR(col("_channel"))).as("_channel"),
                min(col("_rel").bitwiseOR(col("_dept"))).as("_dept"),
                visits(),
                completed(),
                min(col("_dept")).as("dept_min"),
                max(col("_dept")).as("dept_max"))
            .filter(inPeriod(col("start")));
    long mask = (1L << bits) - 1;
    Column itemIndex = catalogueIndex(col("_item").bitwiseAND(mask));
    Column deptIndex = catalogueIndex(col("_dept").bitwiseAND(mask));
    return grouped
        .join(broadcast(indexFrame(spark, items, "ii")), itemIndex.equalTo(col("ii_index")), "left")
        .join(
            broadcast(indexFrame(spark, departments, "di")),
            deptIndex.equalTo(col("di_index")),
            "left")
        .select(
            col("case_id"),
            col("start"),
            col("ii_code").as("item_code"),
            channelOf(col("_channel").bitwiseAND(mask)).as("channel"),
            col("di_code").as("first_dept"),
            col(SourceColumns.VISITS),
            col("completed"),
            col("dept_min"),
            col("dept_max"));
  }

  private Column inPeriod(Column ts) {
    return ts.geq(periodStart).and(ts.lt(periodEnd));
  }

  private static Column visits() {
    return sum(when(col("activity").equalTo("VISIT"), 1).otherwise(0)).as(SourceColumns.VISITS);
  }

  private static Column completed() {
    return min(when(col("activity").isin("APPROVE", "REJECT"), col("ts"))).as("completed");
  }

  /**
   * A code's slot: the catalogue's (odd), else the even slot of its gap, found by a binary search
   * (only codes outside the catalogue reach it); null for a null code.
   */
  private static Column slot(Column code, Column catalogueSlot, List<String> sorted) {
    Column gap =
        functions
            .udf(new GapSlot(utf8(sorted)), DataTypes.LongType)
            .apply(code.cast(DataTypes.StringType));
    return when(code.isNull(), lit(null).cast(DataTypes.LongType))
        .when(catalogueSlot.isNotNull(), catalogueSlot)
        .otherwise(gap);
  }

  /** An odd slot's index in the catalogue; null for an even one (a code outside it). */
  private static Column catalogueIndex(Column slot) {
    return when(slot.bitwiseAND(1L).equalTo(1L), shiftright(slot, 1));
  }

  private Column channelSlot(Column channel) {
    Column slot = lit(null).cast(DataTypes.LongType);
    for (int i = channels.size() - 1; i >= 0; i--) {
      slot = when(channel.equalTo(channels.get(i)), lit(2L * i + 1)).otherwise(slot);
    }
    // A channel outside the contract's list is rejected in validation; null sorts it nowhere.
    return when(channel.isNull(), lit(null).cast(DataTypes.LongType)).otherwise(slot);
  }

  private Column channelOf(Column slot) {
    Column value = lit(null).cast(DataTypes.StringType);
    for (int i = channels.size() - 1; i >= 0; i--) {
      value = when(slot.equalTo(2L * i + 1), lit(channels.get(i))).otherwise(value);
    }
    return value;
  }

  /** Codes with their odd slots ({@code <p>_code}, {@code <p>_slot}), for a broadcast join. */
  private static Dataset<Row> slotFrame(SparkSession spark, List<String> sorted, String prefix) {
    List<Row> rows = new ArrayList<>(sorted.size());
    for (int i = 0; i < sorted.size(); i++) {
      rows.add(RowFactory.create(sorted.get(i), 2L * i + 1));
    }
    StructType schema =
        new StructType()
            .add(prefix + "_code", DataTypes.StringType, false)
            .add(prefix + "_slot", DataTypes.LongType, false);
    return spark.createDataFrame(rows, schema);
  }

  /** Sorted indexes with their codes ({@code <p>_index}, {@code <p>_code}). */
  private static Dataset<Row> indexFrame(SparkSession spark, List<String> sorted, String prefix) {
    List<Row> rows = new ArrayList<>(sorted.size());
    for (int i = 0; i < sorted.size(); i++) {
      rows.add(RowFactory.create((long) i, sorted.get(i)));
    }
    StructType schema =
        new StructType()
            .add(prefix + "_index", DataTypes.LongType, false)
            .add(prefix + "_code", DataTypes.StringType, false);
    return spark.createDataFrame(rows, schema);
  }

  /** Distinct codes in Spark's string order (unsigned UTF-8 bytes, which is code point order). */
  static List<String> sortedByCodePoint(Collection<String> codes) {
    return codes.stream()
        .distinct()
        .sorted((a, b) -> UTF8String.fromString(a).compareTo(UTF8String.fromString(b)))
        .toList();
  }

  private static byte[][] utf8(List<String> sorted) {
    byte[][] bytes = new byte[sorted.size()][];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = sorted.get(i).getBytes(StandardCharsets.UTF_8);
    }
    return bytes;
  }

  /** The slot of a code outside the catalogue: twice the number of catalogue codes below it. */
  static final class GapSlot implements UDF1<String, Long> {
    private static final long serialVersionUID = 1L;
    private final byte[][] sorted;

    GapSlot(byte[][] sorted) {
      this.sorted = sorted;
    }

    @Override
    public Long call(String code) {
      if (code == null) {
        return null;
      }
      byte[] key = code.getBytes(StandardCharsets.UTF_8);
      int lo = 0;
      int hi = sorted.length;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (Arrays.compareUnsigned(sorted[mid], key) < 0) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      boolean found = lo < sorted.length && Arrays.equals(sorted[lo], key);
      return found ? 2L * lo + 1 : 2L * lo;
    }
  }
}
