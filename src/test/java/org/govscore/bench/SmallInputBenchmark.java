package org.govscore.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The small-input figures of issue 14 (`jobs/bench --small`): the commands a user runs on small
 * data, each as the user runs it (the launcher, a new JVM per run, JVM start included), several
 * times, printing per run wall time and peak RSS, then median, min and max per step against its
 * target. With a second project folder ({@code --before DIR}, e.g. a checkout of an older commit)
 * both engines run alternately in the same invocation on the same inputs, and the ratio of the
 * medians is printed: before and after measured under the same conditions.
 *
 * <p>Steps: evaluate of the demo's data (40,000 exchanges, 4,000 cases), evaluate of the WABO XES
 * log imported, report (both languages, with PDF), publish, and demo end to end.
 */
public final class SmallInputBenchmark {
  /** A step: its name, its target in seconds, and the command after the launcher. */
  record Step(String name, double targetSeconds, List<String> args) {}

  /**
   * What to run: per engine the command that starts govscore (the launcher of a project folder),
   * the project folder whose WABO sample is imported, and the steps left out (by name).
   */
  record Settings(
      Path work,
      int runs,
      Map<String, List<String>> engines,
      Path project,
      List<String> demoSize,
      Set<String> skipped) {}

  static final String EVALUATE_WABO = "evaluate wabo";
  static final String REPORT = "report (zh-CN, en, PDF)";
  static final String PUBLISH = "publish";
  static final String DEMO = "demo end to end";

  private final Settings s;
  private final PrintWriter out;

  SmallInputBenchmark(Settings settings, PrintWriter out) {
    this.s = settings;
    this.out = out;
  }

  public static void main(String[] args) throws Exception {
    Benchmark.main(args, SmallInputBenchmark::run);
  }

  private static void run(String[] args) throws Exception {
    Map<String, String> o = Benchmark.options(args);
    Path project = Path.of(o.getOrDefault("project", ".")).toAbsolutePath().normalize();
    Map<String, List<String>> engines = new LinkedHashMap<>();
    if (o.containsKey("before")) {
      engines.put(
          "before",
          List.of(
              Path.of(o.get("before"))
                  .toAbsolutePath()
                  .normalize()
                  .resolve("jobs/govscore")
                  .toString()));
    }
    engines.put("after", List.of(project.resolve("jobs/govscore").toString()));
    Settings settings =
        new Settings(
            Path.of(o.getOrDefault("work", project.resolve("target/bench-small").toString())),
            Integer.parseInt(o.getOrDefault("runs", "3")),
            engines,
            project,
            List.of(),
            Set.of());
    PrintWriter pw = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    System.exit(new SmallInputBenchmark(settings, pw).run());
  }

