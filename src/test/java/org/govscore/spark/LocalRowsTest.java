package org.govscore.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.catalyst.plans.logical.LocalRelation;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.govscore.testing.TestSpark;
import org.junit.jupiter.api.Test;

class LocalRowsTest {
  private static final StructType SCHEMA =
      new StructType()
          .add("code", DataTypes.StringType, false)
          .add("n", DataTypes.LongType, true)
          .add("ts", DataTypes.TimestampType, true)
          .add("names", DataTypes.createArrayType(DataTypes.StringType), true);

  @Test
  void theSameRowsInTheSameOrderWithTheSameSchema() {
    List<Row> rows = new ArrayList<>();
    rows.add(RowFactory.create("B", 2L, Timestamp.valueOf("2026-07-01 00:00:00"), List.of("x")));
    rows.add(RowFactory.create("A", null, null, null));
    rows.add(RowFactory.create("C", -1L, null, List.of()));
    Dataset<Row> frame = LocalRows.frame(TestSpark.spark(), rows, SCHEMA);

    assertEquals(SCHEMA, frame.schema());
    List<Row> back = frame.collectAsList();
    assertEquals(3, back.size());
    assertEquals("[B,2,2026-07-01 00:00:00.0,WrappedArray(x)]", back.get(0).toString());
    assertEquals("[A,null,null,null]", back.get(1).toString());
    assertEquals("[C,-1,null,WrappedArray()]", back.get(2).toString());
    assertEquals(2L, frame.filter("n > 0 or n is null").count());
  }

  @Test
  void noRowsIsAnEmptyFrame() {
    Dataset<Row> frame = LocalRows.frame(TestSpark.spark(), List.of(), SCHEMA);
    assertEquals(SCHEMA, frame.schema());
    assertEquals(0L, frame.count());
  }

  /** The point: however many rows, the plan holds one, so planning does not walk them all. */
  @Test
  void thePlanHoldsOneRowHoweverManyRowsThereAre() {
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < 10_000; i++) {
      rows.add(RowFactory.create("D" + i, (long) i, null, null));
    }
    Dataset<Row> frame = LocalRows.frame(TestSpark.spark(), rows, SCHEMA);
    List<Integer> planRows =
        scala.collection.JavaConverters.seqAsJavaList(
                frame.queryExecution().analyzed().collectLeaves())
            .stream()
            .map(leaf -> ((LocalRelation) leaf).data().size())
            .toList();
    assertEquals(List.of(1), planRows);
    assertEquals(10_000L, frame.count());
    assertEquals(49_995_000L, frame.selectExpr("sum(n)").first().getLong(0));
  }
}
