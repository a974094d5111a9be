package org.govscore.site;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.govscore.metrics.UnitKey;
import org.govscore.render.results.CheckResult;
import org.govscore.render.results.IndicatorValue;
import org.govscore.render.results.PeriodResults;
import org.govscore.render.results.UnitScore;

/**
 * The open data: scores, indicators and checks of every period as CSV (see {@link CsvCells}) and
 * JSON, under OUT/data/period-P/, and OUT/data/SHA256SUMS in sha256sum's format covering them all
 * ({@code cd data && sha256sum -c SHA256SUMS}). Columns are the results store's, plus the period.
 */
final class OpenData {
  static final List<String> TABLES = List.of("scores", "indicators", "checks");
  static final List<String> SCORE_COLUMNS = List.of("period", "unit_type", "unit_code", "unit_name", "level",
      "rank_group", "composite", "grade", "rank", "rank_p05", "rank_median", "rank_p95", "quadrant",
      "indicators_available");
  static final List<String> INDICATOR_COLUMNS = List.of("period", "unit_type", "unit_code", "indicator",
      "numerator", "denominator", "value");
  static final List<String> CHECK_COLUMNS = List.of("period", "unit_type", "unit_code", "check_id", "applicable",
      "passed");
  /** Excel opens UTF-8 CSV correctly only with a byte order mark. */
  private static final String BOM = "\uFEFF";
  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT)
      .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

  /** A written download: its path relative to data/, size and SHA-256. */
  record Download(String period, String relative, long size, String sha256) {}

  private final Path dataDir;
  private final SiteLinks links;

  OpenData(Path outDir, SiteLinks links) {
    this.dataDir = outDir.resolve(SiteLinks.DATA);
    this.links = links;
  }

  Path checksums() {
    return dataDir.resolve(SiteLinks.CHECKSUMS);
  }

  List<Download> write(List<PeriodResults> periods) throws IOException {
    List<Download> out = new ArrayList<>();
    for (PeriodResults p : periods) {
      String folder = links.periodName(p.period());
      Path dir = dataDir.resolve(folder);
      Files.createDirectories(dir);
      Map<String, List<Map<String, Object>>> tables = new LinkedHashMap<>();
      tables.put("scores", scores(p));
      tables.put("indicators", indicators(p));
      tables.put("checks", checks(p));
      Map<String, List<String>> columns = Map.of("scores", SCORE_COLUMNS, "indicators", INDICATOR_COLUMNS,
          "checks", CHECK_COLUMNS);
      for (String table : TABLES) {
        List<Map<String, Object>> rows = tables.get(table);
        Path csv = dir.resolve(table + ".csv");
        Files.writeString(csv, csv(columns.get(table), rows), StandardCharsets.UTF_8);
        out.add(download(p, folder, csv));
        Path json = dir.resolve(table + ".json");
        JSON.writeValue(json.toFile(), rows);
        out.add(download(p, folder, json));
      }
    }
    StringBuilder sums = new StringBuilder();
    out.forEach(d -> sums.append(d.sha256()).append("  ").append(d.relative()).append('\n'));
    Files.writeString(checksums(), sums.toString(), StandardCharsets.UTF_8);
    return out;
  }

  private Download download(PeriodResults p, String folder, Path file) throws IOException {
    return new Download(p.period().label(), folder + "/" + file.getFileName(), Files.size(file), sha256(file));
  }

  static String sha256(Path file) throws IOException {
    try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
      in.transferTo(java.io.OutputStream.nullOutputStream());
      return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  private static String csv(List<String> columns, List<Map<String, Object>> rows) {
    StringBuilder b = new StringBuilder(BOM);
    b.append(CsvCells.line(new ArrayList<>(columns)));
    for (Map<String, Object> row : rows) {
      List<Object> cells = new ArrayList<>();
      columns.forEach(c -> cells.add(row.get(c)));
      b.append(CsvCells.line(cells));
    }
    return b.toString();
  }

  private static List<Map<String, Object>> scores(PeriodResults p) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (UnitScore s : p.scores()) {
      Map<String, Object> r = row(p, s.key());
      r.put("unit_name", s.unitName());
      r.put("level", s.level());
      r.put("rank_group", s.rankGroup());
      r.put("composite", s.composite());
      r.put("grade", s.grade());
      r.put("rank", s.rank());
      r.put("rank_p05", s.rankP05());
      r.put("rank_median", s.rankMedian());
      r.put("rank_p95", s.rankP95());
      r.put("quadrant", s.quadrant());
      r.put("indicators_available", s.indicatorsAvailable());
      out.add(r);
    }
    return out;
  }

  private static List<Map<String, Object>> indicators(PeriodResults p) {
    List<Map<String, Object>> out = new ArrayList<>();
    p.indicators().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
      for (IndicatorValue v : e.getValue().values().stream()
          .sorted(java.util.Comparator.comparingInt((IndicatorValue i) -> order(i.indicator()))).toList()) {
        Map<String, Object> r = row(p, e.getKey());
        r.put("indicator", v.indicator());
        r.put("numerator", v.numerator());
        r.put("denominator", v.denominator());
        r.put("value", v.value());
        out.add(r);
      }
    });
    return out;
  }

  private static List<Map<String, Object>> checks(PeriodResults p) {
    List<Map<String, Object>> out = new ArrayList<>();
    p.checks().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
      for (CheckResult c : e.getValue().stream()
          .sorted(java.util.Comparator.comparing(CheckResult::checkId)).toList()) {
        Map<String, Object> r = row(p, e.getKey());
        r.put("check_id", c.checkId());
        r.put("applicable", c.applicable());
        r.put("passed", c.passed());
        out.add(r);
      }
    });
    return out;
  }

  /** METHODOLOGY.md's order; an unknown indicator goes last. */
  private static int order(String indicator) {
    int i = org.govscore.metrics.Methodology.INDICATOR_IDS.indexOf(indicator);
    return i < 0 ? Integer.MAX_VALUE : i;
  }

  private static Map<String, Object> row(PeriodResults p, UnitKey unit) {
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("period", p.period().label());
    r.put("unit_type", unit.unitType());
    r.put("unit_code", unit.unitCode());
    return r;
  }
}
