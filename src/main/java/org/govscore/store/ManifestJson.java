package org.govscore.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.govscore.base.GovscoreException;
import org.govscore.config.Parameters;

/**
 * The one JSON form of {@link Manifest}: the keys below are the store's published format (old
 * stores must stay readable, so every key is optional on read and a missing one reads as its v1
 * default).
 */
public final class ManifestJson {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private static final Set<String> KNOWN =
      Set.of(
          "engine",
          "engine_version",
          "period",
          "job_file",
          "parameters",
          "inputs",
          "missing_datasets",
          "methodology",
          "data_quality",
          "spark_master",
          "spark_version",
          "started",
          "finished",
          "tables",
          "trends_refreshed");

  private ManifestJson() {}

  /** The manifest as written to the store, keys in the order evaluate has always written them. */
  public static String write(Manifest m) {
    ObjectNode root = JSON.createObjectNode();
    root.put("engine", m.engine());
    root.put("engine_version", m.engineVersion());
    root.put("period", m.period());
    root.put("job_file", m.jobFile());
    ObjectNode parameters = root.putObject("parameters");
    m.parameters().forEach(parameters::put);
    ObjectNode inputs = root.putObject("inputs");
    for (Manifest.InputDataset d : m.inputs()) {
      ObjectNode n = inputs.putObject(d.dataset());
      n.put("path", d.path());
      n.put("format", d.format());
      n.put("size", d.size());
      n.put("sha256", d.sha256());
      ArrayNode files = n.putArray("files");
      for (Manifest.InputFile f : d.files()) {
        ObjectNode fn = files.addObject();
        fn.put("path", f.path());
        fn.put("size", f.size());
        fn.put("sha256", f.sha256());
      }
    }
    ArrayNode missing = root.putArray("missing_datasets");
    m.missingDatasets().forEach(missing::add);
    root.set("methodology", methodology(m.methodology()));
    ObjectNode quality = root.putObject("data_quality");
    m.dataQuality()
        .forEach(
            (dataset, q) -> {
              ObjectNode n = quality.putObject(dataset);
              n.put("rows_read", q.rowsRead());
              n.put("rows_accepted", q.rowsAccepted());
              n.put("rows_rejected", q.rowsRejected());
              n.put("duplicates_removed", q.duplicatesRemoved());
              ObjectNode reasons = n.putObject("rejected_by_reason");
              q.rejectedByReason().forEach(reasons::put);
            });
    root.put("spark_master", m.sparkMaster());
    root.put("spark_version", m.sparkVersion());
    root.put("started", m.started() == null ? null : m.started().toString());
    root.put("finished", m.finished() == null ? null : m.finished().toString());
    ObjectNode tables = root.putObject("tables");
    m.tables()
        .forEach(
            (table, info) -> {
              ObjectNode n = tables.putObject(table);
              n.put("sha256", info.sha256());
              n.put("rows", info.rows());
            });
    if (m.trendsRefreshed() != null) {
      root.put("trends_refreshed", m.trendsRefreshed());
    }
    m.other().forEach(root::set);
    try {
      return JSON.writeValueAsString(root);
    } catch (IOException e) {
      throw new IllegalStateException("A manifest always renders as JSON", e);
    }
  }

  private static ObjectNode methodology(Manifest.MethodologyInForce m) {
    ObjectNode n = JSON.createObjectNode();
    ArrayNode indicators = n.putArray("indicators");
    m.indicators().forEach(indicators::add);
    ArrayNode checks = n.putArray("checks");
    m.checks().forEach(checks::add);
    Manifest.Composite c = m.composite();
    ObjectNode composite = n.putObject("composite");
    ArrayNode members = composite.putArray("members");
    c.members().forEach(members::add);
    ObjectNode weights = composite.putObject("weights");
    c.weights().forEach(weights::put);
    composite.put("normalization", c.normalization());
    composite.put("aggregation", c.aggregation());
    composite.put("scale", c.scale());
    composite.put("decimals", c.decimals());
    composite.put("min_indicators", c.minIndicators());
    ObjectNode targets = composite.putObject("targets");
    c.targets().forEach(targets::put);
    ObjectNode grades = composite.putObject("grades");
    grades.put("very_high", c.gradeVeryHigh());
    grades.put("high", c.gradeHigh());
    grades.put("medium", c.gradeMedium());
    ArrayNode external = n.putArray("external");
    for (Manifest.ExternalIndicator e : m.external()) {
      ObjectNode one = external.addObject();
      one.put("id", e.id());
      one.put("name", e.name());
      one.put("source", e.source());
    }
    return n;
  }

