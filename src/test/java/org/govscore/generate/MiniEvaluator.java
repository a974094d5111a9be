package org.govscore.generate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.govscore.config.Period;
import org.govscore.contract.DatasetKind;
import org.govscore.contract.Identifiers;

/**
 * A deliberately plain re-implementation of the parts of METHODOLOGY.md the planted patterns aim at
 * (item and resource statuses, SIR, RSR, BCR, SCR, composite; SAT, BRR, RCR), on collected rows of
 * a small generated Parquet data set. Rows a validator would reject are dropped with simple rules.
 * It is the tests' independent check that the generator plants what it claims; not the engine.
 */
final class MiniEvaluator {
  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  static final double NO_DEMAND_CREDIT = 0.5;

  record Item(
      String code,
      String dept,
      int depth,
      Integer statutory,
      Integer promised,
      List<String> requires) {}

  record Resource(
      String code, String provider, String shareType, String legalBasis, String standard) {}

  record Exchange(
      String id,
      Instant ts,
      String consumer,
      String provider,
      String resource,
      String caseId,
      String network,
      String subjectType,
      String subjectId,
      String status,
      Long latency,
      String standard) {}

  record Event(
      String caseId, Instant ts, String activity, String dept, String item, String channel) {}

  record Rating(String id, Instant ts, String dept, String caseId, int level, Instant rectified) {}

  record Case(
      String id,
      Instant start,
      String item,
      String channel,
      String dept,
      Set<String> depts,
      Instant completion,
      List<String> activities) {
    boolean online() {
      return "ONLINE".equals(channel) || "MOBILE".equals(channel);
    }
  }

  final Set<String> departments = new LinkedHashSet<>();
  final Map<String, Item> items = new TreeMap<>();
  final Map<String, Resource> resources = new TreeMap<>();
  final List<Exchange> exchanges = new ArrayList<>();
  final List<Case> cases = new ArrayList<>();
  final List<Rating> ratings = new ArrayList<>();

  /** Per dataset: rows read, exact duplicates removed, rows rejected. */
  final Map<String, long[]> quality = new TreeMap<>();

