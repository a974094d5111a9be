package org.govscore.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * How far govscore's department values agree with the baseline's: per measure, the departments both
 * have, how many agree on numerator and denominator (within 1e-9), and the largest difference of
 * the ratio. DuckDB reads govscore's results store directly.
 */
final class BaselineAgreement {
  record Line(String measure, long both, long equal, double maxRatioDiff) {}

  private BaselineAgreement() {}

  static List<Line> compare(Path results, String period, Path baselineCsv) throws SQLException {
    String ind =
        "'"
            + results.resolve("indicators").resolve("period=" + period).toAbsolutePath()
            + "/*.parquet'";
    String chk =
        "'"
            + results.resolve("checks").resolve("period=" + period).toAbsolutePath()
            + "/*.parquet'";
    String sql =
        """
        WITH g AS (
          SELECT unit_code AS dept_code, indicator AS measure, numerator AS num, denominator AS den
          FROM read_parquet(%s) WHERE unit_type = 'DEPARTMENT' AND indicator IN ('SIR','RSR','BCR','SCR','SAT','BRR','RCR')
            AND denominator IS NOT NULL AND denominator > 0
          UNION ALL
          SELECT unit_code, check_id, passed, applicable FROM read_parquet(%s) WHERE unit_type = 'DEPARTMENT'),
        b AS (SELECT dept_code, measure, CAST(num AS DOUBLE) AS num, CAST(den AS DOUBLE) AS den
              FROM read_csv(%s, header = true, all_varchar = true) WHERE CAST(den AS DOUBLE) > 0)
        SELECT measure, count(*) AS both_have,
               count(*) FILTER (WHERE abs(g.num - b.num) <= 1e-9 AND abs(g.den - b.den) <= 1e-9) AS equal,
               max(abs(g.num / g.den - b.num / b.den)) AS max_diff
        FROM g JOIN b USING (dept_code, measure) GROUP BY measure ORDER BY measure
        """
            .formatted(ind, chk, "'" + baselineCsv.toAbsolutePath() + "'");
    List<Line> out = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      while (r.next()) {
        out.add(new Line(r.getString(1), r.getLong(2), r.getLong(3), r.getDouble(4)));
      }
    }
    return out;
  }

  public static void main(String[] args) throws Exception {
    for (Line l : compare(Path.of(args[0]), args[1], Path.of(args[2]))) {
      System.out.printf(
          "%-22s both %6d  equal %6d  max |ratio diff| %.3g%n",
          l.measure(), l.both(), l.equal(), l.maxRatioDiff());
    }
  }
}
