package org.govscore.cluster;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A standalone Master and two Workers on 127.0.0.1, started and stopped by jobs/cluster/start and
 * jobs/cluster/stop (so the test exercises them), each daemon its own JVM. Stopping is guaranteed
 * three ways: {@link #close()}, a JVM shutdown hook, and a last sweep that kills any process whose
 * command line names this cluster's Spark home (daemons, executors, a stuck driver).
 */
final class LocalCluster implements AutoCloseable {
  private static final Duration START_DEADLINE = Duration.ofMinutes(4);

  final Path sparkHome;
  final Path stateDir;
  final String masterUrl;
  final String webUiUrl;
  private final Path root;
  private final Thread hook;

  private LocalCluster(
      Path root, Path sparkHome, Path stateDir, String masterUrl, String webUiUrl, Thread hook) {
    this.root = root;
    this.sparkHome = sparkHome;
    this.stateDir = stateDir;
    this.masterUrl = masterUrl;
    this.webUiUrl = webUiUrl;
    this.hook = hook;
  }

  /** Assembles a Spark home from the given jars under {@code dir}, then starts the cluster. */
  static LocalCluster start(Path root, Path dir, List<Path> sparkJars)
      throws IOException, InterruptedException {
    Path sparkHome = dir.resolve("spark-home");
    Path stateDir = dir.resolve("cluster");
    Map<String, String> env =
        Map.of(
            "GOVSCORE_SPARK_CLASSPATH",
            BuildClasspath.joined(sparkJars),
            "SPARK_HOME",
            sparkHome.toString(),
            "GOVSCORE_CLUSTER_DIR",
            stateDir.toString(),
            "GOVSCORE_WORKERS",
            "2",
            "GOVSCORE_WORKER_CORES",
            "1",
            "GOVSCORE_WORKER_MEMORY",
            "1g");
    ChildProcess.run(
        List.of(root.resolve("jobs/cluster/spark-home").toString(), sparkHome.toString()),
        env,
        dir.resolve("spark-home.log"),
        Duration.ofMinutes(1));
    Thread hook = new Thread(() -> stop(root, sparkHome, stateDir));
    Runtime.getRuntime().addShutdownHook(hook);
    try {
      ChildProcess.run(
          List.of(root.resolve("jobs/cluster/start").toString()),
          env,
          dir.resolve("start.log"),
          START_DEADLINE);
      return new LocalCluster(
          root,
          sparkHome,
          stateDir,
          read(stateDir.resolve("master-url")),
          read(stateDir.resolve("webui-url")),
          hook);
    } catch (IOException | InterruptedException | RuntimeException | Error e) {
      stop(root, sparkHome, stateDir);
      Runtime.getRuntime().removeShutdownHook(hook);
      throw e;
    }
  }

  /** Processes (other than this JVM) whose command line names this cluster's Spark home. */
  static List<ProcessHandle> processesOf(Path sparkHome) {
    String marker = sparkHome.toString();
    long self = ProcessHandle.current().pid();
    return ProcessHandle.allProcesses()
        .filter(p -> p.pid() != self)
        .filter(p -> p.info().commandLine().map(c -> c.contains(marker)).orElse(false))
        .toList();
  }

  @Override
  public void close() {
    stop(root, sparkHome, stateDir);
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException shuttingDown) {
      // the hook is running or has run: nothing left to do
    }
  }

  private static void stop(Path root, Path sparkHome, Path stateDir) {
    List<ProcessHandle> daemons = pidFiles(stateDir);
    try {
      ChildProcess.run(
          List.of(root.resolve("jobs/cluster/stop").toString()),
          Map.of("GOVSCORE_CLUSTER_DIR", stateDir.toString(), "GOVSCORE_STOP_GRACE", "10"),
          stateDir.getParent().resolve("stop.log"),
          Duration.ofMinutes(1));
    } catch (IOException | InterruptedException | AssertionError e) {
      System.err.println(
          "jobs/cluster/stop failed, killing the cluster's processes: " + e.getMessage());
    }
    // Whatever the script missed: the daemons it knew of and anything else from this Spark home.
    daemons.forEach(ChildProcess::killTree);
    processesOf(sparkHome).forEach(ChildProcess::killTree);
  }

  private static List<ProcessHandle> pidFiles(Path stateDir) {
    if (!Files.isDirectory(stateDir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(stateDir)) {
      return files
          .filter(f -> f.getFileName().toString().endsWith(".pid"))
          .flatMap(
              f -> {
                try {
                  return ProcessHandle.of(Long.parseLong(Files.readString(f).strip())).stream();
                } catch (IOException | NumberFormatException e) {
                  return Stream.empty();
                }
              })
          .toList();
    } catch (IOException e) {
      return List.of();
    }
  }

  private static String read(Path file) throws IOException {
    return Files.readString(file).strip();
  }
}