  static MiniEvaluator load(SparkSession spark, String dir) {
    MiniEvaluator m = new MiniEvaluator();
    for (Row r : read(spark, dir, DatasetKind.DEPARTMENTS)) {
      m.departments.add(r.getAs("dept_code"));
    }
    Map<String, Integer> itemCodes = new HashMap<>();
    List<Item> itemRows = new ArrayList<>();
    for (Row r : m.dedupe(DatasetKind.SERVICE_ITEMS, read(spark, dir, DatasetKind.SERVICE_ITEMS))) {
      String code = r.getAs("item_code");
      Integer statutory = r.getAs("statutory_days");
      if (r.getAs("item_name") == null
          || !m.departments.contains(r.<String>getAs("dept_code"))
          || !allowed(DatasetKind.SERVICE_ITEMS, "item_type", r.<String>getAs("item_type"))
          || (statutory != null && statutory < 0)) {
        continue;
      }
      itemCodes.merge(code, 1, Integer::sum);
      itemRows.add(
          new Item(
              code,
              r.getAs("dept_code"),
              r.<Integer>getAs("online_depth"),
              statutory,
              r.getAs("promised_days"),
              r.getList(r.fieldIndex("required_resources"))));
    }
    itemRows.stream()
        .filter(i -> itemCodes.get(i.code()) == 1)
        .forEach(i -> m.items.put(i.code(), i));
    m.accepted(DatasetKind.SERVICE_ITEMS, m.items.size());
    for (Row r : m.dedupe(DatasetKind.RESOURCES, read(spark, dir, DatasetKind.RESOURCES))) {
      if (r.getAs("resource_name") == null
          || !m.departments.contains(r.<String>getAs("provider_dept_code"))
          || !allowed(DatasetKind.RESOURCES, "share_type", r.<String>getAs("share_type"))) {
        continue;
      }
      m.resources.put(
          r.getAs("resource_code"),
          new Resource(
              r.getAs("resource_code"),
              r.getAs("provider_dept_code"),
              r.getAs("share_type"),
              r.getAs("legal_basis"),
              r.getAs("standard_code")));
    }
    m.accepted(DatasetKind.RESOURCES, m.resources.size());
    Map<String, Integer> ids = new HashMap<>();
    List<Exchange> exchangeRows = new ArrayList<>();
    for (Row r : m.dedupe(DatasetKind.EXCHANGES, read(spark, dir, DatasetKind.EXCHANGES))) {
      Exchange x =
          new Exchange(
              r.getAs("exchange_id"),
              instant(r.getAs("ts")),
              r.getAs("consumer_dept_code"),
              r.getAs("provider_dept_code"),
              r.getAs("resource_code"),
              r.getAs("case_id"),
              r.getAs("network"),
              r.getAs("subject_type"),
              r.getAs("subject_id"),
              r.getAs("status"),
              r.getAs("latency_ms"),
              r.getAs("standard_code"));
      if (x.ts() == null
          || x.resource() == null
          || !m.departments.contains(x.consumer())
          || !m.departments.contains(x.provider())
          || !allowed(DatasetKind.EXCHANGES, "network", x.network())
          || !allowed(DatasetKind.EXCHANGES, "status", x.status())
          || !allowed(DatasetKind.EXCHANGES, "subject_type", x.subjectType())
          || (x.latency() != null && x.latency() < 0)) {
        continue;
      }
      ids.merge(x.id(), 1, Integer::sum);
      exchangeRows.add(x);
    }
    exchangeRows.stream().filter(x -> ids.get(x.id()) == 1).forEach(m.exchanges::add);
    m.accepted(DatasetKind.EXCHANGES, m.exchanges.size());
    Map<String, List<Event>> byCase = new TreeMap<>();
    for (Row r : m.dedupe(DatasetKind.CASE_EVENTS, read(spark, dir, DatasetKind.CASE_EVENTS))) {
      Event e =
          new Event(
              r.getAs("case_id"),
              instant(r.getAs("ts")),
              r.getAs("activity"),
              r.getAs("dept_code"),
              r.getAs("item_code"),
              r.getAs("channel"));
      if (e.ts() == null
          || e.activity() == null
          || !m.departments.contains(e.dept())
          || (e.channel() != null && !allowed(DatasetKind.CASE_EVENTS, "channel", e.channel()))) {
        continue;
      }
      byCase.computeIfAbsent(e.caseId(), k -> new ArrayList<>()).add(e);
    }
    m.accepted(DatasetKind.CASE_EVENTS, byCase.values().stream().mapToLong(List::size).sum());
    Comparator<Event> earliest = Comparator.comparing(Event::ts);
    for (var entry : byCase.entrySet()) {
      List<Event> events = entry.getValue();
      events.sort(earliest.thenComparing(Event::dept));
      String item =
          events.stream().filter(e -> e.item() != null).map(Event::item).findFirst().orElse(null);
      String channel =
          events.stream()
              .filter(e -> e.channel() != null)
              .map(Event::channel)
              .findFirst()
              .orElse(null);
      Set<String> depts = events.stream().map(Event::dept).collect(Collectors.toSet());
      Instant completion =
          events.stream()
              .filter(e -> e.activity().equals("APPROVE") || e.activity().equals("REJECT"))
              .map(Event::ts)
              .findFirst()
              .orElse(null);
      m.cases.add(
          new Case(
              entry.getKey(),
              events.get(0).ts(),
              item,
              channel,
              events.get(0).dept(),
              depts,
              completion,
              events.stream().map(Event::activity).toList()));
    }
    if (Files.isDirectory(Path.of(Generator.path(dir, DatasetKind.RATINGS)))) {
      m.loadRatings(read(spark, dir, DatasetKind.RATINGS));
    }
    return m;
  }

