package org.govscore.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import org.govscore.config.Period;

/**
 * The benchmark's baseline (B): DuckDB computing SIR, RSR, BCR, SCR, the ten checks and the ratings
 * indicators SAT, BRR, RCR per department from the inputs folder's Parquet files, with the SQL of
 * {@code bench/duckdb-baseline.sql}. Runs in its own JVM, like evaluate, and writes {@code
 * dept_code,measure,num,den} as CSV.
 *
 * <p>Usage: {@code DuckDbBaseline INPUTS PERIOD THREADS OUT.csv [ZONE]}
 */
public final class DuckDbBaseline {
  static final String SQL = "/bench/duckdb-baseline.sql";

  private DuckDbBaseline() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 4) {
      System.err.println("usage: DuckDbBaseline INPUTS PERIOD THREADS OUT.csv [ZONE]");
      System.exit(2);
    }
    ZoneId zone = ZoneId.of(args.length > 4 ? args[4] : "Asia/Shanghai");
    long rows =
        run(
            Path.of(args[0]),
            Period.parse(args[1]),
            Integer.parseInt(args[2]),
            Path.of(args[3]),
            zone);
    System.out.println("duckdb: " + rows + " result rows");
  }

  static long run(Path inputs, Period period, int threads, Path out, ZoneId zone)
      throws IOException, SQLException {
    String script =
        fill(
            readSql(),
            Map.ofEntries(
                Map.entry("exchanges", parquet(inputs, "exchanges")),
                Map.entry("case_events", parquet(inputs, "case_events")),
                Map.entry("ratings", parquet(inputs, "ratings")),
                Map.entry("service_items", parquet(inputs, "service_items")),
                Map.entry("resources", parquet(inputs, "resources")),
                Map.entry("departments", parquet(inputs, "departments")),
                Map.entry("period_start", timestamp(period.startInstant(zone).toInstant())),
                Map.entry("period_end", timestamp(period.endInstant(zone).toInstant())),
                Map.entry("zone", "'" + zone.getId() + "'"),
                Map.entry("credit_no_demand", "0.5"),
                Map.entry("rectify_days", "15")));
    String[] statements = script.split(";\\s*\\n");
    long rows = 0;
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement();
        PrintWriter w = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
      s.execute("SET threads = " + threads);
      s.execute("SET TimeZone = 'UTC'");
      for (int i = 0; i < statements.length - 1; i++) {
        s.execute(statements[i]);
      }
      w.println("dept_code,measure,num,den");
      try (ResultSet r = s.executeQuery(statements[statements.length - 1])) {
        while (r.next()) {
          w.printf(
              Locale.ROOT,
              "%s,%s,%s,%s%n",
              r.getString(1),
              r.getString(2),
              r.getString(3),
              r.getString(4));
          rows++;
        }
      }
    }
    return rows;
  }

  private static String readSql() throws IOException {
    try (InputStream in = DuckDbBaseline.class.getResourceAsStream(SQL)) {
      if (in == null) {
        throw new IOException("missing resource " + SQL);
      }
      // Comments are dropped so that statements split cleanly on ';' at line ends.
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .filter(l -> !l.stripLeading().startsWith("--"))
          .reduce("", (a, b) -> a + b + "\n");
    }
  }

  static String fill(String sql, Map<String, String> values) {
    String out = sql;
    for (Map.Entry<String, String> e : values.entrySet()) {
      out = out.replace("{{" + e.getKey() + "}}", e.getValue());
    }
    if (out.contains("{{")) {
      throw new IllegalStateException("unfilled placeholder in " + SQL);
    }
    return out;
  }

  /** The dataset's Parquet files: a folder of part files or a single file. */
  private static String parquet(Path inputs, String dataset) throws IOException {
    Path folder = inputs.resolve(dataset);
    if (Files.isDirectory(folder)) {
      return "'" + folder.toAbsolutePath() + "/*.parquet'";
    }
    Path file = inputs.resolve(dataset + ".parquet");
    if (Files.exists(file)) {
      return "'" + file.toAbsolutePath() + "'";
    }
    throw new IOException("the baseline reads Parquet only; no " + dataset + " in " + inputs);
  }

  private static String timestamp(java.time.Instant instant) {
    return "TIMESTAMPTZ '" + instant.toString().replace("T", " ").replace("Z", "+00:00") + "'";
  }
}
