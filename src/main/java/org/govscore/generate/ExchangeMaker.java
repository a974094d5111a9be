package org.govscore.generate;

import java.util.List;
import java.util.SplittableRandom;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.govscore.contract.DatasetKind;

/**
 * Makes exchange row e from (seed, e) and the broadcast catalogue, following {@link
 * ExchangeLayout}. Statuses follow the planted roles: a request to an island, from an island or to
 * a collapsed department never succeeds across departments, a refused resource is never served, a
 * NOT_SHARED one is denied; otherwise success depends on the conduct of the departments involved.
 */
final class ExchangeMaker implements MapFunction<Long, Row> {
  private static final long serialVersionUID = 1L;
  private static final List<String> COLUMNS = DatasetKind.EXCHANGES.columnNames();
  static final int ID = COLUMNS.indexOf("exchange_id");
  static final int TS = COLUMNS.indexOf("ts");
  static final int CONSUMER = COLUMNS.indexOf("consumer_dept_code");
  static final int PROVIDER = COLUMNS.indexOf("provider_dept_code");
  static final int RESOURCE = COLUMNS.indexOf("resource_code");
  static final int CASE = COLUMNS.indexOf("case_id");
  static final int NETWORK = COLUMNS.indexOf("network");
  static final int SUBJECT_TYPE = COLUMNS.indexOf("subject_type");
  static final int SUBJECT_ID = COLUMNS.indexOf("subject_id");
  static final int STATUS = COLUMNS.indexOf("status");
  static final int LATENCY = COLUMNS.indexOf("latency_ms");
  static final int STANDARD = COLUMNS.indexOf("standard_code");

  static final String SUCCESS = "SUCCESS";
  static final String FAILED = "FAILED";
  static final String DENIED = "DENIED";
  static final String TIMEOUT = "TIMEOUT";
  private static final double SELF_SHARE = 0.04;
  private static final double MISMATCH_SHARE = 0.012;
  private static final double OUTSIDE_SHARE = 0.003;

  private final Broadcast<Catalogue> catalogue;
  private final long seed;
  private final ExchangeLayout layout;
  private final RowShape shape;
  private final long defectSpacing;
  private transient Catalogue cat;
  private transient CasePlanner planner;

  ExchangeMaker(
      Broadcast<Catalogue> catalogue,
      long seed,
      ExchangeLayout layout,
      RowShape shape,
      double badRowShare) {
    this.catalogue = catalogue;
    this.seed = seed;
    this.layout = layout;
    this.shape = shape;
    this.defectSpacing = Defect.spacing(badRowShare);
  }

  @Override
  public Row call(Long index) {
    return shape.toRow(values(index));
  }

  /** The contract values of row e (timestamps as epoch millis, see {@link RowShape}). */
  Object[] values(long e) {
    if (cat == null) {
      cat = catalogue.value();
      planner = new CasePlanner(cat, seed);
    }
    Defect defect = defectAt(e);
    if (defect == Defect.EXACT_DUPLICATE) {
      return content(e - 1);
    }
    Object[] v = content(e);
    if (defect != null) {
      plant(defect, v, e);
    }
    return v;
  }

  Defect defectAt(long e) {
    if (defectSpacing == 0 || e % defectSpacing != defectSpacing - 1 || layout.touchesCoverage(e)) {
      return null;
    }
    return Defect.EXCHANGE_KINDS[(int) ((e / defectSpacing) % Defect.EXCHANGE_KINDS.length)];
  }

  static String exchangeId(long e) {
    return "EX" + CatalogueBuilder.pad10(e);
  }

  // ---- the three kinds of rows ---------------------------------------------------------------

  /** One request in the making. */
  private static final class Request {
    long ts;
    int period;
    int consumer;
    int realProvider;
    int loggedProvider;
    int resource = -1;
    String resourceCode;
    String caseId;
    String applicantId;
    boolean linked;
    boolean planted;
  }

  private Object[] content(long e) {
    SplittableRandom r = RowRandom.of(seed, RowRandom.EXCHANGES, e);
    Request q = null;
    if (layout.linked(e)) {
      q = linked(e, r);
    } else if (layout.coverage(e)) {
      q = coverage(e - layout.linkedEnd, r);
    }
    if (q == null) {
      q = free(r);
    }
    return finish(e, q, r);
  }

  /** Slot j of case c: the case's owner asks for its item's j-th required resource. */
  private Request linked(long e, SplittableRandom r) {
    CasePlan plan = planner.plan(e / ExchangeLayout.SLOTS_PER_CASE);
    int j = (int) (e % ExchangeLayout.SLOTS_PER_CASE);
    if (plan.item < 0 || j >= cat.itemRequires[plan.item].length) {
      return null;
    }
    Request q = new Request();
    q.linked = true;
    q.caseId = plan.caseId;
    q.applicantId = plan.applicantId;
    q.consumer = plan.owner;
    q.resource = cat.itemRequiresResource[plan.item][j];
    q.resourceCode = cat.itemRequires[plan.item][j];
    q.realProvider = cat.itemRequiresProvider[plan.item][j];
    q.loggedProvider = q.realProvider;
    q.ts = plan.startMillis + (5 + r.nextInt(2 * 24 * 60)) * 60_000L + r.nextInt(60_000);
    // A case started late in a period may query in the next: conduct follows the query's time.
    q.period = cat.periodAt(q.ts);
    return q;
  }