  /** Ratings a validator keeps: typed, in range, rated department known, rating_id unique. */
  private void loadRatings(List<Row> rows) {
    Map<String, Integer> ids = new HashMap<>();
    List<Rating> kept = new ArrayList<>();
    for (Row r : dedupe(DatasetKind.RATINGS, rows)) {
      Integer level = r.getAs("level");
      Rating x =
          new Rating(
              r.getAs("rating_id"),
              instant(r.getAs("ts")),
              r.getAs("dept_code"),
              r.getAs("case_id"),
              level == null ? 0 : level,
              instant(r.getAs("rectified_ts")));
      if (blank(x.id())
          || x.ts() == null
          || !departments.contains(x.dept())
          || !allowed(DatasetKind.RATINGS, "channel", r.<String>getAs("channel"))
          || x.level() < 1
          || x.level() > 5
          || (x.rectified() != null && x.rectified().isBefore(x.ts()))) {
        continue;
      }
      ids.merge(x.id(), 1, Integer::sum);
      kept.add(x);
    }
    kept.stream().filter(x -> ids.get(x.id()) == 1).forEach(ratings::add);
    accepted(DatasetKind.RATINGS, ratings.size());
  }

  private static List<Row> read(SparkSession spark, String dir, DatasetKind kind) {
    return spark.read().parquet(Generator.path(dir, kind)).collectAsList();
  }

  private List<Row> dedupe(DatasetKind kind, List<Row> rows) {
    List<Row> distinct = new ArrayList<>(new LinkedHashSet<>(rows));
    quality.put(kind.datasetName(), new long[] {rows.size(), rows.size() - distinct.size(), 0});
    return distinct;
  }

  private void accepted(DatasetKind kind, long accepted) {
    long[] q = quality.get(kind.datasetName());
    q[2] = q[0] - q[1] - accepted;
  }

  /** rows rejected / rows read. */
  double rejectShare(DatasetKind kind) {
    long[] q = quality.get(kind.datasetName());
    return q[2] / (double) q[0];
  }

  private static Instant instant(Object ts) {
    return ts == null ? null : ((Timestamp) ts).toInstant();
  }

  static boolean in(Instant ts, Period p) {
    return !ts.isBefore(p.startInstant(ZONE).toInstant())
        && ts.isBefore(p.endInstant(ZONE).toInstant());
  }

  List<Case> casesIn(Period p) {
    return cases.stream().filter(c -> in(c.start(), p)).toList();
  }

  // ---- statuses ------------------------------------------------------------------------------

  /**
   * item_code to EVIDENCED / NO_DEMAND / DECLARED_ONLY / OFFLINE (+ "*" when undeclared online).
   */
  Map<String, String> itemStatus(Period p) {
    Map<String, int[]> counts = new HashMap<>();
    for (Case c : casesIn(p)) {
      if (c.item() != null) {
        int[] n = counts.computeIfAbsent(c.item(), k -> new int[2]);
        n[0]++;
        n[1] += c.online() ? 1 : 0;
      }
    }
    Map<String, String> status = new TreeMap<>();
    for (Item i : items.values()) {
      int[] n = counts.getOrDefault(i.code(), new int[2]);
      String s =
          n[1] >= 1
              ? (i.depth() < 3 ? "EVIDENCED*" : "EVIDENCED")
              : i.depth() >= 3 && n[0] == 0
                  ? "NO_DEMAND"
                  : i.depth() >= 3 ? "DECLARED_ONLY" : "OFFLINE";
      status.put(i.code(), s);
    }
    return status;
  }

  /** resource_code to SERVED / UNREQUESTED / REFUSED / NOT_SHARED / EXEMPT. */
  Map<String, String> resourceStatus(Period p) {
    Map<String, int[]> counts = new HashMap<>();
    for (Exchange x : exchanges) {
      if (!x.consumer().equals(x.provider()) && in(x.ts(), p)) {
        int[] n = counts.computeIfAbsent(x.resource(), k -> new int[2]);
        n[0]++;
        n[1] += "SUCCESS".equals(x.status()) ? 1 : 0;
      }
    }
    Map<String, String> status = new TreeMap<>();
    for (Resource r : resources.values()) {
      int[] n = counts.getOrDefault(r.code(), new int[2]);
      boolean notShared = "NOT_SHARED".equals(r.shareType());
      status.put(
          r.code(),
          notShared
              ? (blank(r.legalBasis()) ? "NOT_SHARED" : "EXEMPT")
              : n[1] > 0 ? "SERVED" : n[0] == 0 ? "UNREQUESTED" : "REFUSED");
    }
    return status;
  }

  // ---- headline indicators -------------------------------------------------------------------

