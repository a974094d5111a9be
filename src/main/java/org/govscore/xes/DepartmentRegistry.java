package org.govscore.xes;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns org:group values into departments and remembers the ones used, so departments.csv lists
 * exactly the departments case_events refers to. Values the mapping does not name get a code
 * derived from the value; two values that derive the same code get distinct codes (suffix _2, _3,
 * ...) because merging them would merge two units' evidence.
 */
final class DepartmentRegistry {
  private final Mapping mapping;
  private final Set<String> reserved;
  private final Map<String, Department> derived = new HashMap<>();
  private final Set<String> derivedCodes = new HashSet<>();
  private final Map<String, Department> used = new HashMap<>();

  DepartmentRegistry(Mapping mapping) {
    this.mapping = mapping;
    this.reserved = mapping.reservedDepartmentCodes();
  }

  /** Whether the value says nothing about the group: absent, blank or a mapping placeholder. */
  boolean isMissing(String group) {
    return group == null || group.isBlank() || mapping.isPlaceholder(group);
  }

  /** The department for an event's org:group value (null when the event has none). */
  Department resolve(String group) {
    Department d =
        isMissing(group)
            ? mapping.defaultDepartment()
            : mapping.department(group).orElseGet(() -> derive(group));
    used.putIfAbsent(d.code(), d);
    return d;
  }

  /** Departments referred to so far, by code. */
  List<Department> used() {
    return used.values().stream().sorted(Comparator.comparing(Department::code)).toList();
  }

  private Department derive(String group) {
    return derived.computeIfAbsent(
        group,
        g -> {
          String base = codeFor(g);
          String code = base;
          for (int n = 2; reserved.contains(code) || derivedCodes.contains(code); n++) {
            code = base + "_" + n;
          }
          derivedCodes.add(code);
          return new Department(code, g.strip());
        });
  }

  /** Upper case, and '_' for anything outside [A-Za-z0-9_-]: 'Group 1' becomes GROUP_1. */
  static String codeFor(String group) {
    return group.strip().replaceAll("[^A-Za-z0-9_-]", "_").toUpperCase(Locale.ROOT);
  }
}
