package org.govscore.generate;

import java.util.SplittableRandom;

/**
 * Decides each case's period, item, channel and start from its index. Case c falls in period c mod
 * P; the first cases of each period take every demanded item once (round robin over departments),
 * the rest pick items by popularity. A first case goes online exactly when its item is planted as
 * online, which makes EVIDENCED, DECLARED_ONLY and OFFLINE items certain rather than likely, as
 * soon as there are enough cases to cover the items.
 */
final class CasePlanner {
  private static final long MISSING_CHANNEL_SPACING = 31;

  private final Catalogue cat;
  private final long seed;

  CasePlanner(Catalogue cat, long seed) {
    this.cat = cat;
    this.seed = seed;
  }

  CasePlan plan(long index) {
    SplittableRandom r = RowRandom.of(seed, RowRandom.CASE_PLAN, index);
    CasePlan plan = new CasePlan();
    int periods = cat.periodCount();
    plan.index = index;
    plan.caseId = CasePlan.caseId(index);
    plan.period = (int) (index % periods);
    long k = index / periods;
    plan.coverage = k < cat.demandOrder.length;
    plan.item = plan.coverage ? cat.demandOrder[(int) k] : cat.pickDemandItem(r.nextDouble());
    plan.owner = cat.itemOwner[plan.item];
    plan.itemCode = cat.itemCode[plan.item];
    plan.conduct = cat.conduct(plan.owner, plan.period);
    plan.channel = channel(plan, r);
    if (!plan.coverage && RowRandom.chance(r, plan.conduct.uncataloguedItemShare)) {
      plan.itemCode = cat.uncataloguedItemCode(plan.owner, r.nextInt(100));
      plan.item = -1;
    }
    plan.startMillis = start(plan, r);
    plan.applicantId = IdentityFactory.citizenId(r);
    return plan;
  }

  private String channel(CasePlan plan, SplittableRandom r) {
    ItemRole role = cat.itemRole[plan.item];
    double share =
        role == ItemRole.UNDECLARED_ONLINE
            ? plan.conduct.onlineShare * 0.5
            : plan.conduct.onlineShare;
    boolean online = role.online && share > 0 && (plan.coverage || r.nextDouble() < share);
    if (online) {
      return r.nextDouble() < 0.6 ? CasePlan.ONLINE : CasePlan.MOBILE;
    }
    // About 3 % of offline cases, evenly spaced so even a small sample has some; offline only, so
    // a missing channel never hides a planted online case.
    if (plan.index % MISSING_CHANNEL_SPACING == MISSING_CHANNEL_SPACING / 2) {
      return null;
    }
    double u = r.nextDouble();
    return u < 0.72 ? CasePlan.WINDOW : u < 0.88 ? CasePlan.SELF_SERVICE : CasePlan.POST;
  }

  /**
   * A start inside the case's period: online any day from 07:00 to 23:00, other channels on working
   * days in office hours. About 2 % start on the last two days of the period, so their events run
   * into the next one.
   */
  private long start(CasePlan plan, SplittableRandom r) {
    long first = cat.periodFirstDay[plan.period];
    long end = cat.periodEndDay[plan.period];
    boolean nearEnd = !plan.coverage && r.nextDouble() < 0.02;
    long day = nearEnd ? end - 1 - r.nextInt(2) : first + r.nextLong(end - first);
    boolean office = !plan.online();
    if (office && !ShanghaiTime.workingDay(day)) {
      long monday = day + (8 - ShanghaiTime.dayOfWeek(day));
      long friday = day - (ShanghaiTime.dayOfWeek(day) - 5);
      day = monday < end ? monday : friday >= first ? friday : day;
    }
    int minute =
        office
            ? 8 * 60 + 30 + r.nextInt(9 * 60)
            : nearEnd ? 15 * 60 + r.nextInt(8 * 60 + 30) : 7 * 60 + r.nextInt(16 * 60);
    return ShanghaiTime.millis(day, minute) + r.nextInt(60) * 1000L;
  }
}
