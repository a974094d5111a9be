package org.govscore.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.govscore.config.Period;
import org.govscore.store.ResultTables;
import org.govscore.testing.Fixtures;
import org.govscore.testing.GovscoreProcess;
import org.govscore.testing.TempDirs;

/**
 * The evaluations the reliability tests share, made once per test JVM (a child evaluate costs tens
 * of seconds).
 *
 * <p>Every compared run evaluates the same inputs ({@link #inputs()}) for 2026-Q3 into a copy of
 * the same base store ({@link #baseStore()}: 2026-Q2 and an older 2026-Q3, both from the q3
 * fixture), so FALL findings against 2026-Q2 are part of what is compared. The manifests those runs
 * committed are kept per {@link Config}.
 */
final class Runs {
  static final Period Q2 = Period.parse("2026-Q2");
  static final Period Q3 = Period.parse("2026-Q3");
  static final Duration CHILD_DEADLINE = Duration.ofMinutes(6);

  /**
   * How an evaluate ran: in the test JVM's shared Spark session, or in a child JVM with these
   * settings.
   */
  record Config(String name, List<String> sparkConf) {
    boolean inProcess() {
      return sparkConf == null;
    }

    List<String> confArgs() {
      List<String> out = new ArrayList<>();
      for (String c : sparkConf) {
        out.add("--conf");
        out.add(c);
      }
      return out;
    }

    @Override
    public String toString() {
      return name;
    }
  }

  static final Config IN_PROCESS = new Config("in-process (test session, local[*])", null);
  static final Config LOCAL1 =
      new Config(
          "local[1], 1 shuffle partition",
          List.of("spark.master=local[1]", "spark.sql.shuffle.partitions=1"));

  /** Without coalescing, AQE would merge the 7 partitions of this tiny data back into one. */
  static final Config LOCAL2_SP7 =
      new Config(
          "local[2], 7 shuffle partitions",
          List.of(
              "spark.master=local[2]",
              "spark.sql.shuffle.partitions=7",
              "spark.sql.adaptive.coalescePartitions.enabled=false"));

  /** What differs between two runs of the same inputs by design: when and where they ran. */
  private static final List<String> RUN_FIELDS = List.of("started", "finished", "spark_master");

  private static final ObjectMapper JSON = new ObjectMapper();
  private static Path work;
  private static Path inputs;
  private static Path baseStore;
  private static final Map<Config, List<Map<String, Object>>> MANIFESTS = new LinkedHashMap<>();
  private static final Map<Config, Object> LOCKS = new ConcurrentHashMap<>();

  private Runs() {}

