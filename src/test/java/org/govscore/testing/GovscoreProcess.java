package org.govscore.testing;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * govscore's {@code Main} in a child JVM with the test classpath, as the launcher starts it: its
 * own Spark context (so the master and shuffle settings can differ from the test JVM's), its own
 * Spark log file, and killable. Output (stdout and stderr) goes to a file.
 */
public final class GovscoreProcess implements AutoCloseable {
  private final Process process;
  private final Path output;
  private final Thread hook;

  private GovscoreProcess(Process process, Path output) {
    this.process = process;
    this.output = output;
    this.hook = new Thread(this::kill);
    Runtime.getRuntime().addShutdownHook(hook);
  }

  /**
   * Starts {@code govscore args...}; the Spark log goes to {@code sparkLog}, console output to
   * {@code output}, and the child's working directory is {@code workDir}.
   */
  public static GovscoreProcess start(Path workDir, Path output, Path sparkLog, List<String> args)
      throws IOException {
    return start(workDir, output, sparkLog, args, java.util.Map.of());
  }

  /**
   * As {@link #start(Path, Path, Path, List)}, with {@code env} added to the child's environment.
   */
  public static GovscoreProcess start(
      Path workDir,
      Path output,
      Path sparkLog,
      List<String> args,
      java.util.Map<String, String> env)
      throws IOException {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Xmx1g");
    cmd.add("-XX:+UseSerialGC");
    cmd.add("-XX:TieredStopAtLevel=1");
    // The surefire JVM's --add-opens flags are what Spark needs on Java 17.
    for (String a : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
      if (a.startsWith("--add-opens")) {
        cmd.add(a);
      }
    }
    cmd.add("-Djava.awt.headless=true");
    cmd.add("-Dfile.encoding=UTF-8");
    cmd.add("-Duser.timezone=UTC");
    cmd.add("-Dgovscore.log.file=" + sparkLog.toAbsolutePath());
    // Spark's scratch space of a child the test kills (SIGKILL) is never removed by the child.
    cmd.add("-Djava.io.tmpdir=" + TempDirs.create("child-tmp"));
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add("org.govscore.Main");
    cmd.addAll(args);
    ProcessBuilder pb =
        new ProcessBuilder(cmd)
            .directory(workDir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(output.toFile());
    pb.environment().putAll(env);
    return new GovscoreProcess(pb.start(), output);
  }

  /** Runs to completion and returns the exit code; fails after the deadline. */
  public static int run(
      Path workDir, Path output, Path sparkLog, Duration deadline, List<String> args)
      throws IOException, InterruptedException {
    try (GovscoreProcess p = start(workDir, output, sparkLog, args)) {
      return p.waitFor(deadline);
    }
  }

  public int waitFor(Duration deadline) throws InterruptedException {
    if (!process.waitFor(deadline.toMillis(), TimeUnit.MILLISECONDS)) {
      kill();
      throw new AssertionError(
          "govscore still running after " + deadline + "; output:\n" + output());
    }
    return process.exitValue();
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  public long pid() {
    return process.pid();
  }

  /**
   * Stops every thread of the child (SIGSTOP) and returns once the kernel shows it stopped: its
   * files then stay as a SIGKILL at this moment would leave them, for as long as it is stopped.
   */
  public void suspend() throws IOException, InterruptedException {
    sendSignal("STOP");
    Path stat = Path.of("/proc", String.valueOf(process.pid()), "stat");
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (Files.exists(stat)) {
      String s = Files.readString(stat);
      // the state is the first field after the command name in parentheses
      if (s.substring(s.lastIndexOf(')') + 2).startsWith("T")) {
        return;
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError("the child did not stop: " + s);
      }
      Thread.sleep(5);
    }
    // No process entry left: the child ended before it could be stopped, and its files are not
    // those of a stopped process.
    throw new AssertionError("the child " + process.pid() + " ended before it could be stopped");
  }

  /** Lets a {@link #suspend suspended} child go on (SIGCONT). */
  public void resume() throws IOException, InterruptedException {
    sendSignal("CONT");
  }

  private void sendSignal(String name) throws IOException, InterruptedException {
    Process kill =
        new ProcessBuilder("kill", "-" + name, String.valueOf(process.pid()))
            .redirectErrorStream(true)
            .start();
    String said = new String(kill.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (kill.waitFor() != 0) {
      throw new AssertionError("kill -" + name + " " + process.pid() + " failed: " + said);
    }
  }

  /** SIGKILL, as an OOM killer or a pulled plug would: no shutdown hooks run in the child. */
  public void kill() {
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
    try {
      process.waitFor(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  public String output() {
    try {
      return Files.readString(output, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "(no output: " + e.getMessage() + ")";
    }
  }

  @Override
  public void close() {
    kill();
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException shuttingDown) {
      // the hook is running or has run
    }
  }
}