  /** The k-th planted request: resource k / P in period k mod P, from a dependable department. */
  private Request coverage(long k, SplittableRandom r) {
    Request q = new Request();
    q.planted = true;
    q.period = (int) (k % layout.periods);
    q.resource = cat.coverageResources[(int) (k / layout.periods)];
    q.resourceCode = cat.resourceCode[q.resource];
    q.realProvider = cat.resourceProvider[q.resource];
    q.loggedProvider = q.realProvider;
    q.consumer = dependableConsumer(q.realProvider, r);
    q.ts = timeInPeriod(q.period, r);
    return q;
  }

  private int dependableConsumer(int provider, SplittableRandom r) {
    int[] pool = cat.dependableDepartments;
    for (int attempt = 0; attempt < 10 && pool.length > 0; attempt++) {
      int d = pool[r.nextInt(pool.length)];
      if (d != provider) {
        return d;
      }
    }
    return cat.otherDepartment(provider, r);
  }

  /** A request outside cases: any requested resource, mostly from another department. */
  private Request free(SplittableRandom r) {
    Request q = new Request();
    int periods = cat.periodCount();
    if (r.nextDouble() < OUTSIDE_SHARE) {
      // Just outside the evaluated periods: must be left out of every period's values.
      boolean before = r.nextBoolean();
      q.period = before ? 0 : periods - 1;
      long day =
          before
              ? cat.periodFirstDay[0] - 1 - r.nextInt(3)
              : cat.periodEndDay[periods - 1] + r.nextInt(3);
      q.ts = ShanghaiTime.millis(day, 8 * 60 + r.nextInt(10 * 60)) + r.nextInt(60_000);
    } else {
      q.period = r.nextInt(periods);
      q.ts = timeInPeriod(q.period, r);
    }
    if (cat.requestableResources.length == 0) {
      int d = r.nextInt(cat.departmentCount());
      q.consumer = d;
      q.realProvider = cat.otherDepartment(d, r);
      q.loggedProvider = q.realProvider;
      q.resourceCode = cat.uncataloguedResourceCode(q.realProvider, r.nextInt(10));
      return q;
    }
    q.resource = cat.requestableResources[r.nextInt(cat.requestableResources.length)];
    q.resourceCode = cat.resourceCode[q.resource];
    q.realProvider = cat.resourceProvider[q.resource];
    q.loggedProvider = q.realProvider;
    q.consumer =
        r.nextDouble() < SELF_SHARE ? q.realProvider : cat.otherDepartment(q.realProvider, r);
    Conduct consumer = cat.conduct(q.consumer, q.period);
    if (RowRandom.chance(r, consumer.uncataloguedResourceShare)) {
      q.resourceCode = cat.uncataloguedResourceCode(q.realProvider, r.nextInt(10));
      q.resource = -1;
    } else if (q.consumer != q.realProvider
        && cat.sloppyDepartments.length > 0
        && r.nextDouble() < MISMATCH_SHARE) {
      int sloppy = cat.sloppyDepartments[r.nextInt(cat.sloppyDepartments.length)];
      if (sloppy != q.consumer) {
        q.loggedProvider = sloppy;
      }
    }
    return q;
  }

  /** Mostly working hours on working days; the platform also runs at night and at weekends. */
  private long timeInPeriod(int period, SplittableRandom r) {
    long first = cat.periodFirstDay[period];
    long end = cat.periodEndDay[period];
    long day = first + r.nextLong(end - first);
    if (!ShanghaiTime.workingDay(day) && r.nextDouble() < 0.75) {
      day = first + r.nextLong(end - first);
    }
    int minute = r.nextDouble() < 0.85 ? 8 * 60 + 30 + r.nextInt(9 * 60) : r.nextInt(24 * 60);
    return ShanghaiTime.millis(day, minute) + r.nextInt(60_000);
  }

  // ---- the columns ---------------------------------------------------------------------------

  private Object[] finish(long e, Request q, SplittableRandom r) {
    Conduct consumer = cat.conduct(q.consumer, q.period);
    Conduct provider = cat.conduct(q.realProvider, q.period);
    String status = status(q, consumer, provider, r);
    Object[] v = new Object[COLUMNS.size()];
    v[ID] = exchangeId(e);
    v[TS] = q.ts;
    v[CONSUMER] = cat.deptCode[q.consumer];
    v[PROVIDER] = cat.deptCode[q.loggedProvider];
    v[RESOURCE] = q.resourceCode;
    v[CASE] = q.caseId;
    v[NETWORK] =
        RowRandom.chance(r, consumer.offExtranetShare)
            ? (r.nextDouble() < 0.6 ? "INTERNET" : "PRIVATE")
            : "EXTRANET";
    subject(v, q, consumer, r);
    v[STATUS] = status;
    v[LATENCY] = latency(status, provider, r);
    v[STANDARD] = standard(q, provider, r);
    return v;
  }

