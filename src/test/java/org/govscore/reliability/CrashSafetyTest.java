package org.govscore.reliability;

import static org.govscore.reliability.Runs.Q2;
import static org.govscore.reliability.Runs.Q3;
import static org.govscore.reliability.Runs.tables;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.govscore.render.results.PeriodResults;
import org.govscore.render.results.ResultsLoader;
import org.govscore.store.ResultTables;
import org.govscore.store.ResultsStore;
import org.govscore.store.StoreProbe;
import org.govscore.testing.Fixtures;
import org.govscore.testing.GovscoreProcess;
import org.govscore.testing.TestSpark;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A real {@code evaluate} in a child JVM, replacing a period that is already in the store, looked
 * at at four distinct points of the write and SIGKILLed at the last. At each point the store is
 * opened as report and publish open it (read-only, no recovery) and as the next evaluate opens it
 * (read-write, with recovery); both must show one whole period: the previous content if the point
 * came before the commit marker, the new one after it, never a mix, a missing table or leftovers,
 * and the other period byte for byte untouched.
 *
 * <p>The points are exact: the child's local file system is {@link FreezingFileSystem} (plugged in
 * by a Spark setting; the product is unchanged), which holds the child just before each chosen file
 * operation of the write. At the first three points the test stops the whole child (SIGSTOP),
 * copies the store (what a SIGKILL at that moment would leave on disk: a killed process writes
 * nothing more, and what it wrote is in the files) and lets it go on; at the last it SIGKILLs it.
 * One child thus stands for four killed ones, a cold JVM and evaluate each (about 40 s of CPU). The
 * previous 2026-Q3 comes from other inputs than the child's, so every table tells old from new.
 *
 * <p>The uninterrupted run goes in this JVM meanwhile, and DeterminismTest's child run beside them.
 */
class CrashSafetyTest {
  private static final List<String> PERIOD_FOLDERS = new ArrayList<>(ResultTables.ALL);

  static {
    PERIOD_FOLDERS.add(ResultsStore.MANIFEST);
  }

  /**
   * The points, in the order the write reaches them: each a rename whose source path is the store
   * root followed by the pattern.
   */
  private static final Map<String, String> POINTS = new LinkedHashMap<>();

  static {
    POINTS.put("while-staging", "/_staging/[^/]+/item_status/period=2026-Q3/_temporary/.*");
    // catalogue_names is the first table a swap moves (in name order)
    POINTS.put("after-commit", "/catalogue_names/period=2026-Q3");
    POINTS.put("swap-gap", "/_staging/[^/]+/indicators/period=2026-Q3");
    POINTS.put("before-manifest", "/manifest/period=2026-Q3");
  }

  private static Map<String, Object> oldQ3;
  private static Map<String, Object> newQ3;
  private static String q2Manifest;
  private static Map<String, String> q2Files;

  /** The child run, started as soon as the base store exists; each test awaits its point. */
  private static ExecutorService child;

  private static Future<Map<String, Crash>> crashes;

  @BeforeAll
  static void baseStoreAndAnUninterruptedRun() throws Exception {
    Path base = Runs.baseStore();
    child =
        Executors.newSingleThreadExecutor(
            r -> {
              Thread t = new Thread(r, "crash-safety-child");
              t.setDaemon(true);
              return t;
            });
    crashes = child.submit(CrashSafetyTest::stopAtEachPointThenKill);
    // A cold child JVM on tiny data leaves much of a core idle (JVM and Spark start, planning).
    Runs.startInChild(Runs.LOCAL2_SP7);
    oldQ3 = Runs.manifest(base, Q3);
    q2Manifest = Files.readString(base.resolve("manifest/period=2026-Q2/manifest.json"));
    q2Files = periodFiles(base, "2026-Q2");
    // the uninterrupted run goes in this JVM while the child runs
    newQ3 = Runs.manifests(Runs.IN_PROCESS, 1).get(0);
    for (String table : ResultTables.ALL) {
      assertNotEquals(
          tables(oldQ3).get(table).get("sha256"),
          tables(newQ3).get(table).get("sha256"),
          "the killed run's "
              + table
              + " must differ from the previous one, or the test cannot tell them apart");
    }
  }