  /** Per department: SIR, RSR, BCR, SCR (NaN when N/A). */
  Map<String, double[]> headline(Period p) {
    Map<String, double[]> sums = new TreeMap<>();
    for (String d : departments) {
      sums.put(d, new double[8]);
    }
    Map<String, String> itemStatus = itemStatus(p);
    for (Item i : items.values()) {
      double[] s = sums.get(i.dept());
      String st = itemStatus.get(i.code());
      s[0] += st.startsWith("EVIDENCED") ? 1 : st.equals("NO_DEMAND") ? NO_DEMAND_CREDIT : 0;
      s[1]++;
    }
    Map<String, String> resourceStatus = resourceStatus(p);
    for (Resource r : resources.values()) {
      String st = resourceStatus.get(r.code());
      if (!st.equals("EXEMPT")) {
        double[] s = sums.get(r.provider());
        s[2] += st.equals("SERVED") ? 1 : st.equals("UNREQUESTED") ? NO_DEMAND_CREDIT : 0;
        s[3]++;
      }
    }
    Set<String> served = new HashSet<>();
    for (Exchange x : exchanges) {
      if (x.caseId() != null && "SUCCESS".equals(x.status())) {
        served.add(x.caseId() + "|" + x.resource());
      }
    }
    for (Case c : casesIn(p)) {
      Item i = c.item() == null ? null : items.get(c.item());
      if (i == null) {
        continue;
      }
      List<String> external =
          i.requires().stream()
              .filter(
                  r -> resources.containsKey(r) && !resources.get(r).provider().equals(i.dept()))
              .toList();
      if (!external.isEmpty()) {
        double[] s = sums.get(i.dept());
        s[4] +=
            external.stream().filter(r -> served.contains(c.id() + "|" + r)).count()
                / (double) external.size();
        s[5]++;
      }
    }
    Map<String, double[]> scr = scr(p);
    Map<String, double[]> out = new TreeMap<>();
    for (var e : sums.entrySet()) {
      double[] s = e.getValue();
      double[] c = scr.getOrDefault(e.getKey(), new double[2]);
      out.put(
          e.getKey(),
          new double[] {
            ratio(s[0], s[1]), ratio(s[2], s[3]), ratio(s[4], s[5]), ratio(c[0], c[1])
          });
    }
    return out;
  }

  /** Composite 0..100 from the four headline values, NaN with fewer than three available. */
  static double composite(double[] headline) {
    double sum = 0;
    int n = 0;
    for (double v : headline) {
      if (!Double.isNaN(v)) {
        sum += v;
        n++;
      }
    }
    return n < 3 ? Double.NaN : 100 * sum / n;
  }

  static String grade(double composite) {
    return composite >= 90
        ? "VERY_HIGH"
        : composite >= 80 ? "HIGH" : composite >= 65 ? "MEDIUM" : "LOW";
  }

  /** Per department: {sum of p/a over checks with a > 0, number of such checks}. */
  private Map<String, double[]> scr(Period p) {
    Map<String, Map<String, long[]>> checks = new HashMap<>();
    LocalDate lastDay = p.end().minusDays(1);
    for (Exchange x : exchanges) {
      if (!in(x.ts(), p)) {
        continue;
      }
      if ("PERSON".equals(x.subjectType()) || "ENTITY".equals(x.subjectType())) {
        boolean ok =
            "PERSON".equals(x.subjectType())
                ? Identifiers.isValidCitizenId(x.subjectId(), lastDay)
                : Identifiers.isValidUscc(x.subjectId());
        count(checks, x.consumer(), "EX_SUBJECT_ID", ok);
      }
      count(checks, x.consumer(), "EX_EXTRANET", "EXTRANET".equals(x.network()));
      Resource r = resources.get(x.resource());
      count(checks, x.consumer(), "EX_CATALOGUED", r != null);
      if (r != null) {
        count(checks, x.provider(), "EX_PROVIDER_MATCH", r.provider().equals(x.provider()));
        if ("SUCCESS".equals(x.status()) && !blank(r.standard())) {
          count(checks, x.provider(), "EX_STANDARD", r.standard().equals(x.standard()));
        }
      }
    }
    for (Item i : items.values()) {
      count(
          checks,
          i.dept(),
          "CAT_TIME_LIMITS",
          i.statutory() != null
              && i.promised() != null
              && i.promised() >= 0
              && i.promised() <= i.statutory());
      if (!i.requires().isEmpty()) {
        count(
            checks,
            i.dept(),
            "CAT_REQUIREMENTS",
            i.requires().stream().allMatch(resources::containsKey));
      }
    }
    for (Resource r : resources.values()) {
      count(checks, r.provider(), "CAT_STANDARD", !blank(r.standard()));
      if ("NOT_SHARED".equals(r.shareType())) {
        count(checks, r.provider(), "CAT_NOT_SHARED_BASIS", !blank(r.legalBasis()));
      }
    }
    for (Case c : casesIn(p)) {
      count(checks, c.dept(), "CASE_ITEM", c.item() != null && items.containsKey(c.item()));
    }
    Map<String, double[]> out = new HashMap<>();
    checks.forEach(
        (dept, byCheck) -> {
          double[] s = new double[2];
          byCheck
              .values()
              .forEach(
                  ap -> {
                    s[0] += ap[1] / (double) ap[0];
                    s[1]++;
                  });
          out.put(dept, s);
        });
    return out;
  }

