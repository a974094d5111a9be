package org.govscore.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.govscore.config.Period;
import org.govscore.contract.DatasetKind;
import org.govscore.contract.Identifiers;
import org.govscore.testing.TempDirs;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Checks, with an independent plain re-computation ({@link MiniEvaluator}), that a small generated
 * data set shows every status and finding METHODOLOGY.md can produce.
 */
class PlantedPatternsTest {
  static final Period Q2 = Period.parse("2026-Q2");
  static final Period Q3 = Period.parse("2026-Q3");

  static SparkSession spark;
  static Path dir;
  static GenerationSummary summary;
  static MiniEvaluator data;

  @BeforeAll
  static void generate() throws Exception {
    spark = SparkTestSession.create();
    dir = TempDirs.create("govscore-planted");
    GeneratorSettings settings =
        GeneratorSettings.defaults()
            .withDepartments(Integer.getInteger("planted.departments", 30))
            .withCases(Long.getLong("planted.cases", 1500))
            .withExchanges(Long.getLong("planted.exchanges", 8000));
    summary = Generator.generate(spark, settings, dir.toString(), SparkTestSession.quietConsole());
    data = MiniEvaluator.load(spark, dir.toString());
  }

  @AfterAll
  static void stop() throws Exception {
    // the shared test session stays up for the other test classes
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  @Test
  void everyItemStatusShowsInEachPeriod() {
    for (Period p : List.of(Q2, Q3)) {
      Set<String> statuses = new HashSet<>(data.itemStatus(p).values());
      assertTrue(
          statuses.containsAll(
              Set.of("EVIDENCED", "EVIDENCED*", "NO_DEMAND", "DECLARED_ONLY", "OFFLINE")),
          p + ": " + statuses);
    }
  }

  @Test
  void everyResourceStatusShowsInEachPeriod() {
    for (Period p : List.of(Q2, Q3)) {
      Set<String> statuses = new HashSet<>(data.resourceStatus(p).values());
      assertTrue(
          statuses.containsAll(Set.of("SERVED", "UNREQUESTED", "REFUSED", "NOT_SHARED", "EXEMPT")),
          p + ": " + statuses);
    }
  }

  @Test
  void plantedIslandsHaveNoSuccessfulCrossDepartmentExchange() {
    List<String> islands = summary.planted().islands();
    assertFalse(islands.isEmpty());
    for (Period p : List.of(Q2, Q3)) {
      assertTrue(data.islands(p).containsAll(islands), p + ": " + data.islands(p));
    }
  }

  @Test
  void compositesSpreadOverEveryGrade() {
    Map<String, Integer> grades = new TreeMap<>();
    data.headline(Q2)
        .forEach(
            (dept, h) -> {
              double ci = MiniEvaluator.composite(h);
              if (!Double.isNaN(ci)) {
                grades.merge(MiniEvaluator.grade(ci), 1, Integer::sum);
              }
            });
    assertEquals(Set.of("VERY_HIGH", "HIGH", "MEDIUM", "LOW"), grades.keySet(), grades.toString());
  }

  @Test
  void plantedProfilesLandInTheirGrades() {
    Map<String, double[]> q2 = data.headline(Q2);
    Map<DepartmentProfile, String> expected =
        new EnumMap<>(
            Map.of(
                DepartmentProfile.EXCELLENT, "VERY_HIGH",
                DepartmentProfile.FALLING, "VERY_HIGH",
                DepartmentProfile.POOR, "LOW",
                DepartmentProfile.ISLAND, "LOW"));
    expected.forEach(
        (profile, grade) -> {
          for (String dept : summary.planted().of(profile)) {
            double ci = MiniEvaluator.composite(q2.get(dept));
            assertEquals(grade, MiniEvaluator.grade(ci), profile + " " + dept + " scored " + ci);
          }
        });
  }

  @Test
  void fallingDepartmentFallsFromFirstToSecondPeriod() {
    Map<String, double[]> q2 = data.headline(Q2);
    Map<String, double[]> q3 = data.headline(Q3);
    for (String dept : summary.planted().falling()) {
      double before = MiniEvaluator.composite(q2.get(dept));
      double after = MiniEvaluator.composite(q3.get(dept));
      assertTrue(before - after > 40, dept + ": " + before + " -> " + after);
    }
  }

  @Test
  void invalidIdsAndOffExtranetTrafficArePlanted() {
    java.time.LocalDate day = java.time.LocalDate.of(2026, 12, 31);
    List<MiniEvaluator.Exchange> x = data.exchanges;
    assertTrue(
        x.stream()
            .anyMatch(
                e ->
                    "PERSON".equals(e.subjectType())
                        && e.subjectId() != null
                        && !Identifiers.isValidCitizenId(e.subjectId(), day)));
    assertTrue(x.stream().anyMatch(e -> "PERSON".equals(e.subjectType()) && e.subjectId() == null));
    assertTrue(
        x.stream()
            .anyMatch(
                e -> "ENTITY".equals(e.subjectType()) && !Identifiers.isValidUscc(e.subjectId())));
    assertTrue(x.stream().anyMatch(e -> e.subjectId() != null && e.subjectId().endsWith("x")));
    assertTrue(x.stream().anyMatch(e -> e.subjectId() != null && e.subjectId().length() == 15));
    long valid =
        x.stream()
            .filter(
                e ->
                    "PERSON".equals(e.subjectType())
                        && Identifiers.isValidCitizenId(e.subjectId(), day))
            .count();
    long persons = x.stream().filter(e -> "PERSON".equals(e.subjectType())).count();
    assertTrue(valid > 0.9 * persons, valid + " of " + persons);
    Set<String> networks = new HashSet<>();
    x.forEach(e -> networks.add(e.network()));
    assertEquals(Set.of("EXTRANET", "INTERNET", "PRIVATE"), networks);
    assertTrue(x.stream().filter(e -> "EXTRANET".equals(e.network())).count() > 0.85 * x.size());
  }

  @Test
  void exchangesCarryEveryComplianceFlaw() {
    List<MiniEvaluator.Exchange> x = data.exchanges;
    assertTrue(x.stream().anyMatch(e -> !data.resources.containsKey(e.resource())), "uncatalogued");
    assertTrue(
        x.stream()
            .anyMatch(
                e ->
                    data.resources.containsKey(e.resource())
                        && !data.resources.get(e.resource()).provider().equals(e.provider())),
        "provider mismatch");
    assertTrue(x.stream().anyMatch(e -> e.consumer().equals(e.provider())), "self-exchange");
    assertTrue(
        x.stream()
            .anyMatch(
                e ->
                    "SUCCESS".equals(e.status())
                        && data.resources.containsKey(e.resource())
                        && data.resources.get(e.resource()).standard() != null
                        && !data.resources.get(e.resource()).standard().equals(e.standard())),
        "wrong standard");
    assertTrue(x.stream().anyMatch(e -> e.latency() == null));
    assertTrue(
        x.stream().anyMatch(e -> !MiniEvaluator.in(e.ts(), Q2) && !MiniEvaluator.in(e.ts(), Q3)),
        "outside");
    Set<String> statuses = new HashSet<>();
    x.forEach(e -> statuses.add(e.status()));
    assertEquals(Set.of("SUCCESS", "FAILED", "DENIED", "TIMEOUT"), statuses);
    assertTrue(x.stream().filter(e -> "SUCCESS".equals(e.status())).count() > x.size() / 2);
    long linked = x.stream().filter(e -> e.caseId() != null).count();
    assertTrue(linked > x.size() / 4, "many exchanges serve cases: " + linked);
  }

  @Test
  void casesShowLatenessHandoversAndOddEvents() {
    long late = 0;
    long onTime = 0;
    for (MiniEvaluator.Case c : data.cases) {
      MiniEvaluator.Item item = c.item() == null ? null : data.items.get(c.item());
      if (c.completion() == null || item == null || item.promised() == null) {
        continue;
      }
      long from = c.start().atZone(MiniEvaluator.ZONE).toLocalDate().toEpochDay();
      long to = c.completion().atZone(MiniEvaluator.ZONE).toLocalDate().toEpochDay();
      long wd = 0;
      for (long d = from + 1; d <= to; d++) {
        wd += ShanghaiTime.workingDay(d) ? 1 : 0;
      }
      if (wd > item.promised()) {
        late++;
      } else {
        onTime++;
      }
    }
    assertTrue(late > 0 && onTime > 3 * late, late + " late, " + onTime + " on time");
    assertTrue(data.cases.stream().anyMatch(c -> c.depts().size() > 1), "handover");
    assertTrue(data.cases.stream().anyMatch(c -> c.activities().contains("WITHDRAW")));
    assertTrue(data.cases.stream().anyMatch(c -> c.activities().contains("SUPPLEMENT")));
    assertTrue(
        data.cases.stream()
            .anyMatch(c -> c.activities().stream().filter("VISIT"::equals).count() == 2));
    assertTrue(
        data.cases.stream()
            .anyMatch(
                c -> c.activities().contains("SMS_NOTIFY") || c.activities().contains("PAY_FEE")),
        "non-canonical activity");
    assertTrue(
        data.cases.stream().anyMatch(c -> c.item() != null && !data.items.containsKey(c.item())),
        "uncatalogued item");
    assertTrue(data.cases.stream().anyMatch(c -> c.channel() == null), "no channel");
    assertTrue(
        data.cases.stream()
            .anyMatch(
                c ->
                    MiniEvaluator.in(c.start(), Q2)
                        && c.completion() != null
                        && MiniEvaluator.in(c.completion(), Q3)),
        "a case crossing the period boundary");
  }

  @Test
  void badRowsArePresentButWellBelowTheRejectLimit() {
    for (DatasetKind kind :
        List.of(
            DatasetKind.EXCHANGES,
            DatasetKind.CASE_EVENTS,
            DatasetKind.SERVICE_ITEMS,
            DatasetKind.RESOURCES)) {
      double share = data.rejectShare(kind);
      assertTrue(share > 0 && share < 0.02, kind.datasetName() + " reject share " + share);
    }
    assertTrue(data.quality.get("exchanges")[1] > 0, "exact duplicate exchanges");
    assertTrue(data.quality.get("case_events")[1] > 0, "exact duplicate events");
  }

  /** Prints the composite per profile: run with -Dplanted.print=true when tuning the profiles. */
  @Test
  void reportCompositesWhenAsked() {
    if (!Boolean.getBoolean("planted.print")) {
      return;
    }
    for (Period p : List.of(Q2, Q3)) {
      Map<String, double[]> h = data.headline(p);
      for (DepartmentProfile profile : DepartmentProfile.values()) {
        StringBuilder b = new StringBuilder(p + " " + profile + ":");
        for (String dept : summary.planted().of(profile)) {
          double[] v = h.get(dept);
          b.append(
              String.format(
                  " %s=%.1f[%.2f %.2f %.2f %.2f]",
                  dept, MiniEvaluator.composite(v), v[0], v[1], v[2], v[3]));
        }
        System.out.println(b);
      }
    }
  }
}