  /** No child outlives the class: an unfinished run (a test failed early) is interrupted. */
  @AfterAll
  static void stopChild() throws InterruptedException {
    if (child == null) {
      return; // the base store failed: nothing was started
    }
    child.shutdownNow(); // interrupts a wait for a point; the child is then killed
    assertTrue(
        child.awaitTermination(Runs.CHILD_DEADLINE.toSeconds(), TimeUnit.SECONDS),
        "the child run ended");
  }

  /** The store as the child left it at {@code name}'s point. */
  private static Crash crash(String name) throws Exception {
    try {
      return crashes.get().get(name);
    } catch (ExecutionException e) {
      // the child run's own failure, with its message (assertion or exception) unchanged
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      if (e.getCause() instanceof Exception exception) {
        throw exception;
      }
      throw e;
    }
  }

  @Test
  void killedWhileATableIsBeingStagedKeepsThePreviousPeriodAndAReRunCompletes() throws Exception {
    Crash crash = crash("while-staging");
    // on disk: three tables staged, the fourth (item_status) half written, no commit marker
    Path run = crash.stagedRun();
    for (String table : List.of("indicators", "checks", "scores")) {
      assertTrue(
          Files.exists(run.resolve(table).resolve("period=2026-Q3/_SUCCESS")), table + " staged");
    }
    assertTrue(
        Files.isDirectory(run.resolve("item_status/period=2026-Q3/_temporary")),
        "item_status half written");
    assertFalse(Files.exists(run.resolve("item_status/period=2026-Q3/_SUCCESS")));
    assertFalse(Files.exists(run.resolve("_COMMITTED")));
    Path rerun = Runs.newFolder("rerun").resolve("store");
    Fixtures.copyTree(crash.store(), rerun);

    assertReadersSee(crash, oldQ3);

    // The user runs evaluate again on the crashed store (its open recovers the store first).
    Map<String, Object> again = Runs.evaluateInProcess(rerun);
    assertEquals(
        tables(newQ3),
        tables(again),
        "a re-run after the crash gives the tables of an uninterrupted run");
    ResultsStore store = ResultsStore.openExisting(TestSpark.spark(), rerun.toString());
    assertPeriodContent(store, tables(newQ3), "re-run");
    assertNoLeftovers(rerun);
    assertEquals(q2Files, periodFiles(rerun, "2026-Q2"), "2026-Q2 untouched by the re-run");
  }

  @Test
  void killedRightAfterTheCommitMarkerShowsTheNewPeriodWhole() throws Exception {
    Crash crash = crash("after-commit");
    // on disk: everything staged and committed, nothing swapped yet
    Path run = crash.stagedRun();
    assertTrue(Files.exists(run.resolve("_COMMITTED")));
    for (String folder : PERIOD_FOLDERS) {
      assertTrue(
          Files.isDirectory(run.resolve(folder).resolve("period=2026-Q3")), folder + " staged");
    }
    assertEquals(oldQ3, Runs.manifest(crash.store(), Q3), "the old manifest is still in place");
    committedAsTheUninterruptedRun(crash);

    assertReadersSee(crash, newQ3);
  }

  @Test
  void killedBetweenMovingAnOldTableAsideAndTheNewOneInShowsTheNewPeriodWhole() throws Exception {
    Crash crash = crash("swap-gap");
    // on disk: catalogue_names, checks, data_quality and findings swapped; the old indicators in
    // the trash, the new one still staged, so the store itself has no indicators for 2026-Q3 at
    // this moment
    Path run = crash.stagedRun();
    assertFalse(Files.exists(crash.store().resolve("indicators/period=2026-Q3")));
    assertTrue(
        Files.isDirectory(
            crash
                .store()
                .resolve("_trash")
                .resolve(run.getFileName().toString())
                .resolve("indicators/period=2026-Q3")));
    assertTrue(Files.isDirectory(run.resolve("indicators/period=2026-Q3")));
    for (String swapped : List.of("catalogue_names", "checks", "data_quality", "findings")) {
      assertFalse(
          Files.exists(run.resolve(swapped).resolve("period=2026-Q3")), swapped + " swapped");
    }
    committedAsTheUninterruptedRun(crash);

    assertReadersSee(crash, newQ3);
  }