  /** Reads a manifest; a key an older engine did not write reads as its default. */
  public static Manifest read(String json) {
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
    List<Manifest.InputDataset> inputs = new ArrayList<>();
    root.path("inputs")
        .fields()
        .forEachRemaining(
            e -> {
              JsonNode d = e.getValue();
              List<Manifest.InputFile> files = new ArrayList<>();
              d.path("files")
                  .forEach(
                      f ->
                          files.add(
                              new Manifest.InputFile(
                                  f.path("path").asText(""),
                                  f.path("size").asLong(0),
                                  f.path("sha256").asText(""))));
              inputs.add(
                  new Manifest.InputDataset(
                      e.getKey(),
                      d.path("path").asText(""),
                      d.path("format").asText(""),
                      d.path("size").asLong(0),
                      d.path("sha256").asText(""),
                      List.copyOf(files)));
            });
    Map<String, Manifest.DatasetCounts> quality = new LinkedHashMap<>();
    root.path("data_quality")
        .fields()
        .forEachRemaining(
            e -> {
              JsonNode q = e.getValue();
              Map<String, Long> byReason = new LinkedHashMap<>();
              q.path("rejected_by_reason")
                  .fields()
                  .forEachRemaining(r -> byReason.put(r.getKey(), r.getValue().asLong()));
              quality.put(
                  e.getKey(),
                  new Manifest.DatasetCounts(
                      q.path("rows_read").asLong(0),
                      q.path("rows_accepted").asLong(0),
                      q.path("rows_rejected").asLong(0),
                      q.path("duplicates_removed").asLong(0),
                      Collections.unmodifiableMap(byReason)));
            });
    Map<String, Manifest.TableInfo> tables = new LinkedHashMap<>();
    root.path("tables")
        .fields()
        .forEachRemaining(
            e ->
                tables.put(
                    e.getKey(),
                    new Manifest.TableInfo(
                        e.getValue().path("rows").asLong(0),
                        e.getValue().path("sha256").asText(""))));
    Map<String, JsonNode> other = new LinkedHashMap<>();
    root.fields()
        .forEachRemaining(
            e -> {
              if (!KNOWN.contains(e.getKey())) {
                other.put(e.getKey(), e.getValue());
              }
            });
    return new Manifest(
        text(root.path("engine"), "govscore"),
        root.path("engine_version").asText(""),
        root.path("period").asText(""),
        text(root.path("job_file"), null),
        Collections.unmodifiableMap(parameters),
        List.copyOf(inputs),
        texts(root.path("missing_datasets")),
        methodology(root.path("methodology"), parameters),
        Collections.unmodifiableMap(quality),
        text(root.path("spark_master"), null),
        text(root.path("spark_version"), null),
        instant(root.path("started")),
        instant(root.path("finished")),
        Collections.unmodifiableMap(tables),
        text(root.path("trends_refreshed"), null),
        Collections.unmodifiableMap(other));
  }

  private static String text(JsonNode node, String absent) {
    return node.isMissingNode() || node.isNull() ? absent : node.asText();
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
  static Manifest.MethodologyInForce methodology(JsonNode node, Map<String, String> parameters) {
    Map<String, String> p = new LinkedHashMap<>(Parameters.defaultsOnly().asMap());
    p.putAll(parameters);
    JsonNode c = node.path("composite");
    List<String> members = texts(c.path("members"));
    if (members.isEmpty()) {
      members = Manifest.V1_MEMBERS;
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
    Manifest.Composite composite =
        new Manifest.Composite(
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
    List<Manifest.ExternalIndicator> external = new ArrayList<>();
    node.path("external")
        .forEach(
            e ->
                external.add(
                    new Manifest.ExternalIndicator(
                        e.path("id").asText(""),
                        e.path("name").asText(""),
                        e.path("source").asText(""))));
    return new Manifest.MethodologyInForce(
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
}
