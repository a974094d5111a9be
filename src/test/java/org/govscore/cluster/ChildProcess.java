package org.govscore.cluster;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A command run as a child process, its output in a log file, killed with its descendants when
 * closed or, should the test JVM be stopped first, by a shutdown hook.
 */
final class ChildProcess implements AutoCloseable {
  private final List<String> command;
  private final Path log;
  private final Process process;
  private final Thread hook;
  private final long started = System.nanoTime();

  private ChildProcess(List<String> command, Path log, Process process) {
    this.command = command;
    this.log = log;
    this.process = process;
    this.hook = new Thread(() -> killTree(process.toHandle()));
    Runtime.getRuntime().addShutdownHook(hook);
  }

  static ChildProcess start(List<String> command, Map<String, String> env, Path log)
      throws IOException {
    ProcessBuilder pb =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    pb.environment().putAll(env);
    return new ChildProcess(command, log, pb.start());
  }

  /** Runs to completion; fails with the log's tail on a non-zero exit or after the deadline. */
  static void run(List<String> command, Map<String, String> env, Path log, Duration deadline)
      throws IOException, InterruptedException {
    try (ChildProcess p = start(command, env, log)) {
      p.await(deadline);
    }
  }

  /** Waits for a zero exit; returns the wall time since start, in seconds. */
  double await(Duration deadline) throws InterruptedException {
    try {
      if (!process.waitFor(deadline.toSeconds(), TimeUnit.SECONDS)) {
        throw new AssertionError(
            "still running after " + deadline + ": " + command + "\n" + tail(log));
      }
      if (process.exitValue() != 0) {
        throw new AssertionError("exit " + process.exitValue() + ": " + command + "\n" + tail(log));
      }
      return (System.nanoTime() - started) / 1e9;
    } finally {
      close();
    }
  }

  @Override
  public void close() {
    killTree(process.toHandle());
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException shuttingDown) {
      // the hook is running or has run
    }
  }

  /** Ends a process and everything it started (no-op for a process that has exited). */
  static void killTree(ProcessHandle process) {
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
  }

  static String tail(Path log) {
    try {
      List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }
}