  @Test
  void killedWithEveryTableSwappedButTheOldManifestShowsTheNewPeriodWhole() throws Exception {
    Crash crash = crash("before-manifest");
    // on disk: every new table in place under the old manifest
    Path run = crash.stagedRun();
    for (String table : ResultTables.ALL) {
      assertFalse(Files.exists(run.resolve(table).resolve("period=2026-Q3")), table + " swapped");
    }
    assertEquals(oldQ3, Runs.manifest(crash.store(), Q3), "the old manifest is still in place");
    committedAsTheUninterruptedRun(crash);

    assertReadersSee(crash, newQ3);
  }

  /**
   * The child had written its manifest before the commit marker: its content must be that of the
   * uninterrupted run in this JVM, another Spark setting (one local core, one shuffle partition
   * against the test session's two of each; else the difference is nondeterminism, see
   * DeterminismTest).
   */
  private static void committedAsTheUninterruptedRun(Crash crash) throws IOException {
    Path manifest = crash.stagedRun().resolve("manifest/period=2026-Q3/manifest.json");
    Map<String, Object> staged = Runs.parse(Files.readString(manifest));
    assertEquals("local[1]", staged.get("spark_master"));
    Runs.assertSameContent(
        newQ3, staged, "the child run (" + Runs.LOCAL1 + ") vs the uninterrupted in-process run");
  }

  /** The store as the child left it at a point, in a folder of its own. */
  record Crash(String name, Path store, String frozenAt) {
    /** The child's staging folder (there is exactly one). */
    Path stagedRun() throws IOException {
      try (Stream<Path> runs = Files.list(store.resolve("_staging"))) {
        List<Path> all = runs.toList();
        assertEquals(1, all.size(), () -> "staged runs " + all);
        return all.get(0);
      }
    }
  }

  /**
   * Evaluates the compared inputs for 2026-Q3 in a child JVM on a copy of the base store. At each
   * point but the last the whole child is stopped while its store is copied, then let go on; at the
   * last it is SIGKILLed, and its store is that point's.
   */
  private static Map<String, Crash> stopAtEachPointThenKill() throws Exception {
    Path store = Runs.copyOfBaseStore("child").toRealPath();
    Path dir = store.getParent();
    Path signal = dir.resolve("held");
    List<String> freeze = new ArrayList<>();
    freeze.add("spark.hadoop.fs.file.impl=" + FreezingFileSystem.class.getName());
    freeze.add("spark.hadoop.fs.file.impl.disable.cache=true");
    freeze.add("spark.hadoop." + FreezingFileSystem.OP + "=rename");
    freeze.add("spark.hadoop." + FreezingFileSystem.SIGNAL + "=" + signal);
    List<String> names = List.copyOf(POINTS.keySet());
    for (int n = 1; n <= names.size(); n++) {
      freeze.add(
          "spark.hadoop."
              + FreezingFileSystem.PATH
              + "."
              + n
              + "="
              + Pattern.quote(store.toString())
              + POINTS.get(names.get(n - 1)));
    }
    Map<String, Crash> out = new LinkedHashMap<>();
    try (GovscoreProcess child =
        GovscoreProcess.start(
            dir,
            dir.resolve("output.txt"),
            dir.resolve("spark.log"),
            Runs.childArgs(Runs.LOCAL1, store, freeze))) {
      long deadline = System.nanoTime() + Runs.CHILD_DEADLINE.toNanos();
      for (int n = 1; n <= names.size(); n++) {
        String name = names.get(n - 1);
        Path reached = FreezingFileSystem.reached(signal, n);
        while (!Files.exists(reached)) {
          if (!child.isAlive()) {
            fail("evaluate ended before the point " + name + ":\n" + child.output());
          }
          if (System.nanoTime() > deadline) {
            fail(
                "evaluate did not reach the point "
                    + name
                    + " in "
                    + Runs.CHILD_DEADLINE
                    + ":\n"
                    + child.output());
          }
          Thread.sleep(50);
        }
        String frozenAt = Files.readString(reached).trim();
        assertTrue(frozenAt.startsWith("rename " + store), frozenAt);
        if (n == names.size()) {
          child.kill();
          assertEquals(137, child.waitFor(Duration.ofSeconds(30)), "the child died of SIGKILL");
          out.put(name, new Crash(name, store, frozenAt));
        } else {
          Path copy = Runs.newFolder(name).resolve("store");
          child.suspend();
          try {
            Fixtures.copyTree(store, copy);
          } finally {
            child.resume();
          }
          Files.writeString(FreezingFileSystem.resume(signal, n), "");
          out.put(name, new Crash(name, copy, frozenAt));
        }
      }
    }
    return out;
  }

