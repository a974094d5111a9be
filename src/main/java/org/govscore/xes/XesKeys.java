package org.govscore.xes;

/** The standard extension keys the importer maps (Concept, Time and Organizational extensions). */
final class XesKeys {
  static final String CONCEPT_NAME = "concept:name";
  static final String TIMESTAMP = "time:timestamp";
  static final String ORG_GROUP = "org:group";

  private XesKeys() {}
}
