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
    dir = Files.createTempDirectory("govscore-planted");
    GeneratorSettings settings = GeneratorSettings.defaults()
        .withDepartments(Integer.getInteger("planted.departments", 30))
        .withCases(Long.getLong("planted.cases", 1500))
        .withExchanges(Long.getLong("planted.exchanges", 8000));
    summary = Generator.generate(spark, settings, dir.toString(), SparkTestSession.quietConsole());
    data = MiniEvaluator.load(spark, dir.toString());
  }

  @AfterAll
  static void stop() throws Exception {
    spark.stop();
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  @Test
  void everyItemStatusShowsInEachPeriod() {
    for (Period p : List.of(Q2, Q3)) {
      Set<String> statuses = new HashSet<>(data.itemStatus(p).values());
      assertTrue(statuses.containsAll(Set.of("EVIDENCED", "EVIDENCED*", "NO_DEMAND", "DECLARED_ONLY", "OFFLINE")),
          p + ": " + statuses);
    }
  }

  @Test
  void everyResourceStatusShowsInEachPeriod() {
    for (Period p : List.of(Q2, Q3)) {
      Set<String> statuses = new HashSet<>(data.resourceStatus(p).values());
      assertTrue(statuses.containsAll(Set.of("SERVED", "UNREQUESTED", "REFUSED", "NOT_SHARED", "EXEMPT")),
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
    data.headline(Q2).forEach((dept, h) -> {
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
    Map<DepartmentProfile, String> expected = new EnumMap<>(Map.of(
        DepartmentProfile.EXCELLENT, "VERY_HIGH",
        DepartmentProfile.FALLING, "VERY_HIGH",
        DepartmentProfile.POOR, "LOW",
        DepartmentProfile.ISLAND, "LOW"));
    expected.forEach((profile, grade) -> {
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
          b.append(String.format(" %s=%.1f[%.2f %.2f %.2f %.2f]", dept, MiniEvaluator.composite(v), v[0], v[1], v[2], v[3]));
        }
        System.out.println(b);
      }
    }
  }
}
