package org.govscore.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The performance benchmark of issue 8: govscore's evaluate (A, a new JVM per run, as a user runs
 * it) against a DuckDB baseline (B, {@link DuckDbBaseline}, a new JVM per run) on the same cached
 * Parquet data, alternating A B A B, at 1x and at a multiple of the data. Prints per run and per
 * engine the median and spread of wall time, rows per second, peak RSS, and the ratio A/B; checks
 * that govscore's result tables are identical across runs and how its department values agree with
 * the baseline's. Run through {@code jobs/bench}; CI runs it at a tiny scale.
 */
public final class Benchmark {
  /**
   * What to run; the two command prefixes are how A and B are started. {@code scratch} is the temp
   * folder of govscore's runs, where the Spark scratch folders a run leaves behind are counted.
   */
  public record Settings(
      Path dataRoot,
      Path work,
      long exchanges,
      long cases,
      long ratings,
      int departments,
      int runs,
      int factor,
      int factorRuns,
      int threads,
      String period,
      List<String> govscore,
      List<String> baseline,
      Path scratch) {}

  record Scale(
      int factor, Path inputs, long rows, List<MeasuredProcess> a, List<MeasuredProcess> b) {}

  private final Settings s;
  private final PrintWriter out;

  Benchmark(Settings settings, PrintWriter out) {
    this.s = settings;
    this.out = out;
  }

  public static void main(String[] args) throws Exception {
    main(args, Benchmark::run);
  }

  /** What a benchmark's main runs with its arguments. */
  interface Command {
    void run(String[] args) throws Exception;
  }

  /** Runs a benchmark's command; a bad option is one line and the usage, never a stack trace. */
  static void main(String[] args, Command command) throws Exception {
    try {
      command.run(args);
    } catch (IllegalArgumentException e) {
      // A bad option is the user's error: one line and the usage, no stack trace.
      System.err.println("bench: " + e.getMessage() + " (see jobs/bench --help)");
      System.exit(2);
    }
  }

  private static void run(String[] args) throws Exception {
    Map<String, String> o = options(args);
    Path project = Path.of(o.getOrDefault("project", ".")).toAbsolutePath().normalize();
    int cores = Runtime.getRuntime().availableProcessors();
    List<String> baseline =
        new ArrayList<>(
            List.of(
                javaBin(),
                "-Xmx2g",
                "-cp",
                System.getProperty("java.class.path"),
                DuckDbBaseline.class.getName()));
    Settings settings =
        new Settings(
            Path.of(o.getOrDefault("data", project.resolve("bench-data").toString())),
            Path.of(o.getOrDefault("work", project.resolve("target/bench").toString())),
            Long.parseLong(o.getOrDefault("exchanges", "10000000")),
            Long.parseLong(o.getOrDefault("cases", "2000000")),
            Long.parseLong(o.getOrDefault("ratings", "10000000")),
            Integer.parseInt(o.getOrDefault("departments", "5000")),
            Integer.parseInt(o.getOrDefault("runs", "3")),
            Integer.parseInt(o.getOrDefault("factor", "4")),
            Integer.parseInt(o.getOrDefault("factor-runs", o.getOrDefault("runs", "3"))),
            Integer.parseInt(o.getOrDefault("threads", String.valueOf(cores))),
            o.getOrDefault("period", "2026-Q3"),
            List.of(project.resolve("jobs/govscore").toString()),
            baseline,
            Path.of(System.getProperty("java.io.tmpdir")));
    PrintWriter pw = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    System.exit(new Benchmark(settings, pw).run());
  }

  /**
   * Runs everything; 0 when every run succeeded and govscore's results were identical across runs.
   */
  int run() throws Exception {
    Files.createDirectories(s.work());
    out.printf(
        Locale.ROOT,
        "govscore benchmark %s: %d cores, load average %.2f, %d run(s) per engine (%d at %dx), threads %d%n",
        Instant.now(),
        Runtime.getRuntime().availableProcessors(),
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
        s.runs(),
        s.factorRuns(),
        s.factor(),
        s.threads());
    List<Scale> scales = new ArrayList<>();
    boolean ok = true;
    for (int factor : s.factor() > 1 ? List.of(1, s.factor()) : List.of(1)) {
      Scale scale = measure(factor);
      scales.add(scale);
      ok &=
          scale.a().stream().allMatch(m -> m.exitCode() == 0)
              && scale.b().stream().allMatch(m -> m.exitCode() == 0);
      ok &= identicalResults(factor);
      agreement(factor);
    }
    summary(scales);
    out.println(
        ok
            ? "benchmark: all runs succeeded"
            : "benchmark: FAILED (see the lines above and the logs in " + s.work() + ")");
    return ok ? 0 : 1;
  }

