package org.govscore.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * `jobs/bench --small` at a tiny scale (without the timed demo step), so it cannot rot: every step
 * runs to completion and the summary names every step with its target. No time is asserted.
 *
 * <p>Every step is a child JVM (nothing uses the test JVM's Spark session), so this class runs
 * alongside the other tests (see the JUnit settings in pom.xml).
 */
@Execution(ExecutionMode.CONCURRENT)
class SmallInputBenchmarkSmokeTest {
  @Test
  void runsEveryStepAndPrintsTheSummary(@TempDir Path tmp) throws Exception {
    List<String> govscore =
        new ArrayList<>(
            List.of(Benchmark.javaBin(), "-Xmx1g", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"));
    ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
        .filter(a -> a.startsWith("--add-opens"))
        .forEach(govscore::add);
    govscore.addAll(
        List.of(
            "-Djava.awt.headless=true",
            "-Dgovscore.log.file=" + tmp.resolve("spark.log"),
            "-cp",
            System.getProperty("java.class.path"),
            "org.govscore.Main"));
    SmallInputBenchmark.Settings settings =
        new SmallInputBenchmark.Settings(
            tmp.resolve("work"),
            1,
            Map.of("after", govscore),
            Path.of("").toAbsolutePath(),
            List.of("--departments", "6", "--cases", "200", "--exchanges", "1500"),
            false);
    StringWriter text = new StringWriter();
    int code = new SmallInputBenchmark(settings, new PrintWriter(text, true)).run();
    String printed = text.toString();
    assertEquals(0, code, printed);
    // The demo itself ran to prepare the inputs; the smoke test does not time it again.
    for (String step :
        List.of("evaluate demo data", "evaluate wabo", "report (zh-CN, en, PDF)", "publish")) {
      assertTrue(
          printed.matches("(?s).*\\n" + java.util.regex.Pattern.quote(step) + " +after +1 .*"),
          step + ":\n" + printed);
    }
    assertTrue(printed.contains("small-input benchmark: all runs succeeded"), printed);
  }
}
