package org.govscore.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * `jobs/bench --small` at a tiny scale and with two of its steps, so it cannot rot: the demo that
 * prepares the inputs succeeds, both steps run to completion, and the summary names them with their
 * targets. No time is asserted.
 *
 * <p>Every step is a child JVM (nothing uses the test JVM's Spark session), so this class runs
 * alongside the other tests (see the JUnit settings in pom.xml).
 */
@Execution(ExecutionMode.CONCURRENT)
class SmallInputBenchmarkSmokeTest {
  @Test
  void runsEveryStepAndPrintsTheSummary(@TempDir Path tmp) throws Exception {
    List<String> govscore =
        BenchmarkSmokeTest.lowPriority(
            Benchmark.javaBin(), "-Xmx1g", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");
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
            // Each step is a cold JVM (20 to 30 s of CPU on tiny data); two steps run the step
            // loop with both placeholders (RESULTS, OUT). The demo that prepares the inputs runs
            // report and publish too; of the two, publish is the step here (11 s of CPU against
            // the report's 20 s, which ReportCommandTest and the demo cover). WABO's import and
            // evaluate have their own tests in-process.
            Set.of(
                SmallInputBenchmark.EVALUATE_WABO,
                SmallInputBenchmark.REPORT,
                SmallInputBenchmark.DEMO));
    StringWriter text = new StringWriter();
    int code = new SmallInputBenchmark(settings, new PrintWriter(text, true)).run();
    String printed = text.toString();
    assertEquals(0, code, printed);
    // The demo itself ran to prepare the inputs; the smoke test does not time it again.
    for (String step : List.of("evaluate demo data", SmallInputBenchmark.PUBLISH)) {
      assertTrue(
          printed.matches("(?s).*\\n" + java.util.regex.Pattern.quote(step) + " +after +1 .*"),
          step + ":\n" + printed);
    }
    for (String step : List.of("evaluate wabo", "report", "demo end to end")) {
      assertFalse(printed.contains("\n" + step + " "), step + " was left out:\n" + printed);
    }
    assertTrue(printed.contains("(exit 0)"), printed);
    assertTrue(printed.contains("small-input benchmark: all runs succeeded"), printed);
  }
}