  /** A folder for this JVM's runs, removed when the JVM exits. */
  static synchronized Path work() {
    if (work == null) {
      try {
        work = TempDirs.create("govscore-reliability");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return work;
  }

  static Path newFolder(String name) throws IOException {
    return Files.createTempDirectory(work(), name);
  }

  /**
   * The inputs of the compared runs: the q3 fixture plus a copy of its whole world under other
   * codes (so every department has a twin with equal indicators: composite ties, rank ties, and
   * more events with equal timestamps), plus one case event with a bad timestamp (a reject); each
   * dataset a folder of three CSV part files, the rows dealt round-robin (so the exact duplicate E1
   * lies in two parts), plus three ratings (the fixture has none).
   */
  static synchronized Path inputs() throws IOException {
    if (inputs == null) {
      Path dir = work().resolve("inputs");
      Files.createDirectories(dir);
      try (Stream<Path> files = Files.list(Fixtures.fixture("q3"))) {
        for (Path f : files.sorted().toList()) {
          String dataset = f.getFileName().toString().replace(".csv", "");
          List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
          List<String> rows = new ArrayList<>(lines.subList(1, lines.size()));
          if (!dataset.equals("regions")) {
            for (String row : lines.subList(1, lines.size())) {
              rows.add(twin(dataset, row));
            }
          }
          if (dataset.equals("case_events")) {
            rows.add("C999,2026-07-32T09:00:00+08:00,SUBMIT,D1,I1,ONLINE,");
          }
          Path folder = Files.createDirectories(dir.resolve(dataset));
          for (int part = 0; part < 3; part++) {
            StringBuilder text = new StringBuilder(lines.get(0)).append('\n');
            for (int i = part; i < rows.size(); i += 3) {
              text.append(rows.get(i)).append('\n');
            }
            Files.writeString(
                folder.resolve(String.format("part-%05d.csv", part)), text, StandardCharsets.UTF_8);
          }
        }
      }
      // Ratings the base store's q3 fixture lacks, so that rating_levels (and SAT, BRR) also
      // tell the compared runs' 2026-Q3 from the base store's.
      List<String> ratings =
          List.of(
              "G1,2026-07-10T10:00:00+08:00,D1,I1,,ONLINE,5,,",
              "G2,2026-07-11T10:00:00+08:00,D2,,,WINDOW,2,,",
              "G3,2026-08-12T10:00:00+08:00,D91,,,PHONE,4,,");
      Path ratingParts = Files.createDirectories(dir.resolve("ratings"));
      for (int part = 0; part < 3; part++) {
        Files.writeString(
            ratingParts.resolve(String.format("part-%05d.csv", part)),
            "rating_id,ts,dept_code,item_code,case_id,channel,level,rectified_ts,rater_id\n"
                + ratings.get(part)
                + "\n",
            StandardCharsets.UTF_8);
      }
      inputs = dir;
    }
    return inputs;
  }

  /**
   * The row with every code of the fixture's world (D1, I1, R1, C1, E1, IX, ...) moved to a twin
   * code.
   */
  private static String twin(String dataset, String row) {
    String[] cells = row.split(",", -1);
    for (int i = 0; i < cells.length; i++) {
      String[] parts = cells[i].split(";", -1);
      for (int j = 0; j < parts.length; j++) {
        if (parts[j].matches("[DIRCE][0-9]+|IX|RX|RZ")) {
          parts[j] = parts[j].charAt(0) + "9" + parts[j].substring(1);
        }
      }
      cells[i] = String.join(";", parts);
    }
    if (List.of("departments", "service_items", "resources").contains(dataset)) {
      cells[1] = cells[1] + "（二）";
    }
    return String.join(",", cells);
  }

  /**
   * A store with 2026-Q2 and 2026-Q3 evaluated from the q3 fixture (other content than {@link
   * #inputs()}).
   */
  static synchronized Path baseStore() throws IOException {
    if (baseStore == null) {
      baseStore = Fixtures.sharedStore("q3", Q2.label(), Q3.label());
    }
    return baseStore;
  }

  /** A fresh copy of the base store. */
  static Path copyOfBaseStore(String name) throws IOException {
    Path to = newFolder(name).resolve("store");
    Fixtures.copyTree(baseStore(), to);
    return to;
  }

  /**
   * Evaluates {@link #inputs()} for 2026-Q3 in the test JVM into {@code store}, records and returns
   * the manifest.
   */
  static Map<String, Object> evaluateInProcess(Path store) throws IOException {
    Fixtures.evaluate(inputs(), store, Q3.label(), Map.of());
    Map<String, Object> m = manifest(store, Q3);
    record(IN_PROCESS, m);
    return m;
  }

  /**
   * Evaluates {@link #inputs()} for 2026-Q3 in a child JVM into a copy of the base store, to the
   * end.
   */
  static Map<String, Object> evaluateInChild(Config config)
      throws IOException, InterruptedException {
    Path store = copyOfBaseStore("run");
    Path dir = store.getParent();
    int code =
        GovscoreProcess.run(
            dir,
            dir.resolve("output.txt"),
            dir.resolve("spark.log"),
            CHILD_DEADLINE,
            childArgs(config, store, List.of()));
    assertEquals(
        0, code, () -> "evaluate (" + config + ") failed:\n" + read(dir.resolve("output.txt")));
    Map<String, Object> m = manifest(store, Q3);
    record(config, m);
    return m;
  }

  static List<String> childArgs(Config config, Path store, List<String> extraConf)
      throws IOException {
    List<String> args =
        new ArrayList<>(
            List.of(
                "evaluate",
                "--inputs",
                inputs().toString(),
                "--results",
                store.toString(),
                "--period",
                Q3.label()));
    args.addAll(config.confArgs());
    for (String c : extraConf) {
      args.add("--conf");
      args.add(c);
    }
    return args;
  }

  /** Keeps a manifest that a run with {@code config} committed for {@link #inputs()}. */
  static synchronized void record(Config config, Map<String, Object> manifest) {
    MANIFESTS.computeIfAbsent(config, c -> new ArrayList<>()).add(manifest);
  }

  private static synchronized List<Map<String, Object>> recorded(Config config) {
    return List.copyOf(MANIFESTS.getOrDefault(config, List.of()));
  }

  /**
   * Starts a child run of {@code config} now, in a thread of its own, so that a later {@link
   * #manifests} for it finds it made or waits for it: a class whose own child JVM leaves CPU idle
   * starts another class's beside it. A failure is left to that later call, which then runs it
   * again and fails with its own message.
   */
  static void startInChild(Config config) {
    Thread t =
        new Thread(
            () -> {
              try {
                manifests(config, 1);
              } catch (Exception | AssertionError e) {
                // manifests() runs it again for the test that needs it, and fails there
              }
            },
            "runs-" + config);
    t.setDaemon(true);
    t.start();
  }

  /**
   * At least {@code count} manifests committed with {@code config}, running evaluate as often as
   * needed. One lock per configuration: a run started ahead ({@link #startInChild}) holds its own,
   * not those of the others.
   */
  static List<Map<String, Object>> manifests(Config config, int count)
      throws IOException, InterruptedException {
    synchronized (LOCKS.computeIfAbsent(config, c -> new Object())) {
      while (recorded(config).size() < count) {
        if (config.inProcess()) {
          evaluateInProcess(copyOfBaseStore("in-process"));
        } else {
          evaluateInChild(config);
        }
      }
      return recorded(config);
    }
  }

  /**
   * Two runs committed the same content: every table's content hash and row count, and every other
   * manifest field except those that describe the run itself (started, finished, spark_master).
   */
  static void assertSameContent(Map<String, Object> a, Map<String, Object> b, String what) {
    assertEquals(
        ResultTables.ALL, List.copyOf(tables(a).keySet()), what + ": tables in the manifest");
    for (String table : ResultTables.ALL) {
      assertEquals(
          tables(a).get(table), tables(b).get(table), what + ": " + table + " (rows, sha256)");
    }
    assertEquals(withoutRunFields(a), withoutRunFields(b), what + ": the rest of the manifest");
  }

  private static Map<String, Object> withoutRunFields(Map<String, Object> manifest) {
    Map<String, Object> out = new LinkedHashMap<>(manifest);
    RUN_FIELDS.forEach(out::remove);
    return out;
  }

  static Map<String, Object> manifest(Path store, Period period) throws IOException {
    return parse(
        read(
            store
                .resolve("manifest")
                .resolve("period=" + period.label())
                .resolve("manifest.json")));
  }

  static Map<String, Object> parse(String json) throws IOException {
    return JSON.readValue(json, new TypeReference<LinkedHashMap<String, Object>>() {});
  }

  /** The manifest's per-table row counts and content hashes. */
  @SuppressWarnings("unchecked")
  static Map<String, Map<String, Object>> tables(Map<String, Object> manifest) {
    return (Map<String, Map<String, Object>>) manifest.get("tables");
  }

  static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "(cannot read " + file + ": " + e.getMessage() + ")";
    }
  }
}
