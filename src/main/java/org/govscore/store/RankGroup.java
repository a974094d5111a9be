package org.govscore.store;

import java.util.List;

/**
 * A rank group of the scores table: {@code REGION:<level>} (regions of one level) or {@code
 * DEPARTMENT:<region_code>} (the departments of one region).
 */
public record RankGroup(String id, String unitType, String qualifier)
    implements Comparable<RankGroup> {
  private static final List<String> LEVELS = List.of("PROVINCE", "CITY", "COUNTY");

  public static RankGroup parse(String id) {
    String text = id == null ? "" : id;
    int colon = text.indexOf(':');
    if (colon < 0) {
      return new RankGroup(text, text, "");
    }
    return new RankGroup(text, text.substring(0, colon), text.substring(colon + 1));
  }

  public boolean ofRegions() {
    return "REGION".equals(unitType);
  }

  /** The level of a region group, else null. */
  public String level() {
    return ofRegions() ? qualifier : null;
  }

  /** The region of a department group, else null. */
  public String regionCode() {
    return ofRegions() ? null : qualifier;
  }

  /** Region groups first, from the top level down; then department groups by region code. */
  @Override
  public int compareTo(RankGroup o) {
    if (ofRegions() != o.ofRegions()) {
      return ofRegions() ? -1 : 1;
    }
    if (ofRegions()) {
      int c = Integer.compare(levelOrder(qualifier), levelOrder(o.qualifier));
      if (c != 0) {
        return c;
      }
    }
    return qualifier.compareTo(o.qualifier);
  }

  private static int levelOrder(String level) {
    int i = LEVELS.indexOf(level);
    return i < 0 ? LEVELS.size() : i;
  }
}
