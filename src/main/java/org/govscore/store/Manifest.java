package org.govscore.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.govscore.base.GovscoreException;
import org.govscore.config.Parameters;

/**
 * The manifest of one period ({@code <results>/manifest/period=<P>/manifest.json}, README.md
 * "Results store"): the engine and parameters in force, the inputs read (with their checksums), the
 * datasets that were missing, the data quality, the methodology computed and each table's row count
 * and content hash. Written, edited (trend refresh) and read through {@link ManifestJson} only;
 * keys a newer engine wrote and this one does not know are kept in {@code other} and written back
 * unchanged.
 */
public record Manifest(
    String engine,
    String engineVersion,
    String period,
    String jobFile,
    Map<String, String> parameters,
    List<InputDataset> inputs,
    List<String> missingDatasets,
    MethodologyInForce methodology,
    Map<String, DatasetCounts> dataQuality,
    String sparkMaster,
    String sparkVersion,
    Instant started,
    Instant finished,
    Map<String, TableInfo> tables,
    String trendsRefreshed,
    Map<String, JsonNode> other) {

  /** An input dataset as the run read it: the folder, its files and their combined SHA-256. */
  public record InputDataset(
      String dataset,
      String path,
      String format,
      long size,
      String sha256,
      List<InputFile> files) {}

  /** One file of an input dataset. */
  public record InputFile(String path, long size, String sha256) {}

  /** The reconciliation of one input dataset with its rejected rows per reason code. */
  public record DatasetCounts(
      long rowsRead,
      long rowsAccepted,
      long rowsRejected,
      long duplicatesRemoved,
      Map<String, Long> rejectedByReason) {}

  /** A written table: its row count and content hash. */
  public record TableInfo(long rows, String sha256) {}

  /** An indicator measured outside the logs, as the run published it. */
  public record ExternalIndicator(String id, String name, String source) {}

  /**
   * The composite as the run computed it: report and site render from this, so an old period
   * renders as it was computed. Weights are normalized to the members' order.
   */
  public record Composite(
      List<String> members,
      Map<String, Double> weights,
      String normalization,
      String aggregation,
      double scale,
      int decimals,
      int minIndicators,
      Map<String, Double> targets,
      double gradeVeryHigh,
      double gradeHigh,
      double gradeMedium) {}

  /** The indicators, checks and composite of the run (manifest key {@code methodology}). */
  public record MethodologyInForce(
      List<String> indicators,
      List<String> checks,
      Composite composite,
      List<ExternalIndicator> external) {}

  /**
   * v1's headline indicators: the members of every run whose manifest predates the methodology
   * block.
   */
  public static final List<String> V1_MEMBERS = List.of("SIR", "RSR", "BCR", "SCR");

  /** Reads a manifest document (see {@link ManifestJson#read}). */
  public static Manifest parse(String json) {
    return ManifestJson.read(json);
  }

  /** The same manifest with other tables and a note of the trend refresh that rewrote them. */
  public Manifest withTables(Map<String, TableInfo> replaced, String refreshed) {
    Map<String, TableInfo> t = new LinkedHashMap<>(tables);
    t.putAll(replaced);
    return new Manifest(
        engine,
        engineVersion,
        period,
        jobFile,
        parameters,
        inputs,
        missingDatasets,
        methodology,
        dataQuality,
        sparkMaster,
        sparkVersion,
        started,
        finished,
        Collections.unmodifiableMap(t),
        refreshed,
        other);
  }

  /** Rejected rows per reason code of each dataset. */
  public Map<String, Map<String, Long>> rejectedByReason() {
    Map<String, Map<String, Long>> out = new LinkedHashMap<>();
    dataQuality.forEach((k, v) -> out.put(k, v.rejectedByReason()));
    return Collections.unmodifiableMap(out);
  }

  /**
   * The missing datasets that leave indicators or checks without evidence: every missing one but
   * external_indicators, which no built-in indicator needs (a run without it simply publishes no
   * external indicator), so reports do not warn about it.
   */
  public List<String> missingEvidence() {
    return missingDatasets.stream().filter(d -> !d.equals("external_indicators")).toList();
  }

  /** The composite's members, in order (v1's four headline indicators for an old manifest). */
  public List<String> members() {
    return methodology.composite().members();
  }

  /** A parameter in force, or its published default when an older manifest lacks it. */
  public String parameter(String name) {
    String v = parameters.get(name);
    return v != null ? v : Parameters.defaultsOnly().asMap().get(name);
  }

  public double numericParameter(String name) {
    try {
      return Double.parseDouble(parameter(name));
    } catch (NumberFormatException | NullPointerException e) {
      throw new GovscoreException(
          "The manifest's parameter " + name + " is not a number: '" + parameter(name) + "'");
    }
  }

  /** The job's time zone: every date and time of the report is shown in it. */
  public ZoneId zone() {
    try {
      return ZoneId.of(parameter(Parameters.TIME_ZONE));
    } catch (RuntimeException e) {
      throw new GovscoreException(
          "The manifest's time.zone is not a time zone: '" + parameter(Parameters.TIME_ZONE) + "'");
    }
  }
}
