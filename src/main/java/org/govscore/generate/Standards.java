package org.govscore.generate;

import java.util.List;

/** Data standards a resource's payload follows, by base library. */
final class Standards {
  static final List<String> ALL =
      List.of(
          "GB 11643-1999",
          "GB 32100-2015",
          "GB/T 36903-2018",
          "GB/T 4754-2017",
          "GB/T 22117-2018",
          "GB/T 39046-2020",
          "GB/T 21063.4-2007");

  private Standards() {}

  static String forLibrary(String baseLibrary) {
    return switch (baseLibrary) {
      case "POPULATION" -> "GB 11643-1999";
      case "LEGAL_ENTITY" -> "GB 32100-2015";
      case "LICENSE" -> "GB/T 36903-2018";
      case "ECONOMY" -> "GB/T 4754-2017";
      case "CREDIT" -> "GB/T 22117-2018";
      case "BUSINESS" -> "GB/T 39046-2020";
      default -> "GB/T 21063.4-2007";
    };
  }

  /** A standard other than {@code expected}, as a misconfigured interface would declare. */
  static String other(String expected, int pick) {
    String s = ALL.get(Math.floorMod(pick, ALL.size()));
    return s.equals(expected) ? ALL.get(Math.floorMod(pick + 1, ALL.size())) : s;
  }
}