  private Scale measure(int factor) throws Exception {
    Path inputs = data(factor);
    long rows = inputRows(inputs);
    out.printf(
        Locale.ROOT,
        "%dx data: %s (%,d exchange, case event and rating rows)%n",
        factor,
        inputs,
        rows);
    List<MeasuredProcess> a = new ArrayList<>();
    List<MeasuredProcess> b = new ArrayList<>();
    for (int run = 1; run <= runs(factor); run++) {
      Path results = s.work().resolve("results-" + factor + "x-" + run);
      deleteTree(results);
      List<String> evaluate = new ArrayList<>(s.govscore());
      evaluate.addAll(
          List.of(
              "evaluate",
              "--inputs",
              inputs.toString(),
              "--results",
              results.toString(),
              "--period",
              s.period(),
              "--quiet"));
      long[] tmpBefore = sparkScratch(s.scratch());
      MeasuredProcess ma =
          MeasuredProcess.run(
              evaluate, s.work().resolve("govscore-" + factor + "x-" + run + ".log"));
      report(factor, run, "govscore", ma, rows);
      long[] tmpAfter = sparkScratch(s.scratch());
      // Spill and shuffle files live in Spark's scratch folders; a finished run must leave none.
      out.printf(
          Locale.ROOT,
          "  %dx run %d govscore left in %s: %+d Spark scratch folder(s), %+,d MiB%n",
          factor,
          run,
          s.scratch(),
          tmpAfter[0] - tmpBefore[0],
          (tmpAfter[1] - tmpBefore[1]) >> 20);
      a.add(ma);
      List<String> duck = new ArrayList<>(s.baseline());
      duck.addAll(
          List.of(
              inputs.toString(),
              s.period(),
              String.valueOf(s.threads()),
              s.work().resolve("duckdb-" + factor + "x-" + run + ".csv").toString()));
      MeasuredProcess mb =
          MeasuredProcess.run(duck, s.work().resolve("duckdb-" + factor + "x-" + run + ".log"));
      report(factor, run, "duckdb", mb, rows);
      b.add(mb);
    }
    return new Scale(factor, inputs, rows, a, b);
  }

  /**
   * Spark's scratch folders (spark-*, blockmgr-*) in the temp folder {@code tmp}: how many, and
   * their bytes.
   */
  static long[] sparkScratch(Path tmp) {
    long[] found = new long[2];
    try (var list = Files.list(tmp)) {
      for (Path p : list.toList()) {
        String name = p.getFileName().toString();
        if (Files.isDirectory(p) && (name.startsWith("spark-") || name.startsWith("blockmgr-"))) {
          found[0]++;
          try (var walk = Files.walk(p)) {
            found[1] += walk.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
          } catch (IOException | java.io.UncheckedIOException gone) {
            // removed while walking
          }
        }
      }
    } catch (IOException e) {
      return found;
    }
    return found;
  }

  private int runs(int factor) {
    return factor == 1 ? s.runs() : s.factorRuns();
  }

  private void report(int factor, int run, String engine, MeasuredProcess m, long rows) {
    out.printf(
        Locale.ROOT,
        "  %dx run %d %-8s %8.1f s  %,12.0f rows/s  peak RSS %,6d MiB%s%n",
        factor,
        run,
        engine,
        m.seconds(),
        rows / m.seconds(),
        m.peakRssBytes() >> 20,
        m.exitCode() == 0 ? "" : "  EXIT " + m.exitCode());
  }

  /** The cached data set of this scale, generated on first use. */
  private Path data(int factor) throws Exception {
    long ex = s.exchanges() * factor;
    long cs = s.cases() * factor;
    long rt = s.ratings() * factor;
    Path dir =
        s.dataRoot()
            .resolve("ex" + ex + "-cases" + cs + "-ratings" + rt + "-depts" + s.departments());
    Path done = dir.resolve("_GENERATED");
    if (Files.exists(done)) {
      return dir;
    }
    deleteTree(dir);
    Files.createDirectories(dir.getParent());
    List<String> cmd = new ArrayList<>(s.govscore());
    cmd.addAll(
        List.of(
            "generate",
            "--out",
            dir.toString(),
            "--exchanges",
            String.valueOf(ex),
            "--cases",
            String.valueOf(cs),
            "--ratings",
            String.valueOf(rt),
            "--departments",
            String.valueOf(s.departments()),
            "--quiet"));
    out.printf(Locale.ROOT, "generating %dx data into %s (once; cached) ...%n", factor, dir);
    MeasuredProcess g = MeasuredProcess.run(cmd, s.work().resolve("generate-" + factor + "x.log"));
    if (g.exitCode() != 0) {
      throw new IllegalStateException(
          "generate failed (exit "
              + g.exitCode()
              + "); see "
              + s.work().resolve("generate-" + factor + "x.log"));
    }
    out.printf(
        Locale.ROOT,
        "  generated in %.1f s, peak RSS %,d MiB%n",
        g.seconds(),
        g.peakRssBytes() >> 20);
    Files.writeString(done, String.join(" ", cmd) + "\n");
    return dir;
  }

