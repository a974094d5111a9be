package org.govscore.report.model;

import java.util.List;

/**
 * The methodology with every parameter in force (from the manifest) and the evidence's
 * fingerprints.
 */
public record MethodologySection(
    List<ParameterRow> parameters,
    List<Definition> headline,
    List<Definition> secondary,
    List<Definition> checks,
    List<Definition> grades,
    List<Definition> quadrants,
    List<InputRow> inputs,
    String engineVersion,
    String started,
    String finished,
    String composite) {

  public record ParameterRow(String name, String value, String description) {}

  public record Definition(String id, String name, String text) {}

  public record InputRow(String dataset, String format, String size, String sha256) {}
}
