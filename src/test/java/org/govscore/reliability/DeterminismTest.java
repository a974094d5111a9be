package org.govscore.reliability;

import static org.govscore.reliability.Runs.tables;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.govscore.store.ResultTables;
import org.junit.jupiter.api.Test;

/**
 * The same inputs give the same results store content however Spark runs them: twice in a row, with
 * one or two local cores, with one or seven shuffle partitions, in the test JVM or a child JVM.
 * Compared are the manifest's content hash and row count of every table, and every other manifest
 * field except the three that describe the run itself (started, finished, spark_master).
 *
 * <p>The inputs ({@link Runs#inputs()}) are split into three part files per dataset and hold ties:
 * every department has a twin with the same indicators (equal composites, so ranks and rank
 * intervals must break ties the same way every time), events of one case with equal timestamps, and
 * an exact duplicate in two parts. Runs are shared with {@link CrashSafetyTest}: its child runs
 * killed after their commit marker had committed a complete manifest; any run a comparison needs
 * and no test made yet is made here.
 */
class DeterminismTest {
  private static final List<String> RUN_FIELDS = List.of("started", "finished", "spark_master");

  @Test
  void theInputsHaveSeveralPartsPerDataset() throws Exception {
    try (Stream<Path> datasets = Files.list(Runs.inputs())) {
      for (Path d : datasets.toList()) {
        try (Stream<Path> parts = Files.list(d)) {
          assertEquals(3, parts.count(), d.toString());
        }
      }
    }
  }

  @Test
  void twiceInARowGivesTheSameContent() throws Exception {
    List<Map<String, Object>> runs = Runs.manifests(Runs.IN_PROCESS, 2);
    assertSameContent(runs.get(0), runs.get(1), "in-process run 1 vs run 2");
  }

  @Test
  void oneOrTwoLocalCoresGiveTheSameContent() throws Exception {
    Map<String, Object> one = Runs.manifests(Runs.LOCAL1, 1).get(0);
    Map<String, Object> two = Runs.manifests(Runs.LOCAL2, 1).get(0);
    assertEquals("local[1]", one.get("spark_master"));
    assertEquals("local[2]", two.get("spark_master"));
    assertSameContent(one, two, Runs.LOCAL1 + " vs " + Runs.LOCAL2);
  }

  @Test
  void oneOrSevenShufflePartitionsGiveTheSameContent() throws Exception {
    assertSameContent(
        Runs.manifests(Runs.LOCAL1, 1).get(0),
        Runs.manifests(Runs.LOCAL1_SP7, 1).get(0),
        Runs.LOCAL1 + " vs " + Runs.LOCAL1_SP7);
  }

  @Test
  void aChildJvmAndTheTestJvmGiveTheSameContent() throws Exception {
    assertSameContent(
        Runs.manifests(Runs.IN_PROCESS, 1).get(0),
        Runs.manifests(Runs.LOCAL1, 1).get(0),
        Runs.IN_PROCESS + " vs " + Runs.LOCAL1);
  }

  private static void assertSameContent(Map<String, Object> a, Map<String, Object> b, String what) {
    assertEquals(
        ResultTables.ALL, List.copyOf(tables(a).keySet()), what + ": tables in the manifest");
    for (String table : ResultTables.ALL) {
      assertEquals(
          tables(a).get(table), tables(b).get(table), what + ": " + table + " (rows, sha256)");
    }
    assertEquals(withoutRunFields(a), withoutRunFields(b), what + ": the rest of the manifest");
  }

  private static Map<String, Object> withoutRunFields(Map<String, Object> manifest) {
    Map<String, Object> out = new LinkedHashMap<>(manifest);
    RUN_FIELDS.forEach(out::remove);
    return out;
  }
}
