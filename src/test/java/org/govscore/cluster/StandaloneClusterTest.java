package org.govscore.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.govscore.cli.Console;
import org.govscore.config.Period;
import org.govscore.generate.Generator;
import org.govscore.generate.GeneratorSettings;
import org.govscore.store.ResultTables;
import org.govscore.store.ResultsStore;
import org.govscore.testing.TestSpark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The same jar on a real Spark standalone cluster (a Master and two Workers, each its own JVM,
 * executors in JVMs the Workers launch) gives the same results store as local mode. The cluster and
 * both evaluate runs are child processes: this JVM keeps its one shared SparkSession, which only
 * generates the inputs and compares the two stores.
 */
class StandaloneClusterTest {
  private static final String PERIOD = "2026-Q3";
  private static final Duration RUN_DEADLINE = Duration.ofMinutes(8);
  private static final Path ROOT =
      Path.of(System.getProperty("basedir", System.getProperty("user.dir")));
  private static final ObjectMapper JSON = new ObjectMapper();
  private final long started = System.nanoTime();

  /**
   * The JIT of the launcher for small inputs (jobs/govscore), for both runs' JVMs: the evaluate on
   * the cluster took 102 s with the full JIT, 68 s with this (measured alone, same machine).
   */
  private static final String SMALL_INPUT_JVM = "-XX:TieredStopAtLevel=1";

  @Test
  @Timeout(value = 25, unit = TimeUnit.MINUTES)
  void evaluateOnAStandaloneClusterWritesWhatLocalModeWrites() throws Exception {
    // Under target/ rather than a temp folder: the logs stay for a look after a failure.
    Path dir = ROOT.resolve("target/cluster-test");
    LocalCluster.processesOf(dir.resolve("spark-home"))
        .forEach(ChildProcess::killTree); // a killed earlier run's
    deleteTree(dir);
    Path inputs = dir.resolve("inputs");
    Files.createDirectories(dir.resolve("events"));
    BuildClasspath build = new BuildClasspath(ROOT);
    Path appJar = build.appJar(Files.createDirectories(dir.resolve("app")));

    // The inputs are generated while the cluster starts, and the local run goes alongside the
    // cluster run: on two cores that saves more wall time than it costs.
    CompletableFuture<Void> generated =
        CompletableFuture.runAsync(
            () ->
                Generator.generate(
                    TestSpark.spark(),
                    GeneratorSettings.defaults()
                        .withDepartments(12)
                        .withCases(300)
                        .withExchanges(3000),
                    inputs.toString(),
                    new Console(quiet(), quiet(), true)));
    double clusterSeconds;
    double localSeconds;
    try (LocalCluster cluster = LocalCluster.start(ROOT, dir, build.sparkJars)) {
      step("cluster started: " + cluster.masterUrl + ", " + cluster.webUiUrl);
      generated.join();
      step("inputs generated");
      try (ChildProcess local =
          ChildProcess.start(
              localEvaluate(
                  build, inputs, dir.resolve("results-local"), dir.resolve("local-spark.log")),
              Map.of(),
              dir.resolve("local.log"))) {
        clusterSeconds =
            ChildProcess.start(
                    List.of(
                        ROOT.resolve("jobs/submit").toString(),
                        "--master",
                        cluster.masterUrl,
                        "--executor-memory",
                        "512m",
                        "--total-executor-cores",
                        "2",
                        "--conf",
                        "spark.eventLog.enabled=true",
                        "--conf",
                        "spark.eventLog.compress=false",
                        "--conf",
                        "spark.eventLog.dir=" + dir.resolve("events").toUri(),
                        // Spark's cluster default of 200 shuffle partitions costs minutes on two
                        // cores; 4 still
                        // partitions differently from local mode, which the results must not depend
                        // on.
                        "--conf",
                        "spark.sql.shuffle.partitions=4",
                        // As the launcher runs small inputs: C1 alone, whose quick compilations
                        // pay back on tiny data where C2's never do.
                        "--conf",
                        "spark.driver.extraJavaOptions=" + SMALL_INPUT_JVM,
                        "--conf",
                        "spark.executor.extraJavaOptions=" + SMALL_INPUT_JVM,
                        "evaluate",
                        "--inputs",
                        inputs.toString(),
                        "--results",
                        dir.resolve("results-cluster").toString(),
                        "--period",
                        PERIOD,
                        "--quiet"),
                    Map.of(
                        "SPARK_HOME",
                        cluster.sparkHome.toString(),
                        "GOVSCORE_APP_JAR",
                        appJar.toString(),
                        "GOVSCORE_HEAP",
                        "1g",
                        "SPARK_LOCAL_IP",
                        "127.0.0.1"),
                    dir.resolve("submit.log"))
                .await(RUN_DEADLINE);
        step("evaluate on the cluster done");
        assertRanOnTheWorkers(cluster, dir.resolve("events"));
        localSeconds = local.await(RUN_DEADLINE);
        step("evaluate in local[*] done");
      }
    } finally {
      generated.exceptionally(e -> null).join(); // no generating job may outlive the test
    }
    step("cluster stopped");
    assertEquals(
        List.of(), LocalCluster.processesOf(dir.resolve("spark-home")), "processes left behind");
    System.out.printf(
        "StandaloneClusterTest: evaluate took %.1f s on the cluster (spark-submit to exit),"
            + " %.1f s in local[*] (at the same time)%n",
        clusterSeconds, localSeconds);

    assertSameResults(dir.resolve("results-local"), dir.resolve("results-cluster"));
    step("results compared");
  }

