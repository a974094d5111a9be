package org.govscore.generate;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Which department codes were planted with which profile: what a demo or a test can point at (the
 * island to look for among the findings, the department whose score falls).
 */
public record PlantedDepartments(Map<DepartmentProfile, List<String>> departmentsByProfile) {

  public PlantedDepartments {
    EnumMap<DepartmentProfile, List<String>> copy = new EnumMap<>(DepartmentProfile.class);
    for (DepartmentProfile p : DepartmentProfile.values()) {
      copy.put(p, List.copyOf(departmentsByProfile.getOrDefault(p, List.of())));
    }
    departmentsByProfile = Collections.unmodifiableMap(copy);
  }

  public List<String> of(DepartmentProfile profile) {
    return departmentsByProfile.get(profile);
  }

  /** Departments with no successful cross-department exchange in any period. */
  public List<String> islands() {
    return of(DepartmentProfile.ISLAND);
  }

  /** Departments excellent in the first period and collapsed in the later ones. */
  public List<String> falling() {
    return of(DepartmentProfile.FALLING);
  }
}
