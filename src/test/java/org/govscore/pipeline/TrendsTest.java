package org.govscore.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.govscore.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * FALL findings against the previous quarter, whatever order the quarters are evaluated in. In the
 * q3 fixture D3's item I4 has one online case (C4) starting in Q2 and none in Q3, so D3's SIR falls
 * from 1.0 (EVIDENCED) to 0.5 (NO_DEMAND).
 */
class TrendsTest {
  @Test
  void fallsAreTheSameInEitherOrder(@TempDir Path outOfOrder) throws Exception {
    Fixtures.evaluate(Fixtures.fixture("q3"), outOfOrder, "2026-Q3", Map.of());
    assertFalse(falls(outOfOrder).containsKey("DEPARTMENT|D3|FALL|SIR"), "no previous quarter yet");
    Fixtures.evaluate(Fixtures.fixture("q3"), outOfOrder, "2026-Q2", Map.of());

    Path inOrder = Fixtures.sharedStore("q3", "2026-Q2", "2026-Q3");

    Map<String, Row> a = falls(inOrder);
    Map<String, Row> b = falls(outOfOrder);
    assertEquals(-0.5, a.get("DEPARTMENT|D3|FALL|SIR").getDouble(4), 1e-12);
    assertEquals(
        "SIR 1.0000 in 2026-Q2 to 0.5000 in 2026-Q3", a.get("DEPARTMENT|D3|FALL|SIR").getString(5));
    assertEquals(new TreeMap<>(a).keySet(), new TreeMap<>(b).keySet());
    a.forEach((k, r) -> assertEquals(r.getDouble(4), b.get(k).getDouble(4), 1e-12, k));

    // Q3's falls were refreshed once; Q2 run again on the same evidence changes none of them, so
    // Q3 is left untouched: its manifest (which names the refresh) and its findings files alike.
    Path q3 = outOfOrder.resolve("manifest/period=2026-Q3/manifest.json");
    String manifest = Files.readString(q3);
    assertTrue(manifest.contains("\"trends_refreshed\""), manifest);
    Map<Path, FileTime> findings = modified(outOfOrder.resolve("findings/period=2026-Q3"));
    Fixtures.evaluate(Fixtures.fixture("q3"), outOfOrder, "2026-Q2", Map.of());
    assertEquals(manifest, Files.readString(q3));
    assertEquals(findings, modified(outOfOrder.resolve("findings/period=2026-Q3")));
  }

  private static Map<Path, FileTime> modified(Path folder) throws IOException {
    Map<Path, FileTime> m = new TreeMap<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path f : files.toList()) {
        m.put(f.getFileName(), Files.getLastModifiedTime(f));
      }
    }
    return m;
  }

  private static Map<String, Row> falls(Path results) {
    Map<String, Row> all = Fixtures.table(results, "findings", "2026-Q3", 4);
    all.keySet().removeIf(k -> !k.contains("|FALL|"));
    return all;
  }
}
