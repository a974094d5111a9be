package org.govscore.generate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.util.LongAccumulator;
import org.govscore.contract.DatasetKind;

/**
 * Makes the events of case c from (seed, c) and the broadcast catalogue: SUBMIT, ACCEPT, REVIEW,
 * sometimes SUPPLEMENT, 0-2 VISITs, APPROVE or REJECT, DELIVER; now and then a WITHDRAW instead, or
 * an activity outside the canonical list. Completion falls a number of working days after the
 * start, within the item's promised days unless the department's conduct makes it late.
 */
final class CaseEventMaker implements FlatMapFunction<Long, Row> {
  private static final long serialVersionUID = 1L;
  private static final List<String> COLUMNS = DatasetKind.CASE_EVENTS.columnNames();
  static final int CASE = COLUMNS.indexOf("case_id");
  static final int TS = COLUMNS.indexOf("ts");
  static final int ACTIVITY = COLUMNS.indexOf("activity");
  static final int DEPT = COLUMNS.indexOf("dept_code");
  static final int ITEM = COLUMNS.indexOf("item_code");
  static final int CHANNEL = COLUMNS.indexOf("channel");
  static final int APPLICANT = COLUMNS.indexOf("applicant_id");

  /** Events per case, on average, for spacing planted faults by rows rather than by cases. */
  static final double EVENTS_PER_CASE = 5.4;

  /** The event a fault goes to: never the first, so the case keeps its start, item and channel. */
  private static final int DEFECT_TARGET = 2;

  private static final int DEFAULT_DAYS = 10;

  private final Broadcast<Catalogue> catalogue;
  private final long seed;
  private final RowShape shape;
  private final long defectSpacing;
  private final LongAccumulator rows;
  private transient Catalogue cat;
  private transient CasePlanner planner;

  CaseEventMaker(
      Broadcast<Catalogue> catalogue,
      long seed,
      RowShape shape,
      double badRowShare,
      LongAccumulator rows) {
    this.catalogue = catalogue;
    this.seed = seed;
    this.shape = shape;
    this.defectSpacing =
        badRowShare <= 0 ? 0 : Math.max(1, Math.round(1.0 / (badRowShare * EVENTS_PER_CASE)));
    this.rows = rows;
  }

  @Override
  public Iterator<Row> call(Long index) {
    List<Object[]> events = events(index);
    if (rows != null) {
      rows.add(events.size());
    }
    List<Row> out = new ArrayList<>(events.size());
    for (Object[] e : events) {
      out.add(shape.toRow(e));
    }
    return out.iterator();
  }

  /** The contract values of case c's events in time order (timestamps as epoch millis). */
  List<Object[]> events(long c) {
    if (cat == null) {
      cat = catalogue.value();
      planner = new CasePlanner(cat, seed);
    }
    CasePlan plan = planner.plan(c);
    SplittableRandom r = RowRandom.of(seed, RowRandom.CASE_EVENTS, c);
    Track t = new Track(plan, r);
    int promised = promisedDays(plan.item);
    int days =
        RowRandom.chance(r, plan.conduct.lateShare)
            ? promised + 1 + r.nextInt(6)
            : promised == 0 ? 0 : 1 + r.nextInt(promised);
    int reviewer = r.nextDouble() < 0.12 ? cat.partnerDepartment(plan.owner, r) : plan.owner;
    double outcome = r.nextDouble();

    t.add("SUBMIT", plan.startMillis, plan.owner);
    t.add("ACCEPT", acceptance(plan.startMillis, r), plan.owner);
    if (outcome < 0.02) {
      if (r.nextBoolean()) {
        t.addOnDay("REVIEW", days * 3 / 10, reviewer);
      }
      t.addOnDay("WITHDRAW", r.nextInt(days + 1), plan.owner);
    } else {
      t.addOnDay("REVIEW", days * 3 / 10, reviewer);
      if (r.nextDouble() < 0.15) {
        t.addOnDay("SUPPLEMENT", days / 2, plan.owner);
      }
      int[] visits = new int[visitCount(plan.online(), r)];
      for (int i = 0; i < visits.length; i++) {
        visits[i] = r.nextInt(days + 1);
      }
      Arrays.sort(visits);
      for (int day : visits) {
        t.addOnDay("VISIT", day, plan.owner);
      }
      if (r.nextDouble() < 0.03) {
        t.addOnDay("PAY_FEE", days, plan.owner);
      }
      boolean approved = outcome >= 0.11;
      t.addOnDay(approved ? "APPROVE" : "REJECT", days, plan.owner);
      if (approved && r.nextDouble() < 0.92) {
        t.addOnDay("DELIVER", days + r.nextInt(3), plan.owner);
      }
      if (r.nextDouble() < 0.03) {
        t.add("SMS_NOTIFY", t.last + 5 * 60_000L, plan.owner);
      }
    }
    t.placeItemAndChannel(r.nextDouble());
    plantDefect(t.events, c);
    return t.events;
  }

