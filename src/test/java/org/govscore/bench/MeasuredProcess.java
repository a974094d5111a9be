package org.govscore.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One benchmark run of a command in its own process: wall time from start to exit, and peak
 * resident memory: the kernel's high-water mark (VmHWM) of the process, read from /proc every 20 ms
 * (it only grows, so the last reading before exit is the peak but for the last 20 ms). The launcher
 * execs its JVM, so the process is the JVM. Children are not added: a child caught between fork and
 * exec reports its parent's memory, which would count the JVM twice.
 */
record MeasuredProcess(int exitCode, double seconds, long peakRssBytes) {

  static MeasuredProcess run(List<String> command, Path log)
      throws IOException, InterruptedException {
    return runIn(command, log, null);
  }

  /** As {@link #run}, in the working folder {@code dir} (null: this process's). */
  static MeasuredProcess runIn(List<String> command, Path log, Path dir)
      throws IOException, InterruptedException {
    ProcessBuilder pb =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    if (dir != null) {
      pb.directory(dir.toFile());
    }
    long start = System.nanoTime();
    Process p = pb.start();
    long peak = 0;
    while (!p.waitFor(20, TimeUnit.MILLISECONDS)) {
      peak = Math.max(peak, highWaterMark(p.toHandle()));
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    return new MeasuredProcess(p.exitValue(), seconds, peak);
  }

  /** VmHWM of a live process in bytes; 0 when it has gone or /proc is not there. */
  static long highWaterMark(ProcessHandle h) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(h.pid()), "status"))) {
        if (line.startsWith("VmHWM:")) {
          String[] parts = line.trim().split("\\s+");
          return Long.parseLong(parts[1]) * 1024;
        }
      }
    } catch (IOException | RuntimeException gone) {
      // exited between listing and reading
    }
    return 0;
  }
}