  private static long inputRows(Path inputs) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement st = c.createStatement();
        ResultSet r =
            st.executeQuery(
                "SELECT (SELECT count(*) FROM read_parquet('"
                    + inputs.resolve("exchanges")
                    + "/*.parquet'))"
                    + " + (SELECT count(*) FROM read_parquet('"
                    + inputs.resolve("case_events")
                    + "/*.parquet'))"
                    + " + (SELECT count(*) FROM read_parquet('"
                    + inputs.resolve("ratings")
                    + "/*.parquet'))")) {
      r.next();
      return r.getLong(1);
    }
  }

  /** govscore's result tables must have the same content hashes in every run (manifest). */
  private boolean identicalResults(int factor) throws IOException {
    Map<String, String> first = null;
    for (int run = 1; run <= runs(factor); run++) {
      Path manifest =
          s.work()
              .resolve("results-" + factor + "x-" + run)
              .resolve("manifest")
              .resolve("period=" + s.period())
              .resolve("manifest.json");
      if (!Files.exists(manifest)) {
        out.println("  results: no manifest for run " + run);
        return false;
      }
      JsonNode tables = new ObjectMapper().readTree(manifest.toFile()).path("tables");
      Map<String, String> hashes = new TreeMap<>();
      tables.fields().forEachRemaining(e -> hashes.put(e.getKey(), e.getValue().toString()));
      if (first == null) {
        first = hashes;
      } else if (!first.equals(hashes)) {
        out.println("  results: run " + run + " differs from run 1: " + hashes + " vs " + first);
        return false;
      }
    }
    out.printf(
        Locale.ROOT,
        "  %dx results identical across %d govscore run(s) (manifest table hashes, %d tables)%n",
        factor,
        runs(factor),
        first == null ? 0 : first.size());
    return true;
  }

  private void agreement(int factor) throws Exception {
    Path results = s.work().resolve("results-" + factor + "x-1");
    Path csv = s.work().resolve("duckdb-" + factor + "x-1.csv");
    if (!Files.exists(csv) || !Files.exists(results.resolve("indicators"))) {
      return;
    }
    out.printf(
        Locale.ROOT,
        "  %dx agreement of department values with the baseline (departments both have / equal / max |ratio diff|):%n",
        factor);
    for (BaselineAgreement.Line l : BaselineAgreement.compare(results, s.period(), csv)) {
      out.printf(
          Locale.ROOT,
          "    %-21s %6d %6d  %.3g%n",
          l.measure(),
          l.both(),
          l.equal(),
          l.maxRatioDiff());
    }
  }

  private void summary(List<Scale> scales) {
    out.println();
    out.println("scale engine     runs  median_s  min_s   max_s   rows_per_s   peak_rss_MiB");
    double[] aMedian = new double[scales.size()];
    double[] bMedian = new double[scales.size()];
    for (int i = 0; i < scales.size(); i++) {
      Scale sc = scales.get(i);
      aMedian[i] = line(sc, "govscore", sc.a());
      bMedian[i] = line(sc, "duckdb", sc.b());
      out.printf(
          Locale.ROOT,
          "%-5s ratio A/B (median wall): %.2fx   [target <= 2.0x]%n",
          sc.factor() + "x",
          aMedian[i] / bMedian[i]);
    }
    if (scales.size() > 1) {
      int f = scales.get(1).factor();
      out.printf(
          Locale.ROOT,
          "growth %dx/1x (median wall): govscore %.2fx [target <= %.1fx], duckdb %.2fx%n",
          f,
          aMedian[1] / aMedian[0],
          f * 1.1,
          bMedian[1] / bMedian[0]);
    }
  }

  private double line(Scale sc, String engine, List<MeasuredProcess> runs) {
    double[] secs = runs.stream().mapToDouble(MeasuredProcess::seconds).sorted().toArray();
    double median = median(secs);
    long peak = runs.stream().mapToLong(MeasuredProcess::peakRssBytes).max().orElse(0);
    out.printf(
        Locale.ROOT,
        "%-5s %-9s %5d %9.1f %6.1f %7.1f %,12.0f %,10d%n",
        sc.factor() + "x",
        engine,
        secs.length,
        median,
        secs[0],
        secs[secs.length - 1],
        sc.rows() / median,
        peak >> 20);
    return median;
  }

  /** {@code --name value} pairs, by name. */
  static Map<String, String> options(String[] args) {
    Map<String, String> o = new TreeMap<>();
    for (int i = 0; i < args.length; i++) {
      if (!args[i].startsWith("--") || i + 1 >= args.length) {
        throw new IllegalArgumentException(
            "expected --name value pairs, got " + Arrays.toString(args));
      }
      o.put(args[i].substring(2), args[++i]);
    }
    return o;
  }

  /** The median of sorted values (the mean of the middle two for an even count). */
  static double median(double[] sorted) {
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  static String javaBin() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  static void deleteTree(Path p) throws IOException {
    if (!Files.exists(p)) {
      return;
    }
    try (var walk = Files.walk(p)) {
      for (Path q : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(q);
      }
    }
  }
}