  /**
   * Within three hours in office hours on a working day; a submission made online at night or at
   * the weekend is accepted the next working morning.
   */
  private static long acceptance(long submitted, SplittableRandom r) {
    long day = ShanghaiTime.epochDay(submitted);
    long minute = (submitted - ShanghaiTime.millis(day, 0)) / 60_000L;
    if (ShanghaiTime.workingDay(day) && minute >= 8 * 60 + 30 && minute < 17 * 60) {
      return submitted + (10 + r.nextInt(170)) * 60_000L;
    }
    long next =
        ShanghaiTime.addWorkingDays(
            day, minute < 8 * 60 + 30 && ShanghaiTime.workingDay(day) ? 0 : 1);
    return ShanghaiTime.millis(next, 9 * 60 + r.nextInt(120)) + r.nextInt(60) * 1000L;
  }

  private int promisedDays(int item) {
    if (item < 0) {
      return DEFAULT_DAYS;
    }
    if (cat.itemPromised[item] >= 0) {
      return cat.itemPromised[item];
    }
    return cat.itemStatutory[item] >= 0 ? cat.itemStatutory[item] : DEFAULT_DAYS;
  }

  /** Online cases rarely need a visit (零跑动); window cases mostly one (最多跑一次), some two. */
  private static int visitCount(boolean online, SplittableRandom r) {
    double u = r.nextDouble();
    if (online) {
      return u < 0.8 ? 0 : u < 0.95 ? 1 : 2;
    }
    return u < 0.25 ? 0 : u < 0.8 ? 1 : 2;
  }

  /** Events in strictly increasing time. */
  private final class Track {
    final List<Object[]> events = new ArrayList<>(8);
    final CasePlan plan;
    final SplittableRandom r;
    final long startDay;
    long last = Long.MIN_VALUE;

    Track(CasePlan plan, SplittableRandom r) {
      this.plan = plan;
      this.r = r;
      this.startDay = ShanghaiTime.epochDay(plan.startMillis);
    }

    /** At office hours on the working day {@code offset} working days after the start. */
    void addOnDay(String activity, int offset, int dept) {
      long day = ShanghaiTime.addWorkingDays(startDay, offset);
      add(
          activity,
          ShanghaiTime.millis(day, 9 * 60 + r.nextInt(8 * 60)) + r.nextInt(60) * 1000L,
          dept);
    }

    void add(String activity, long millis, int dept) {
      long ts = millis > last ? millis : last + 60_000L + r.nextInt(30) * 60_000L;
      last = ts;
      Object[] v = new Object[COLUMNS.size()];
      v[CASE] = plan.caseId;
      v[TS] = ts;
      v[ACTIVITY] = activity;
      v[DEPT] = cat.deptCode[dept];
      v[APPLICANT] = plan.applicantId;
      events.add(v);
    }

    /**
     * The item goes on the first two events mostly, on every event sometimes, and now and then only
     * from the second event on; the channel on SUBMIT.
     */
    void placeItemAndChannel(double u) {
      for (int i = 0; i < events.size(); i++) {
        boolean withItem = u < 0.85 ? i < 2 : u < 0.95 || i >= 1;
        events.get(i)[ITEM] = withItem ? plan.itemCode : null;
      }
      events.get(0)[CHANNEL] = plan.channel;
    }
  }

  private void plantDefect(List<Object[]> events, long c) {
    if (defectSpacing == 0
        || c % defectSpacing != defectSpacing - 1
        || events.size() <= DEFECT_TARGET) {
      return;
    }
    long slot = c / defectSpacing;
    Defect defect = Defect.CASE_EVENT_KINDS[(int) (slot % Defect.CASE_EVENT_KINDS.length)];
    int variant = (int) ((slot / Defect.CASE_EVENT_KINDS.length) % 6);
    Object[] v = events.get(DEFECT_TARGET);
    switch (defect) {
      case MISSING_VALUE -> v[new int[] {ACTIVITY, DEPT, TS}[variant % 3]] = null;
      case BAD_TIMESTAMP -> v[TS] = Defect.BAD_TIMESTAMPS[variant % Defect.BAD_TIMESTAMPS.length];
      case UNKNOWN_ENUM -> v[CHANNEL] = variant % 2 == 0 ? "WECHAT" : "PHONE";
      case UNKNOWN_DEPARTMENT -> v[DEPT] = Defect.unknownDepartment(c);
      case EXACT_DUPLICATE -> events.add(DEFECT_TARGET + 1, v.clone());
      default -> {}
    }
  }
}
