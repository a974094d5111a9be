package org.govscore.xes;

/**
 * The single root region (PROVINCE level, no parent) the imported departments belong to: an event
 * log names no region, so the user supplies one or the neutral default is used.
 */
public record RegionSpec(String code, String name) {
  public static final String DEFAULT_CODE = "990000";
  public static final String DEFAULT_NAME = "Imported region";

  public static final RegionSpec DEFAULT = new RegionSpec(DEFAULT_CODE, DEFAULT_NAME);

  public RegionSpec {
    String problem = problemWithCode(code);
    if (problem != null) {
      throw new ImportException(problem);
    }
    if (name == null || name.isBlank()) {
      throw new ImportException("region name must not be blank");
    }
  }

  /** Why {@code code} is no region code (GB/T 2260 codes are 6 digits), or null when it is one. */
  public static String problemWithCode(String code) {
    if (code == null || !code.matches("[0-9]{6}")) {
      return "region code '" + code + "' must be 6 digits (GB/T 2260 style), e.g. " + DEFAULT_CODE;
    }
    return null;
  }

  /** This region with the given parts replaced where they are not null. */
  public RegionSpec with(String newCode, String newName) {
    return new RegionSpec(newCode == null ? code : newCode, newName == null ? name : newName);
  }
}
