package org.govscore.generate;

import java.util.ArrayList;
import java.util.List;

/** The order in which regions join the tree as departments grow. */
final class RegionTree {
  private RegionTree() {}

  /**
   * Regions as {code, name, level, parent code}: the province first, then each city followed by its
   * first county, then the other counties city by city in turn. Every prefix is a valid tree, with
   * all three levels once it has three regions.
   */
  static List<String[]> inOrder() {
    List<String[]> order = new ArrayList<>();
    order.add(
        new String[] {
          SichuanRegions.PROVINCE_CODE, SichuanRegions.PROVINCE_NAME, "PROVINCE", null
        });
    for (SichuanRegions.City c : SichuanRegions.CITIES) {
      order.add(new String[] {c.code(), c.name(), "CITY", SichuanRegions.PROVINCE_CODE});
      String[] county = c.counties().get(0);
      order.add(new String[] {county[0], county[1], "COUNTY", c.code()});
    }
    for (int round = 1; ; round++) {
      boolean any = false;
      for (SichuanRegions.City c : SichuanRegions.CITIES) {
        if (round < c.counties().size()) {
          String[] county = c.counties().get(round);
          order.add(new String[] {county[0], county[1], "COUNTY", c.code()});
          any = true;
        }
      }
      if (!any) {
        return order;
      }
    }
  }
}
