package org.govscore.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The same inputs give the same results store content however Spark runs them: twice in a row in
 * the test JVM, and in a child JVM with two local cores and seven shuffle partitions (the test
 * JVM's session has two shuffle partitions). Compared are the manifest's content hash and row count
 * of every table, and every other manifest field except the three that describe the run itself
 * (started, finished, spark_master). {@link CrashSafetyTest} compares a third setting the same way:
 * its child run (one local core, one shuffle partition) against the test JVM's.
 *
 * <p>The inputs ({@link Runs#inputs()}) are split into three part files per dataset and hold ties:
 * every department has a twin with the same indicators (equal composites, so ranks and rank
 * intervals must break ties the same way every time), events of one case with equal timestamps, and
 * an exact duplicate in two parts. The runs are shared with {@link CrashSafetyTest}, which starts
 * this class's child run beside its own and whose uninterrupted run is one of the in-process runs.
 */
class DeterminismTest {
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
    Runs.assertSameContent(runs.get(0), runs.get(1), "in-process run 1 vs run 2");
  }

  @Test
  void twoCoresAndSevenShufflePartitionsInAChildJvmGiveTheTestJvmsContent() throws Exception {
    Map<String, Object> child = Runs.manifests(Runs.LOCAL2_SP7, 1).get(0);
    assertEquals("local[2]", child.get("spark_master"));
    Runs.assertSameContent(
        Runs.manifests(Runs.IN_PROCESS, 1).get(0),
        child,
        Runs.IN_PROCESS + " vs " + Runs.LOCAL2_SP7);
  }
}
