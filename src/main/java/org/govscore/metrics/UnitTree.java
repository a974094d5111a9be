package org.govscore.metrics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The evaluated units: accepted regions (a tree) and departments. A region's values pool every
 * department of the region and its descendants.
 */
public final class UnitTree {
  public record Region(String code, String name, String level, String parentCode) {}

  public record Department(String code, String name, String regionCode) {}

  private final Map<String, Region> regions = new LinkedHashMap<>();
  private final Map<String, Department> departments = new LinkedHashMap<>();
  private final Map<String, List<String>> departmentsUnder = new HashMap<>();

  public UnitTree(List<Region> regionList, List<Department> departmentList) {
    regionList.stream()
        .sorted((a, b) -> a.code().compareTo(b.code()))
        .forEach(r -> regions.put(r.code(), r));
    departmentList.stream()
        .sorted((a, b) -> a.code().compareTo(b.code()))
        .forEach(d -> departments.put(d.code(), d));
    for (Region r : regions.values()) {
      departmentsUnder.put(r.code(), new ArrayList<>());
    }
    for (Department d : departments.values()) {
      for (String regionCode : ancestorsAndSelf(d.regionCode())) {
        departmentsUnder.get(regionCode).add(d.code());
      }
    }
  }

  /** The region and its ancestors, nearest first. */
  public List<String> ancestorsAndSelf(String regionCode) {
    List<String> chain = new ArrayList<>();
    String c = regionCode;
    while (c != null && regions.containsKey(c) && !chain.contains(c)) {
      chain.add(c);
      c = regions.get(c).parentCode();
    }
    return chain;
  }

  public Map<String, Region> regions() {
    return Collections.unmodifiableMap(regions);
  }

  public Map<String, Department> departments() {
    return Collections.unmodifiableMap(departments);
  }

  /** Departments of the region and all its descendants. */
  public List<String> departmentsUnder(String regionCode) {
    return Collections.unmodifiableList(departmentsUnder.getOrDefault(regionCode, List.of()));
  }

  /** A department's level in scores is its region's level. */
  public String levelOf(Department d) {
    return Objects.requireNonNull(regions.get(d.regionCode()), "region of " + d.code()).level();
  }
}
