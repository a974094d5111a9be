package org.govscore.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One benchmark run of a command in its own process: wall time from start to exit, and peak
 * resident memory of the process tree, sampled from /proc every 20 ms (the kernel's own high-water
 * mark, VmHWM, of each process, so short peaks between samples still count).
 */
record MeasuredProcess(int exitCode, double seconds, long peakRssBytes) {

  static MeasuredProcess run(List<String> command, Path log) throws IOException, InterruptedException {
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    long start = System.nanoTime();
    Process p = pb.start();
    long peak = 0;
    while (!p.waitFor(20, TimeUnit.MILLISECONDS)) {
      long tree = highWaterMark(p.toHandle());
      for (ProcessHandle d : p.descendants().toList()) {
        tree += highWaterMark(d);
      }
      peak = Math.max(peak, tree);
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