  int run() throws Exception {
    Files.createDirectories(s.work());
    out.printf(
        Locale.ROOT,
        "govscore small-input benchmark %s: %d cores, load average %.2f, %d run(s) per step and engine%n",
        Instant.now(),
        Runtime.getRuntime().availableProcessors(),
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
        s.runs());
    boolean ok = prepare(s.engines().get("after"));
    Path demoData = s.work().resolve("prep/out/demo-data");
    Path wabo = s.work().resolve("prep/wabo");
    Path results = s.work().resolve("prep/out/results");
    List<Step> steps =
        new ArrayList<>(
            List.of(
                new Step(
                    "evaluate demo data",
                    10,
                    List.of(
                        "evaluate",
                        "--inputs",
                        demoData.toString(),
                        "--results",
                        "RESULTS",
                        "--period",
                        "2026-Q3",
                        "--quiet")),
                new Step(
                    EVALUATE_WABO,
                    8,
                    List.of(
                        "evaluate",
                        "--inputs",
                        wabo.toString(),
                        "--results",
                        "RESULTS",
                        "--period",
                        "2011",
                        "--quiet")),
                new Step(
                    REPORT,
                    20,
                    List.of(
                        "report",
                        "--results",
                        results.toString(),
                        "--period",
                        "2026-Q3",
                        "--out",
                        "OUT",
                        "--quiet")),
                new Step(
                    PUBLISH,
                    5,
                    List.of("publish", "--results", results.toString(), "--out", "OUT", "--quiet")),
                new Step(
                    DEMO, 60, concat(List.of("demo", "--out", "OUT", "--quiet"), s.demoSize()))));
    steps.removeIf(step -> s.skipped().contains(step.name()));
    Map<String, Map<String, List<MeasuredProcess>>> measured = new LinkedHashMap<>();
    for (Step step : steps) {
      for (int run = 1; run <= s.runs(); run++) {
        for (Map.Entry<String, List<String>> engine : s.engines().entrySet()) {
          Path scratch = s.work().resolve("run/" + engine.getKey());
          Benchmark.deleteTree(scratch);
          Files.createDirectories(scratch);
          List<String> cmd = new ArrayList<>(engine.getValue());
          for (String a : step.args()) {
            cmd.add(
                a.equals("RESULTS")
                    ? scratch.resolve("results").toString()
                    : a.equals("OUT") ? scratch.resolve("out").toString() : a);
          }
          Path log =
              s.work()
                  .resolve(
                      engine.getKey()
                          + "-"
                          + step.name().replaceAll("[^a-z0-9]+", "-")
                          + "-"
                          + run
                          + ".log");
          MeasuredProcess m = MeasuredProcess.runIn(cmd, log, scratch);
          ok &= m.exitCode() == 0;
          out.printf(
              Locale.ROOT,
              "  %-24s run %d %-6s %7.1f s  peak RSS %,6d MiB%s%n",
              step.name(),
              run,
              engine.getKey(),
              m.seconds(),
              m.peakRssBytes() >> 20,
              m.exitCode() == 0 ? "" : "  EXIT " + m.exitCode() + " (see " + log + ")");
          measured
              .computeIfAbsent(step.name(), k -> new LinkedHashMap<>())
              .computeIfAbsent(engine.getKey(), k -> new ArrayList<>())
              .add(m);
        }
      }
    }
    out.println();
    out.println(
        "step                     engine  runs  median_s  min_s   max_s  peak_rss_MiB  target");
    for (Step step : steps) {
      Map<String, List<MeasuredProcess>> byEngine = measured.get(step.name());
      Map<String, Double> medians = new LinkedHashMap<>();
      byEngine.forEach(
          (engine, runs) -> {
            double[] secs = runs.stream().mapToDouble(MeasuredProcess::seconds).sorted().toArray();
            double median = Benchmark.median(secs);
            medians.put(engine, median);
            long peak = runs.stream().mapToLong(MeasuredProcess::peakRssBytes).max().orElse(0);
            out.printf(
                Locale.ROOT,
                "%-24s %-6s %5d %9.1f %6.1f %7.1f %,13d  <= %.0f s %s%n",
                step.name(),
                engine,
                secs.length,
                median,
                secs[0],
                secs[secs.length - 1],
                peak >> 20,
                step.targetSeconds(),
                engine.equals("after") ? (median <= step.targetSeconds() ? "met" : "NOT met") : "");
          });
      if (medians.containsKey("before")) {
        out.printf(
            Locale.ROOT,
            "%-24s after/before (median wall): %.2fx%n",
            step.name(),
            medians.get("after") / medians.get("before"));
      }
    }
    out.println(
        ok
            ? "small-input benchmark: all runs succeeded"
            : "small-input benchmark: FAILED (see the logs in " + s.work() + ")");
    return ok ? 0 : 1;
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }

  /**
   * The inputs every engine reads: the demo's data and results, and the WABO log imported (once).
   */
  private boolean prepare(List<String> govscore) throws IOException, InterruptedException {
    Path prep = s.work().resolve("prep");
    boolean needsWabo = !s.skipped().contains(EVALUATE_WABO);
    if (Files.isDirectory(prep.resolve("out/results"))
        && (!needsWabo || Files.isDirectory(prep.resolve("wabo")))) {
      return true;
    }
    Benchmark.deleteTree(prep);
    Files.createDirectories(prep);
    MeasuredProcess demo =
        MeasuredProcess.runIn(
            concat(
                govscore,
                concat(
                    List.of("demo", "--out", prep.resolve("out").toString(), "--quiet"),
                    s.demoSize())),
            s.work().resolve("prep-demo.log"),
            prep);
    out.printf(
        Locale.ROOT,
        "  inputs: demo data and results in %s (exit %d)%n",
        prep.resolve("out"),
        demo.exitCode());
    if (!needsWabo) {
      return demo.exitCode() == 0;
    }
    MeasuredProcess wabo =
        MeasuredProcess.runIn(
            concat(
                govscore,
                List.of(
                    "import-xes",
                    s.project().resolve("data-samples/wabo/wabo-receipt.xes.gz").toString(),
                    "--out",
                    prep.resolve("wabo").toString(),
                    "--mapping",
                    s.project().resolve("jobs/wabo-mapping.ini").toString())),
            s.work().resolve("prep-wabo.log"),
            prep);
    out.printf(
        Locale.ROOT,
        "  inputs: WABO imported into %s (exit %d)%n",
        prep.resolve("wabo"),
        wabo.exitCode());
    return demo.exitCode() == 0 && wabo.exitCode() == 0;
  }
}
