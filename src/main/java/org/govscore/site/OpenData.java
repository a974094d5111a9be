package org.govscore.site;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.govscore.contract.UnitKey;
import org.govscore.methodology.MethodologyRegistry;
import org.govscore.render.results.PeriodResults;
import org.govscore.site.model.Pages.Licence;
import org.govscore.store.CheckRecord;
import org.govscore.store.IndicatorRecord;
import org.govscore.store.ScoreRecord;

/**
 * The open data: scores, indicators and checks of every period as CSV (see {@link CsvCells}) and
 * JSON, under OUT/data/period-P/, the same tables over all periods under OUT/data/all-periods/,
 * LICENSE.txt, datapackage.json (a Frictionless Tabular Data Package describing every file:
 * columns, types, units, code lists, licence, SHA-256) and OUT/data/SHA256SUMS in sha256sum's
 * format covering them all ({@code cd data && sha256sum -c SHA256SUMS}). Columns are the results
 * store's plus the period; scores also gain the parent region, the group's ranked count and the
 * change since the previous period of the same length (see {@link Codebook}).
 */
final class OpenData {
  static final List<String> TABLES = List.of("scores", "indicators", "checks");
  static final String ALL_PERIODS = "all-periods";
  static final String LICENCE_FILE = "LICENSE.txt";
  static final String DATAPACKAGE = "datapackage.json";

  /** Excel opens UTF-8 CSV correctly only with a byte order mark. */
  private static final String BOM = "\uFEFF";

  private static final ObjectMapper JSON =
      new ObjectMapper()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

  /**
   * A written download: its path relative to data/, size and SHA-256; period "" for the all-periods
   * files.
   */
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

  /** Every table file, LICENSE.txt and datapackage.json, in that order (SHA256SUMS is separate). */
  List<Download> write(SiteData data, RegionTree tree, Licence licence) throws IOException {
    List<Download> out = new ArrayList<>();
    Map<String, List<Map<String, Object>>> all = new LinkedHashMap<>();
    TABLES.forEach(t -> all.put(t, new ArrayList<>()));
    for (PeriodResults p : data.periods()) {
      String folder = links.periodName(p.period());
      Map<String, List<Map<String, Object>>> tables = new LinkedHashMap<>();
      tables.put("scores", scores(data, tree, p));
      tables.put("indicators", indicators(p));
      tables.put("checks", checks(p));
      for (String table : TABLES) {
        out.addAll(writeTable(p.period().label(), folder, table, tables.get(table)));
        all.get(table).addAll(tables.get(table));
      }
    }
    for (String table : TABLES) {
      out.addAll(writeTable("", ALL_PERIODS, table, all.get(table)));
    }
    Path licenceFile = dataDir.resolve(LICENCE_FILE);
    Files.writeString(
        licenceFile,
        "The files of this folder (the open data of govscore's public site) are published under\n"
            + licence.title()
            + " (SPDX: "
            + licence.id()
            + ")\n"
            + licence.url()
            + "\n",
        StandardCharsets.UTF_8);
    out.add(new Download("", LICENCE_FILE, Files.size(licenceFile), sha256(licenceFile)));
    Path pkg = dataDir.resolve(DATAPACKAGE);
    JSON.writeValue(pkg.toFile(), DataPackage.describe(data, licence, out));
    out.add(new Download("", DATAPACKAGE, Files.size(pkg), sha256(pkg)));
    StringBuilder sums = new StringBuilder();
    out.forEach(d -> sums.append(d.sha256()).append("  ").append(d.relative()).append('\n'));
    Files.writeString(checksums(), sums.toString(), StandardCharsets.UTF_8);
    return out;
  }

  private List<Download> writeTable(
      String period, String folder, String table, List<Map<String, Object>> rows)
      throws IOException {
    Path dir = dataDir.resolve(folder);
    Files.createDirectories(dir);
    Path csv = dir.resolve(table + ".csv");
    Files.writeString(csv, csv(Codebook.columns(table), rows), StandardCharsets.UTF_8);
    Path json = dir.resolve(table + ".json");
    JSON.writeValue(json.toFile(), rows);
    return List.of(download(period, folder, csv), download(period, folder, json));
  }

  private Download download(String period, String folder, Path file) throws IOException {
    return new Download(period, folder + "/" + file.getFileName(), Files.size(file), sha256(file));
  }

  static String sha256(Path file) throws IOException {
    try (InputStream in =
        new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
      in.transferTo(OutputStream.nullOutputStream());
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

  private static List<Map<String, Object>> scores(SiteData data, RegionTree tree, PeriodResults p) {
    List<Map<String, Object>> out = new ArrayList<>();
    var previous = data.previous(p.period());
    for (ScoreRecord s : p.scores()) {
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
      r.put("parent_region_code", tree.parentCode(s.key()).orElse(null));
      r.put("group_ranked", data.stats(p, s.rankGroup()).ranked());
      r.put("previous_period", previous.map(b -> b.period().label()).orElse(null));
      Double change = UnitCells.change(s, previous.flatMap(b -> b.score(s.key())).orElse(null));
      // Rounded as composites are, so 84.12 - 79.87 is 4.25 and not 4.250000000000007.
      r.put(
          "composite_change",
          change == null
              ? null
              : BigDecimal.valueOf(change)
                  .setScale(p.manifest().methodology().composite().decimals(), RoundingMode.HALF_UP)
                  .doubleValue());
      out.add(r);
    }
    return out;
  }

  private static List<Map<String, Object>> indicators(PeriodResults p) {
    List<Map<String, Object>> out = new ArrayList<>();
    p.indicators().entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(
            e -> {
              for (IndicatorRecord v :
                  e.getValue().values().stream()
                      .sorted(Comparator.comparingInt((IndicatorRecord i) -> order(i.indicator())))
                      .toList()) {
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
    p.checks().entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(
            e -> {
              for (CheckRecord c :
                  e.getValue().stream()
                      .sorted(Comparator.comparing(CheckRecord::checkId))
                      .toList()) {
                Map<String, Object> r = row(p, e.getKey());
                r.put("check_id", c.checkId());
                r.put("applicable", c.applicable());
                r.put("passed", c.passed());
                out.add(r);
              }
            });
    return out;
  }

  /** The order of docs/methodology.md; an unknown indicator goes last. */
  private static int order(String indicator) {
    int i = MethodologyRegistry.indicatorIds().indexOf(indicator);
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
