package org.govscore.render.results;

import java.util.Map;

/**
 * The catalogue names of a period's service items and resources (the catalogue_names table), to
 * show a name beside each code. Names are input text: templates escape them. A period written
 * before the table existed has no names, and every label is the code alone.
 */
public record CatalogueLabels(Map<String, String> itemNames, Map<String, String> resourceNames) {
  public CatalogueLabels {
    itemNames = Map.copyOf(itemNames);
    resourceNames = Map.copyOf(resourceNames);
  }

  public static CatalogueLabels none() {
    return new CatalogueLabels(Map.of(), Map.of());
  }

  /** "name (code)" of a service item, or the code when the catalogue names none. */
  public String item(String code) {
    return label(itemNames, code);
  }

  /** "name (code)" of a resource, or the code when the catalogue names none. */
  public String resource(String code) {
    return label(resourceNames, code);
  }

  private static String label(Map<String, String> names, String code) {
    if (code == null) {
      return "";
    }
    String name = names.get(code);
    return name == null || name.isBlank() ? code : name + " (" + code + ")";
  }
}