  private static void count(
      Map<String, Map<String, long[]>> checks, String dept, String check, boolean passed) {
    long[] ap =
        checks.computeIfAbsent(dept, k -> new HashMap<>()).computeIfAbsent(check, k -> new long[2]);
    ap[0]++;
    ap[1] += passed ? 1 : 0;
  }

  // ---- ratings (好差评) ----------------------------------------------------------------------

  /**
   * Per department {SAT num, SAT den, BRR num, BRR den, RCR num, RCR den}: SAT and BRR over the
   * period's ratings of the rated department; RCR over the period's cases of the case's department
   * (its item's owner, else its earliest event's), covered by a rating of any time.
   */
  Map<String, long[]> ratingCounts(Period p, int rectifyDays) {
    Map<String, long[]> out = new TreeMap<>();
    for (String d : departments) {
      out.put(d, new long[6]);
    }
    Set<String> ratedCases = new HashSet<>();
    for (Rating x : ratings) {
      if (x.caseId() != null) {
        ratedCases.add(x.caseId());
      }
      if (!in(x.ts(), p)) {
        continue;
      }
      long[] n = out.get(x.dept());
      n[1]++;
      n[0] += x.level() >= 4 ? 1 : 0;
      if (x.level() <= 2) {
        n[3]++;
        n[2] += x.rectified() != null && workingDays(x.ts(), x.rectified()) <= rectifyDays ? 1 : 0;
      }
    }
    for (Case c : casesIn(p)) {
      Item i = c.item() == null ? null : items.get(c.item());
      long[] n = out.get(i != null ? i.dept() : c.dept());
      n[5]++;
      n[4] += ratedCases.contains(c.id()) ? 1 : 0;
    }
    return out;
  }

  /** wd(a, b): Monday-to-Friday dates d with date(a) < d <= date(b) in the zone; no holidays. */
  static long workingDays(Instant a, Instant b) {
    long n = 0;
    for (LocalDate d = a.atZone(ZONE).toLocalDate().plusDays(1);
        !d.isAfter(b.atZone(ZONE).toLocalDate());
        d = d.plusDays(1)) {
      n += d.getDayOfWeek().getValue() <= 5 ? 1 : 0;
    }
    return n;
  }

  /** Departments with no SUCCESS cross-department exchange, in either direction, in the period. */
  Set<String> islands(Period p) {
    Set<String> connected = new HashSet<>();
    for (Exchange x : exchanges) {
      if (in(x.ts(), p) && "SUCCESS".equals(x.status()) && !x.consumer().equals(x.provider())) {
        connected.add(x.consumer());
        connected.add(x.provider());
      }
    }
    Set<String> out = new LinkedHashSet<>(departments);
    out.removeAll(connected);
    return out;
  }

  private static boolean allowed(DatasetKind kind, String column, String value) {
    return value != null && kind.column(column).enumValues().contains(value);
  }

  private static double ratio(double num, double den) {
    return den == 0 ? Double.NaN : num / den;
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
