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
import org.govscore.cli.UserException;
import org.govscore.config.Parameters;

/**
 * The manifest of one period: the parameters in force, the inputs read (with their checksums),
 * the datasets that were missing, the data quality and the tables written.
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
    Map<String, TableInfo> tables) {

  /** An input dataset as the run read it. */
  public record InputFile(String dataset, String format, long size, String sha256) {}

  /** A written table: its row count and content hash. */
  public record TableInfo(long rows, String sha256) {}

  private static final ObjectMapper JSON = new ObjectMapper();

  public static Manifest parse(String json) {
    JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (IOException e) {
      throw new UserException("The results store's manifest is not valid JSON: " + e.getMessage());
    }
    if (root == null || !root.isObject()) {
      throw new UserException("The results store's manifest is not a JSON object");
    }
    Map<String, String> parameters = new LinkedHashMap<>();
    root.path("parameters").fields().forEachRemaining(e -> parameters.put(e.getKey(), e.getValue().asText()));
    List<InputFile> inputs = new ArrayList<>();
    root.path("inputs").fields().forEachRemaining(e -> inputs.add(new InputFile(e.getKey(),
        e.getValue().path("format").asText(""), e.getValue().path("size").asLong(0),
        e.getValue().path("sha256").asText(""))));
    List<String> missing = new ArrayList<>();
    root.path("missing_datasets").forEach(n -> missing.add(n.asText()));
    Map<String, Map<String, Long>> reasons = new LinkedHashMap<>();
    root.path("data_quality").fields().forEachRemaining(e -> {
      Map<String, Long> byReason = new LinkedHashMap<>();
      e.getValue().path("rejected_by_reason").fields()
          .forEachRemaining(r -> byReason.put(r.getKey(), r.getValue().asLong()));
      reasons.put(e.getKey(), Collections.unmodifiableMap(byReason));
    });
    Map<String, TableInfo> tables = new LinkedHashMap<>();
    root.path("tables").fields().forEachRemaining(e -> tables.put(e.getKey(),
        new TableInfo(e.getValue().path("rows").asLong(0), e.getValue().path("sha256").asText(""))));
    return new Manifest(root.path("engine_version").asText(""), root.path("period").asText(""),
        Collections.unmodifiableMap(parameters), List.copyOf(inputs), List.copyOf(missing),
        Collections.unmodifiableMap(reasons), instant(root.path("started")), instant(root.path("finished")),
        Collections.unmodifiableMap(tables));
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
      throw new UserException("The manifest's parameter " + name + " is not a number: '" + parameter(name) + "'");
    }
  }

  /** The job's time zone: every date and time of the report is shown in it. */
  public ZoneId zone() {
    try {
      return ZoneId.of(parameter(Parameters.TIME_ZONE));
    } catch (RuntimeException e) {
      throw new UserException("The manifest's time.zone is not a time zone: '" + parameter(Parameters.TIME_ZONE) + "'");
    }
  }
}
