package org.govscore.render.results;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.govscore.base.GovscoreException;
import org.govscore.config.Parameters;

/**
 * The manifest of one period: the parameters in force, the inputs read (with their checksums), the
 * datasets that were missing, the data quality and the tables written.
 */
public record Manifest(
    String engineVersion,
    String period,
    Map<String, String> parameters,
    List<InputFile> inputs,
    List<String> missingDatasets,
    Map<String, Map<String, Long>> rejectedByReason,
    Instant started,
    Instant finished,
    Map<String, TableInfo> tables,
    MethodologyInForce methodology) {

  /** An input dataset as the run read it. */
  public record InputFile(String dataset, String format, long size, String sha256) {}

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

  private static final ObjectMapper JSON = new ObjectMapper();

  public static Manifest parse(String json) {
    JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (IOException e) {
      throw new GovscoreException(
          "The results store's manifest is not valid JSON: " + e.getMessage());
    }
    if (root == null || !root.isObject()) {
      throw new GovscoreException("The results store's manifest is not a JSON object");
    }
    Map<String, String> parameters = new LinkedHashMap<>();
    root.path("parameters")
        .fields()
        .forEachRemaining(e -> parameters.put(e.getKey(), e.getValue().asText()));
    List<InputFile> inputs = new ArrayList<>();
    root.path("inputs")
        .fields()
        .forEachRemaining(
            e ->
                inputs.add(
                    new InputFile(
                        e.getKey(),
                        e.getValue().path("format").asText(""),
                        e.getValue().path("size").asLong(0),
                        e.getValue().path("sha256").asText(""))));
    List<String> missing = new ArrayList<>();
    root.path("missing_datasets").forEach(n -> missing.add(n.asText()));
    Map<String, Map<String, Long>> reasons = new LinkedHashMap<>();
    root.path("data_quality")
        .fields()
        .forEachRemaining(
            e -> {
              Map<String, Long> byReason = new LinkedHashMap<>();
              e.getValue()
                  .path("rejected_by_reason")
                  .fields()
                  .forEachRemaining(r -> byReason.put(r.getKey(), r.getValue().asLong()));
              reasons.put(e.getKey(), Collections.unmodifiableMap(byReason));
            });
    Map<String, TableInfo> tables = new LinkedHashMap<>();
    root.path("tables")
        .fields()
        .forEachRemaining(
            e ->
                tables.put(
                    e.getKey(),
                    new TableInfo(
                        e.getValue().path("rows").asLong(0),
                        e.getValue().path("sha256").asText(""))));
    return new Manifest(
        root.path("engine_version").asText(""),
        root.path("period").asText(""),
        Collections.unmodifiableMap(parameters),
        List.copyOf(inputs),
        List.copyOf(missing),
        Collections.unmodifiableMap(reasons),
        instant(root.path("started")),
        instant(root.path("finished")),
        Collections.unmodifiableMap(tables),
        methodology(root.path("methodology"), parameters));
  }

  /**
   * The manifest's {@code methodology} block:
   *
   * <pre>
   * "methodology": {
   *   "indicators": ["SIR", ..., "SAT", "BRR", "RCR", "&lt;external ids&gt;"],   published order
   *   "checks": ["EX_SUBJECT_ID", ...],
   *   "composite": {"members": [...], "weights": {"SIR": 0.25, ...}, "normalization": "NONE",
   *                 "aggregation": "ARITHMETIC", "scale": 100.0, "decimals": 2, "min_indicators": 3,
   *                 "targets": {}, "grades": {"very_high": 90.0, "high": 80.0, "medium": 65.0}},
   *   "external": [{"id": "EGDI", "name": "...", "source": "..."}]
   * }
   * </pre>
   *
   * A manifest written before v2 has no block: v1's composite from its parameters.
   */
  static MethodologyInForce methodology(JsonNode node, Map<String, String> parameters) {
    Map<String, String> p = new LinkedHashMap<>(Parameters.defaultsOnly().asMap());
    p.putAll(parameters);
    JsonNode c = node.path("composite");
    List<String> members = texts(c.path("members"));
    if (members.isEmpty()) {
      members = V1_MEMBERS;
    }
    Map<String, Double> weights = new LinkedHashMap<>();
    for (String m : members) {
      JsonNode w = c.path("weights").path(m);
      weights.put(
          m, w.isNumber() ? w.asDouble() : number(p.get("weights." + m), 1.0 / members.size()));
    }
    Map<String, Double> targets = new LinkedHashMap<>();
    c.path("targets")
        .fields()
        .forEachRemaining(e -> targets.put(e.getKey(), e.getValue().asDouble()));
    JsonNode g = c.path("grades");
    Composite composite =
        new Composite(
            List.copyOf(members),
            Collections.unmodifiableMap(weights),
            c.path("normalization").asText("NONE"),
            c.path("aggregation").asText("ARITHMETIC"),
            c.path("scale").asDouble(100.0),
            c.path("decimals").asInt(2),
            c.path("min_indicators").asInt((int) number(p.get("ranking.min_indicators"), 3)),
            Collections.unmodifiableMap(targets),
            g.path("very_high").asDouble(number(p.get("grades.very_high"), 90)),
            g.path("high").asDouble(number(p.get("grades.high"), 80)),
            g.path("medium").asDouble(number(p.get("grades.medium"), 65)));
    List<ExternalIndicator> external = new ArrayList<>();
    node.path("external")
        .forEach(
            e ->
                external.add(
                    new ExternalIndicator(
                        e.path("id").asText(""),
                        e.path("name").asText(""),
                        e.path("source").asText(""))));
    return new MethodologyInForce(
        texts(node.path("indicators")),
        texts(node.path("checks")),
        composite,
        List.copyOf(external));
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return List.copyOf(out);
  }

  private static double number(String raw, double fallback) {
    try {
      return raw == null ? fallback : Double.parseDouble(raw);
    } catch (NumberFormatException e) {
      return fallback;
    }
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

  private static Instant instant(JsonNode node) {
    if (node.isMissingNode() || node.isNull()) {
      return null;
    }
    try {
      return Instant.parse(node.asText());
    } catch (DateTimeParseException e) {
      return null;
    }
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
