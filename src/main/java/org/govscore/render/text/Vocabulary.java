package org.govscore.render.text;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.govscore.methodology.MethodologyRegistry;
import org.govscore.store.Manifest.ExternalIndicator;

/**
 * The language's names for the codes of the results store (grades, quadrants, indicators, checks,
 * datasets, statuses, finding kinds), shared by report and site: those of the methodology from its
 * registry, the others from the messages. An unknown code is shown as itself, never dropped.
 */
public final class Vocabulary {
  private final Messages messages;

  /**
   * Indicators measured outside the logs: their names and sources come from the run, not from the
   * messages.
   */
  private final Map<String, ExternalIndicator> external;

  public Vocabulary(Messages messages) {
    this(messages, List.of());
  }

  /** With the external indicators of the periods shown (a later period's name and source win). */
  public Vocabulary(Messages messages, List<ExternalIndicator> external) {
    this.messages = messages;
    Map<String, ExternalIndicator> byId = new HashMap<>();
    external.forEach(e -> byId.put(e.id(), e));
    this.external = Map.copyOf(byId);
  }

  public Messages messages() {
    return messages;
  }

  public String grade(String code) {
    return code == null
        ? messages.get("value.insufficient")
        : MethodologyRegistry.findGrade(code).map(g -> messages.text(g.label())).orElse(code);
  }

  public String quadrant(String code) {
    return messages.getOr("quadrant." + (code == null ? "UNCLASSIFIED" : code), code);
  }

  public String indicator(String id) {
    var e = external.get(id);
    if (e != null && !e.name().isBlank()) {
      return e.name();
    }
    return MethodologyRegistry.findIndicator(id).map(i -> messages.text(i.name())).orElse(id);
  }

  public String indicatorDefinition(String id) {
    var e = external.get(id);
    if (e != null) {
      return messages.format("indicator.external.definition", e.source());
    }
    return MethodologyRegistry.findIndicator(id).map(i -> messages.text(i.definition())).orElse("");
  }

  public String check(String id) {
    return MethodologyRegistry.findCheck(id).map(c -> messages.text(c.name())).orElse(id);
  }

  public String checkRule(String id) {
    return MethodologyRegistry.findCheck(id).map(c -> messages.text(c.rule())).orElse("");
  }

  public String dataset(String name) {
    return messages.getOr("dataset." + name, name);
  }

  public String reason(String code) {
    return messages.getOr("reason." + code, code);
  }

  /** The status's name; "no data" when the log that decides it was absent (status null). */
  public String itemStatus(String code) {
    return code == null ? messages.get("value.na") : messages.getOr("item.status." + code, code);
  }

  /** The status's name; "no data" when the exchanges log was absent (status null). */
  public String resourceStatus(String code) {
    return code == null
        ? messages.get("value.na")
        : messages.getOr("resource.status." + code, code);
  }

  public String shareType(String code) {
    return messages.getOr("share." + code, code);
  }

  public String findingKind(String code) {
    return MethodologyRegistry.findFindingKind(code)
        .filter(k -> k.label() != null)
        .map(k -> messages.text(k.label()))
        .orElse(code);
  }

  public String level(String code) {
    return code == null ? "" : messages.getOr("level." + code, code);
  }

  public String unitType(String code) {
    return messages.getOr("unittype." + code, code);
  }

  public String parameter(String name) {
    return MethodologyRegistry.findParameterText(name)
        .map(p -> messages.text(p.description()))
        .orElse("");
  }
}
