package org.govscore.site;

import org.govscore.render.text.Messages;

/**
 * The language's names for the codes of the results store, from the bundles the report uses too.
 * An unknown code is shown as itself rather than dropped.
 */
final class Words {
  private final Messages messages;

  Words(Messages messages) {
    this.messages = messages;
  }

  Messages messages() {
    return messages;
  }

  String grade(String code) {
    return code == null ? messages.get("value.insufficient") : messages.getOr("grade." + code, code);
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
