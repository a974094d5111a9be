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
 * A real {@code evaluate} in a child JVM, SIGKILLed at distinct points of replacing a period that
 * is already in the store. After each kill the store is opened as report and publish open it
 * (read-only, no recovery) and as the next evaluate opens it (read-write, with recovery); both must
 * show one whole period: the previous content if the kill came before the commit marker, the new
 * one after it, never a mix, a missing table or leftovers, and the other period byte for byte
 * untouched.
 *
 * <p>The kill points are exact: the child's local file system is {@link FreezingFileSystem}
 * (plugged in by a Spark setting; the product is unchanged), which blocks the child just before one
 * chosen file operation of the write; the test then SIGKILLs it. The previous 2026-Q3 comes from
 * other inputs than the killed run's, so every table tells old from new. The four killed runs go at
 * the same time (each in its own copy of the base store), alongside the uninterrupted run in this
 * JVM.
 */
class CrashSafetyTest {
  private static final List<String> PERIOD_FOLDERS = new ArrayList<>(ResultTables.ALL);

  static {
    PERIOD_FOLDERS.add(ResultsStore.MANIFEST);
  }

  private static Map<String, Object> oldQ3;
  private static Map<String, Object> newQ3;
  private static String q2Manifest;
  private static Map<String, String> q2Files;

  /**
   * The four killed child runs, started together as soon as the base store exists: each is a JVM
   * start, a Spark start and an evaluate on tiny data, which leaves much of a core idle; run one
   * after the other they cost the test most of its time. Each test awaits its own.
   */
  private static ExecutorService children;

  private static final Map<String, Future<Crash>> CRASHES = new LinkedHashMap<>();

  @BeforeAll
  static void baseStoreAndAnUninterruptedRun() throws Exception {
    Path base = Runs.baseStore();
    children =
        Executors.newFixedThreadPool(
            4,
            r -> {
              Thread t = new Thread(r, "crash-safety-child");
              t.setDaemon(true);
              return t;
            });
    startKill(
        "while-staging", Runs.LOCAL1, "/_staging/[^/]+/item_status/period=2026-Q3/_temporary/.*");
    // catalogue_names is the first table a swap moves (in name order)
    startKill("after-commit", Runs.LOCAL1, "/catalogue_names/period=2026-Q3");
    startKill("swap-gap", Runs.LOCAL2, "/_staging/[^/]+/indicators/period=2026-Q3");
    startKill("before-manifest", Runs.LOCAL1_SP7, "/manifest/period=2026-Q3");
    oldQ3 = Runs.manifest(base, Q3);
    q2Manifest = Files.readString(base.resolve("manifest/period=2026-Q2/manifest.json"));
    q2Files = periodFiles(base, "2026-Q2");
    // the uninterrupted run goes in this JVM while the children run
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

  /** No child outlives the class: an unfinished kill (a test failed early) is interrupted. */
  @AfterAll
  static void stopChildren() throws InterruptedException {
    if (children == null) {
      return; // the base store failed: nothing was started
    }
    children.shutdownNow(); // interrupts a wait for a kill point; its child is then killed
    assertTrue(
        children.awaitTermination(Runs.CHILD_DEADLINE.toSeconds(), TimeUnit.SECONDS),
        "the child runs ended");
  }

  private static void startKill(String name, Runs.Config config, String pathRegex) {
    CRASHES.put(name, children.submit(() -> killAt(name, config, pathRegex)));
  }

  /** The child run killed at {@code name}'s point, once it has been killed. */
  private static Crash crash(String name) throws Exception {
    try {
      return CRASHES.get(name).get();
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
    committedAsTheUninterruptedRun(crash, Runs.LOCAL1);

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
    committedAsTheUninterruptedRun(crash, Runs.LOCAL2);

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
    committedAsTheUninterruptedRun(crash, Runs.LOCAL1_SP7);

    assertReadersSee(crash, newQ3);
  }

  /**
   * The killed run had written its manifest before the commit marker: its tables must be those of
   * the uninterrupted run (else the difference is nondeterminism, see DeterminismTest). It is kept
   * for DeterminismTest, which compares runs with different Spark settings.
   */
  private static void committedAsTheUninterruptedRun(Crash crash, Runs.Config config)
      throws IOException {
    Path manifest = crash.stagedRun().resolve("manifest/period=2026-Q3/manifest.json");
    Map<String, Object> staged = Runs.parse(Files.readString(manifest));
    Runs.record(config, staged);
    assertEquals(
        tables(newQ3),
        tables(staged),
        "the killed run ("
            + config
            + ") committed other tables than "
            + "the uninterrupted in-process run");
  }

  /** A child evaluate killed at a point of the write, with the store as the kill left it. */
  record Crash(String name, Path store, String frozenAt, String output) {
    /** The killed run's staging folder (there is exactly one). */
    Path stagedRun() throws IOException {
      try (Stream<Path> runs = Files.list(store.resolve("_staging"))) {
        List<Path> all = runs.toList();
        assertEquals(1, all.size(), () -> "staged runs " + all);
        return all.get(0);
      }
    }
  }

  /**
   * Evaluates the compared inputs for 2026-Q3 in a child JVM on a copy of the base store, and
   * SIGKILLs it at the first {@code rename} whose source path is the store root followed by {@code
   * pathRegex}.
   */
  private static Crash killAt(String name, Runs.Config config, String pathRegex) throws Exception {
    Path store = Runs.copyOfBaseStore(name).toRealPath();
    Path dir = store.getParent();
    Path signal = dir.resolve("frozen");
    List<String> freeze =
        List.of(
            "spark.hadoop.fs.file.impl=" + FreezingFileSystem.class.getName(),
            "spark.hadoop.fs.file.impl.disable.cache=true",
            "spark.hadoop." + FreezingFileSystem.OP + "=rename",
            "spark.hadoop."
                + FreezingFileSystem.PATH
                + "="
                + Pattern.quote(store.toString())
                + pathRegex,
            "spark.hadoop." + FreezingFileSystem.SIGNAL + "=" + signal);
    try (GovscoreProcess child =
        GovscoreProcess.start(
            dir,
            dir.resolve("output.txt"),
            dir.resolve("spark.log"),
            Runs.childArgs(config, store, freeze))) {
      long deadline = System.nanoTime() + Runs.CHILD_DEADLINE.toNanos();
      while (!Files.exists(signal)) {
        if (!child.isAlive()) {
          fail("evaluate ended before the kill point " + pathRegex + ":\n" + child.output());
        }
        if (System.nanoTime() > deadline) {
          fail(
              "evaluate did not reach the kill point "
                  + pathRegex
                  + " in "
                  + Runs.CHILD_DEADLINE
                  + ":\n"
                  + child.output());
        }
        Thread.sleep(50);
      }
      child.kill();
      assertEquals(137, child.waitFor(Duration.ofSeconds(30)), "the child died of SIGKILL");
      String frozenAt = Files.readString(signal).trim();
      assertTrue(frozenAt.startsWith("rename " + store), frozenAt);
      return new Crash(name, store, frozenAt, child.output());
    }
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
