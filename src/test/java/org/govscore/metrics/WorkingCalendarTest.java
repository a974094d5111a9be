package org.govscore.metrics;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.to_date;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.govscore.base.GovscoreException;
import org.govscore.testing.TestSpark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkingCalendarTest {
  private static final LocalDate WED = LocalDate.of(2026, 7, 1);

  @Test
  void weekdaysOnly() {
    WorkingCalendar c = WorkingCalendar.weekdaysOnly();
    assertEquals(5, c.workingDaysBetween(WED, WED.plusDays(7))); // Thu Fri Mon Tue Wed
    assertEquals(0, c.workingDaysBetween(WED, WED)); // same date: none after a
    assertEquals(
        1, c.workingDaysBetween(LocalDate.of(2026, 7, 3), LocalDate.of(2026, 7, 6))); // Fri -> Mon
    assertEquals(
        0, c.workingDaysBetween(LocalDate.of(2026, 7, 3), LocalDate.of(2026, 7, 5))); // Fri -> Sun
  }

  @Test
  void calendarFileAdjusts(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("cal.csv");
    // National Day week: Oct 1-7 holidays, Sunday Sep 27 and Saturday Oct 10 worked
    StringBuilder s = new StringBuilder("date,kind\n2026-09-27,WORKDAY\n2026-10-10,WORKDAY\n");
    for (int d = 1; d <= 7; d++) {
      s.append("2026-10-0").append(d).append(",HOLIDAY\n");
    }
    Files.writeString(f, s.toString());
    WorkingCalendar c =
        WorkingCalendar.load(f.toString(), new org.apache.hadoop.conf.Configuration());
    // Sep 30 (Wed) -> Oct 20 (Tue): weekdays Oct 1-2, 5-9, 12-16, 19-20 = 14; minus 5 holiday
    // weekdays (1, 2, 5, 6, 7) plus the worked Saturday Oct 10 = 10
    assertEquals(10, c.workingDaysBetween(LocalDate.of(2026, 9, 30), LocalDate.of(2026, 10, 20)));
    // Sep 26 (Sat) -> Sep 28 (Mon): worked Sunday 27 + Monday 28
    assertEquals(2, c.workingDaysBetween(LocalDate.of(2026, 9, 26), LocalDate.of(2026, 9, 28)));
    assertSparkAgrees(c);
  }

  @Test
  void badCalendarLineIsNamed(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("cal.csv");
    Files.writeString(f, "2026-10-01,HOLIDAY\n2026-10-02,FEIERTAG\n");
    GovscoreException e =
        assertThrows(
            GovscoreException.class,
            () -> WorkingCalendar.load(f.toString(), new org.apache.hadoop.conf.Configuration()));
    assertEquals(
        "Calendar " + f + " line 2: 'FEIERTAG' is neither WORKDAY nor HOLIDAY", e.getMessage());
  }

  @Test
  void sparkAgreesWithoutCalendar() {
    assertSparkAgrees(WorkingCalendar.weekdaysOnly());
  }

  private static void assertSparkAgrees(WorkingCalendar c) {
    List<Row> rows = new java.util.ArrayList<>();
    LocalDate base = LocalDate.of(2026, 9, 20);
    for (int a = 0; a < 12; a++) {
      for (int b = a; b < 40; b += 3) {
        rows.add(RowFactory.create(base.plusDays(a).toString(), base.plusDays(b).toString()));
      }
    }
    rows.add(RowFactory.create("1969-12-25", "1970-01-12")); // across the weekday anchor
    StructType schema =
        new StructType().add("a", DataTypes.StringType).add("b", DataTypes.StringType);
    for (Row r :
        TestSpark.spark()
            .createDataFrame(rows, schema)
            .withColumn("wd", c.workingDaysBetween(to_date(col("a")), to_date(col("b"))))
            .collectAsList()) {
      long expected =
          c.workingDaysBetween(LocalDate.parse(r.getString(0)), LocalDate.parse(r.getString(1)));
      assertEquals(
          expected, ((Number) r.get(2)).longValue(), r.getString(0) + " -> " + r.getString(1));
    }
  }
}
