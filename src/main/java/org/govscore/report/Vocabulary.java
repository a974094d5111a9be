package org.govscore.report;

import org.govscore.render.text.Messages;

/**
 * The language's names for the codes of the results store (grades, quadrants, indicators, checks,
 * datasets, statuses, finding kinds). An unknown code is shown as itself, never dropped.
 */
final class Vocabulary {
  private final Messages messages;

  Vocabulary(Messages messages) {
    this.messages = messages;
  }

  Messages messages() {
    return messages;
  }

  String grade(String code) {
    return code == null ? messages.get("value.insufficient") : messages.getOr("grade." + code, code);
  }

  String quadrant(String code) {
    return messages.getOr("quadrant." + (code == null ? "UNCLASSIFIED" : code), code);
  }

  String indicator(String id) {
    return messages.getOr("indicator." + id + ".name", id);
  }

  String indicatorDefinition(String id) {
    return messages.getOr("indicator." + id + ".definition", "");
  }

  String check(String id) {
    return messages.getOr("check." + id + ".name", id);
  }

  String checkRule(String id) {
    return messages.getOr("check." + id + ".rule", "");
  }

  String dataset(String name) {
    return messages.getOr("dataset." + name, name);
  }

  String reason(String code) {
    return messages.getOr("reason." + code, code);
  }

  String itemStatus(String code) {
    return messages.getOr("item.status." + code, code);
  }

  String resourceStatus(String code) {
    return messages.getOr("resource.status." + code, code);
  }

  String shareType(String code) {
    return messages.getOr("share." + code, code);
  }

  String findingKind(String code) {
    return messages.getOr("finding." + code, code);
  }

  String level(String code) {
    return code == null ? "" : messages.getOr("level." + code, code);
  }

  String unitType(String code) {
    return messages.getOr("unittype." + code, code);
  }

  String parameter(String name) {
    return messages.getOr("param." + name, "");
  }
}