  /**
   * What report and publish see (read-only open: the store's files stay as they are), then what the
   * next evaluate sees (read-write open: recovery leaves no staging or trash). Both: 2026-Q2 and a
   * whole 2026-Q3 with {@code expected} content; 2026-Q2's files never change.
   */
  private static void assertReadersSee(Crash crash, Map<String, Object> expected) throws Exception {
    String at = crash.name() + " (" + crash.frozenAt() + ")";
    Map<String, String> files = storeFiles(crash.store());

    ResultsStore readOnly = ResultsStore.openExisting(TestSpark.spark(), crash.store().toString());
    PeriodResults loaded = new ResultsLoader(readOnly).load(Q3);
    assertEquals(
        tables(expected).get("scores").get("sha256"),
        loaded.manifest().tables().get("scores").sha256(),
        at);
    assertEquals(
        ((Number) tables(expected).get("scores").get("rows")).longValue(),
        loaded.scores().size(),
        at);
    assertPeriodContent(readOnly, tables(expected), at + ", read-only");
    assertEquals(files, storeFiles(crash.store()), at + ": a read-only open changes nothing");

    ResultsStore readWrite = ResultsStore.open(TestSpark.spark(), crash.store().toString());
    assertNoLeftovers(crash.store());
    assertPeriodContent(readWrite, tables(expected), at + ", after recovery");
    assertEquals(q2Files, periodFiles(crash.store(), "2026-Q2"), at + ": 2026-Q2's files");
  }

  /**
   * The store lists both periods; 2026-Q3's manifest and every table's content are {@code
   * expected}.
   */
  private static void assertPeriodContent(
      ResultsStore store, Map<String, Map<String, Object>> expected, String at) throws IOException {
    assertEquals(List.of(Q2, Q3), store.periods(), at);
    assertEquals(
        expected,
        tables(Runs.parse(store.manifest(Q3).orElseThrow())),
        at + ": 2026-Q3 manifest tables");
    for (String table : ResultTables.ALL) {
      assertEquals(
          expected.get(table).get("sha256"),
          StoreProbe.contentHash(store.read(table, Q3)),
          at + ": content of " + table);
    }
    assertEquals(q2Manifest, store.manifest(Q2).orElseThrow(), at + ": 2026-Q2 manifest");
  }

  private static void assertNoLeftovers(Path store) throws IOException {
    for (String folder : List.of("_staging", "_trash")) {
      Path p = store.resolve(folder);
      if (Files.exists(p)) {
        try (Stream<Path> left = Files.list(p)) {
          assertEquals(List.of(), left.toList(), folder + " is empty");
        }
      }
    }
  }

  /**
   * Every file of a period's folders (tables and manifest), by path, with the SHA-256 of its bytes.
   */
  private static Map<String, String> periodFiles(Path store, String period) throws IOException {
    Map<String, String> out = new TreeMap<>();
    for (String folder : PERIOD_FOLDERS) {
      out.putAll(filesUnder(store, store.resolve(folder).resolve("period=" + period)));
    }
    assertEquals(false, out.isEmpty(), "period " + period + " has files");
    return out;
  }

  private static Map<String, String> storeFiles(Path store) throws IOException {
    return filesUnder(store, store);
  }

  private static Map<String, String> filesUnder(Path store, Path dir) throws IOException {
    Map<String, String> out = new TreeMap<>();
    if (!Files.exists(dir)) {
      return out;
    }
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : all.filter(Files::isRegularFile).toList()) {
        out.put(store.relativize(p).toString(), sha256(Files.readAllBytes(p)));
      }
    }
    return out;
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
