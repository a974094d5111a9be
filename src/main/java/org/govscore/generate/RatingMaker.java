package org.govscore.generate;

import java.util.List;
import java.util.SplittableRandom;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.govscore.contract.DatasetKind;

/**
 * Makes rating i (好差评) from (seed, i) and the broadcast catalogue: it rates a generated case, drawn
 * on the ratings' own stream, some days after the case started, by the case's department and item.
 * Most ratings carry the case_id (一事一评, online or at the window); some are given at the window or
 * by phone (12345) without one. The level follows the department's conduct (late departments are
 * rated worse) and the planted patterns of {@link RatingPlan}; bad ratings are mostly rectified
 * within the deadline, some late, some never.
 */
final class RatingMaker implements MapFunction<Long, Row> {
  private static final long serialVersionUID = 1L;
  private static final List<String> COLUMNS = DatasetKind.RATINGS.columnNames();
  static final int ID = COLUMNS.indexOf("rating_id");
  static final int TS = COLUMNS.indexOf("ts");
  static final int DEPT = COLUMNS.indexOf("dept_code");
  static final int ITEM = COLUMNS.indexOf("item_code");
  static final int CASE = COLUMNS.indexOf("case_id");
  static final int CHANNEL = COLUMNS.indexOf("channel");
  static final int LEVEL = COLUMNS.indexOf("level");
  static final int RECTIFIED = COLUMNS.indexOf("rectified_ts");
  static final int RATER = COLUMNS.indexOf("rater_id");
  private static final long MINUTE = 60_000L;

  /**
   * Planted faults in turn: missing channel, unknown channel, unknown department, level 0/6,
   * rectified before.
   */
  private static final int DEFECT_KINDS = 5;

  private final Broadcast<Catalogue> catalogue;
  private final RatingPlan plan;
  private final long seed;
  private final long cases;
  private final RowShape shape;
  private final long defectSpacing;
  private transient Catalogue cat;
  private transient CasePlanner planner;

  RatingMaker(
      Broadcast<Catalogue> catalogue,
      RatingPlan plan,
      long seed,
      long cases,
      RowShape shape,
      double badRowShare) {
    this.catalogue = catalogue;
    this.plan = plan;
    this.seed = seed;
    this.cases = cases;
    this.shape = shape;
    this.defectSpacing = Defect.spacing(badRowShare);
  }

  @Override
  public Row call(Long index) {
    return shape.toRow(values(index));
  }

  static String ratingId(long index) {
    return "PJ" + CatalogueBuilder.pad10(index);
  }

  /** The contract values of rating i (timestamps as epoch millis). */
  Object[] values(long i) {
    if (cat == null) {
      cat = catalogue.value();
      planner = new CasePlanner(cat, seed);
    }
    SplittableRandom r = RowRandom.of(seed, RowRandom.RATINGS, i);
    CasePlan c = planner.plan(r.nextLong(cases));
    // The rarely rated department's cases are mostly passed over (drawn again, a few times at
    // most).
    for (int k = 0;
        k < 3 && c.owner == plan.rarelyRated && r.nextDouble() < RatingPlan.RARELY_RATED_SKIP;
        k++) {
      c = planner.plan(r.nextLong(cases));
    }
    Object[] v = new Object[COLUMNS.size()];
    v[ID] = ratingId(i);
    long ts =
        c.startMillis + (1 + r.nextInt(20)) * ShanghaiTime.DAY_MILLIS + r.nextInt(10 * 60) * MINUTE;
    v[TS] = ts;
    v[DEPT] = cat.deptCode[c.owner];
    double u = r.nextDouble();
    if (u < 0.07) { // 12345 hotline: no case, often no item
      v[CHANNEL] = "PHONE";
      v[ITEM] = r.nextBoolean() ? c.itemCode : null;
    } else if (c.online()) {
      v[CHANNEL] = c.channel; // 一事一评 online or in the app
      v[CASE] = c.caseId;
      v[ITEM] = c.itemCode;
    } else {
      v[CHANNEL] = r.nextDouble() < 0.8 ? "WINDOW" : "SELF_SERVICE";
      v[CASE] = r.nextDouble() < 0.8 ? c.caseId : null; // 一次一评 at the window names no case
      v[ITEM] = c.itemCode;
    }
    Conduct conduct = cat.conduct(c.owner, cat.periodAt(ts));
    int level = level(plan.badShare(c.owner, conduct), r);
    v[LEVEL] = level;
    if (level <= 2 && c.owner != plan.neverRectifies) {
      double w = r.nextDouble();
      if (w < 0.85) {
        v[RECTIFIED] = rectified(ts, 1 + r.nextInt(15), r); // within 15 working days
      } else if (w < 0.95) {
        v[RECTIFIED] = rectified(ts, 16 + r.nextInt(15), r); // late
      } // else never
    }
    v[RATER] = r.nextDouble() < 0.7 ? c.applicantId : null;
    plantDefect(v, i, ts);
    return v;
  }

  /** Levels: bad (1, 2) with the department's bad share, else mostly 4 and 5, some 3. */
  private static int level(double badShare, SplittableRandom r) {
    double u = r.nextDouble();
    if (u < badShare) {
      return u < badShare * 0.45 ? 1 : 2;
    }
    double g = r.nextDouble();
    return g < 0.1 ? 3 : g < 0.4 ? 4 : 5;
  }

  /**
   * In office hours on the working day {@code days} working days after the rating's day, never
   * before it.
   */
  private static long rectified(long ts, int days, SplittableRandom r) {
    long day = ShanghaiTime.addWorkingDays(ShanghaiTime.epochDay(ts), days);
    return Math.max(ts + MINUTE, ShanghaiTime.millis(day, 9 * 60 + r.nextInt(8 * 60)));
  }

  private void plantDefect(Object[] v, long i, long ts) {
    if (defectSpacing == 0 || i % defectSpacing != defectSpacing - 1) {
      return;
    }
    long slot = i / defectSpacing;
    switch ((int) (slot % DEFECT_KINDS)) {
      case 0 -> v[CHANNEL] = null;
      case 1 -> v[CHANNEL] = "WECHAT";
      case 2 -> v[DEPT] = Defect.unknownDepartment(slot);
      case 3 -> v[LEVEL] = slot % 2 == 0 ? 0 : 6;
      default -> v[RECTIFIED] = ts - 3_600_000L;
    }
  }
}