  private String status(Request q, Conduct consumer, Conduct provider, SplittableRandom r) {
    if (q.resource < 0) {
      // The platform cannot route a code that is not in the catalogue.
      return r.nextDouble() < 0.7 ? FAILED : DENIED;
    }
    if (q.consumer == q.loggedProvider) {
      return r.nextDouble() < 0.97 ? SUCCESS : FAILED;
    }
    ResourceRole role = cat.resourceRole[q.resource];
    if (role.notShared()) {
      return DENIED;
    }
    boolean possible =
        consumer.crossSuccess
            && provider.crossSuccess
            && cat.conduct(q.loggedProvider, q.period).crossSuccess;
    if (!possible || role == ResourceRole.REFUSED) {
      return refusal(r);
    }
    if (q.planted) {
      return SUCCESS;
    }
    double p = q.linked ? consumer.caseSuccess : provider.serveSuccess;
    return r.nextDouble() < p ? SUCCESS : failure(r);
  }

  private static String refusal(SplittableRandom r) {
    double u = r.nextDouble();
    return u < 0.5 ? DENIED : u < 0.8 ? FAILED : TIMEOUT;
  }

  private static String failure(SplittableRandom r) {
    double u = r.nextDouble();
    return u < 0.5 ? FAILED : u < 0.8 ? TIMEOUT : DENIED;
  }

  /** The subject the request is about: the applicant of a case, else by the resource's library. */
  private void subject(Object[] v, Request q, Conduct consumer, SplittableRandom r) {
    String type;
    if (q.linked) {
      type = "PERSON";
    } else {
      String library = q.resource >= 0 ? cat.resourceLibrary[q.resource] : "OTHER";
      double u = r.nextDouble();
      type =
          switch (library) {
            case "POPULATION" -> u < 0.9 ? "PERSON" : "NONE";
            case "LEGAL_ENTITY", "CREDIT" -> u < 0.85 ? "ENTITY" : "NONE";
            case "LICENSE" -> u < 0.5 ? "PERSON" : u < 0.9 ? "ENTITY" : "NONE";
            default -> u < 0.3 ? "PERSON" : u < 0.6 ? "ENTITY" : "NONE";
          };
    }
    v[SUBJECT_TYPE] = type;
    boolean invalid = RowRandom.chance(r, consumer.invalidIdShare);
    v[SUBJECT_ID] =
        switch (type) {
          case "PERSON" ->
              invalid
                  ? (r.nextDouble() < 0.15 ? null : IdentityFactory.invalidCitizenId(r))
                  : q.applicantId != null ? q.applicantId : IdentityFactory.citizenId(r);
          case "ENTITY" -> invalid ? IdentityFactory.invalidUscc(r) : IdentityFactory.uscc(r);
          default -> null;
        };
  }

  private static Long latency(String status, Conduct provider, SplittableRandom r) {
    if (TIMEOUT.equals(status)) {
      return 30_000L + r.nextInt(5_000);
    }
    if (r.nextDouble() < 0.015) {
      return null;
    }
    double median =
        switch (provider) {
          case EXEMPLARY -> 110;
          case SOUND -> 160;
          case AVERAGE -> 240;
          default -> 480;
        };
    return Math.max(1L, Math.round(RowRandom.logNormal(r, median, 0.8)));
  }

  /** The standard the answer declares: the catalogue's, unless the provider is careless. */
  private String standard(Request q, Conduct provider, SplittableRandom r) {
    if (q.resource < 0) {
      return null;
    }
    String expected = cat.resourceStandard[q.resource];
    if (expected == null) {
      return r.nextDouble() < 0.1 ? "GB/T 39046-2020" : null;
    }
    if (RowRandom.chance(r, provider.wrongStandardShare)) {
      return r.nextBoolean() ? null : Standards.other(expected, r.nextInt(Standards.ALL.size()));
    }
    return expected;
  }

  // ---- planted faults ------------------------------------------------------------------------

  private void plant(Defect defect, Object[] v, long e) {
    int variant = (int) ((e / defectSpacing / Defect.EXCHANGE_KINDS.length) % 12);
    switch (defect) {
      case MISSING_VALUE -> v[new int[] {CONSUMER, RESOURCE, STATUS, NETWORK}[variant % 4]] = null;
      case BAD_TIMESTAMP -> v[TS] = Defect.BAD_TIMESTAMPS[variant % Defect.BAD_TIMESTAMPS.length];
      case UNKNOWN_ENUM -> {
        switch (variant % 3) {
          case 0 -> v[NETWORK] = "VPN";
          case 1 -> v[STATUS] = "OK";
          default -> v[SUBJECT_TYPE] = "ORG";
        }
      }
      case UNKNOWN_DEPARTMENT ->
          v[variant % 2 == 0 ? CONSUMER : PROVIDER] = Defect.unknownDepartment(e);
      case NEGATIVE_LATENCY -> v[LATENCY] = -(1L + e % 997);
      case CONFLICTING_DUPLICATE -> v[ID] = exchangeId(e - 1);
      default -> {}
    }
  }
}