  /** Tasks ran in executor JVMs, at least one on each Worker, none in the driver. */
  private static void assertRanOnTheWorkers(LocalCluster cluster, Path events) throws Exception {
    JsonNode master =
        JSON.readTree(
            HttpClient.newHttpClient()
                .send(
                    HttpRequest.newBuilder(URI.create(cluster.webUiUrl + "/json/"))
                        .timeout(Duration.ofSeconds(30))
                        .build(),
                    HttpResponse.BodyHandlers.ofString())
                .body());
    assertEquals(2, master.path("aliveworkers").asInt(), master.toPrettyString());
    JsonNode apps = master.path("completedapps");
    assertEquals(1, apps.size(), master.toPrettyString());
    assertEquals("govscore evaluate", apps.get(0).path("name").asText()); // named by jobs/submit
    assertEquals("FINISHED", apps.get(0).path("state").asText());
    assertEquals(2, apps.get(0).path("cores").asInt());
    Set<String> workerUis = new HashSet<>();
    master
        .path("workers")
        .forEach(w -> workerUis.add(URI.create(w.path("webuiaddress").asText()).getAuthority()));

    List<Path> logs;
    try (Stream<Path> files = Files.list(events)) {
      logs =
          files
              .filter(f -> f.getFileName().toString().startsWith(apps.get(0).path("id").asText()))
              .toList();
    }
    assertEquals(1, logs.size(), "one event log for " + apps.get(0).path("id").asText());
    EventLog log = EventLog.read(logs.get(0));
    assertEquals(2, log.executorLogHosts().size(), "executors added: " + log.executorLogHosts());
    assertEquals(
        workerUis, new HashSet<>(log.executorLogHosts().values()), "one executor on each worker");
    assertEquals(
        log.executorLogHosts().keySet(), log.taskExecutors(), "tasks ran on both executors");
    assertEquals(0, log.driverTasks(), "no task ran in the driver");
    assertTrue(log.tasks() > 10, "tasks: " + log.tasks());
  }

  /** The launcher's JVM flags for small inputs (jobs/govscore) with its classpath, in local[*]. */
  private static List<String> localEvaluate(
      BuildClasspath build, Path inputs, Path results, Path sparkLog) {
    List<String> cmd =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g",
                "-XX:+UseParallelGC",
                SMALL_INPUT_JVM,
                "-Xss4m"));
    for (String pkg :
        List.of(
            "java.lang",
            "java.lang.invoke",
            "java.lang.reflect",
            "java.io",
            "java.net",
            "java.nio",
            "java.util",
            "java.util.concurrent",
            "java.util.concurrent.atomic",
            "sun.nio.ch",
            "sun.nio.cs",
            "sun.security.action",
            "sun.util.calendar")) {
      cmd.add("--add-opens=java.base/" + pkg + "=ALL-UNNAMED");
    }
    cmd.addAll(
        List.of(
            "-Djava.awt.headless=true",
            "-Dfile.encoding=UTF-8",
            "-Dgovscore.log.file=" + sparkLog,
            "-cp",
            build.localClasspath(),
            "org.govscore.Main",
            "evaluate",
            "--inputs",
            inputs.toString(),
            "--results",
            results.toString(),
            "--period",
            PERIOD,
            "--quiet"));
    return cmd;
  }

  /** Every table: same row count and content hash in the manifests, and the same rows. */
  private static void assertSameResults(Path local, Path cluster) throws IOException {
    JsonNode localManifest = manifest(local);
    JsonNode clusterManifest = manifest(cluster);
    assertEquals("local[*]", localManifest.path("spark_master").asText());
    assertTrue(
        clusterManifest.path("spark_master").asText().startsWith("spark://127.0.0.1:"),
        clusterManifest.path("spark_master").asText());
    SparkSession spark = TestSpark.spark();
    Period period = Period.parse(PERIOD);
    ResultsStore localStore = ResultsStore.openExisting(spark, local.toString());
    ResultsStore clusterStore = ResultsStore.openExisting(spark, cluster.toString());
    for (String table : ResultTables.ALL) {
      JsonNode l = localManifest.path("tables").path(table);
      JsonNode c = clusterManifest.path("tables").path(table);
      assertEquals(l.path("rows").asLong(), c.path("rows").asLong(), table + " rows");
      assertEquals(l.path("sha256").asText(), c.path("sha256").asText(), table + " sha256");
      assertTrue(l.path("sha256").asText().matches("[0-9a-f]{64}"), table + " has a hash");
      TestSpark.base()
          .assertDataFrameNoOrderEquals(
              localStore.read(table, period), clusterStore.read(table, period));
    }
    assertTrue(
        localManifest.path("tables").path(ResultTables.SCORES).path("rows").asLong() > 0,
        "units scored");
  }

  private static JsonNode manifest(Path results) throws IOException {
    return JSON.readTree(results.resolve("manifest/period=" + PERIOD + "/manifest.json").toFile());
  }

  private void step(String what) {
    System.out.printf(
        "[StandaloneClusterTest %6.1f s] %s%n", (System.nanoTime() - started) / 1e9, what);
  }

  private static PrintWriter quiet() {
    return new PrintWriter(new StringWriter());
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p); // links in spark-home/jars are deleted, not followed
      }
    }
  }
}
