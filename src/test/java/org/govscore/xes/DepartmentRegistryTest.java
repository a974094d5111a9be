package org.govscore.xes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class DepartmentRegistryTest {
  @Test
  void derivesSafeUpperCaseCodes() {
    assertEquals("GROUP_1", DepartmentRegistry.codeFor("Group 1"));
    assertEquals("A-B_C_D", DepartmentRegistry.codeFor(" a-b_c.d "));
    assertEquals("___", DepartmentRegistry.codeFor("受理科"));
  }

  @Test
  void withoutMappingEachGroupIsADepartmentAndMissingOnesAreUnassigned() {
    DepartmentRegistry r = new DepartmentRegistry(Mapping.none());
    assertEquals(new Department("GROUP_1", "Group 1"), r.resolve("Group 1"));
    assertEquals(new Department("EMPTY", "EMPTY"), r.resolve("EMPTY"));
    assertEquals(Mapping.UNASSIGNED, r.resolve(null));
    assertEquals(Mapping.UNASSIGNED, r.resolve("  "));
    assertEquals(
        List.of(
            new Department("EMPTY", "EMPTY"),
            new Department("GROUP_1", "Group 1"),
            Mapping.UNASSIGNED),
        r.used());
  }

  @Test
  void valuesDerivingTheSameCodeStayApart() {
    DepartmentRegistry r = new DepartmentRegistry(Mapping.none());
    assertEquals("GROUP_1", r.resolve("Group 1").code());
    assertEquals("GROUP_1_2", r.resolve("group.1").code());
    assertEquals("GROUP_1", r.resolve("Group 1").code());
    assertEquals("___", r.resolve("受理科").code());
    assertEquals("____2", r.resolve("审批科").code());
  }

  @Test
  void derivedCodesAvoidTheMappingsCodes() {
    Mapping m = Mapping.parse("[groups]\nGroup 1 = GROUP_2 | Second\n", "m.ini");
    DepartmentRegistry r = new DepartmentRegistry(m);
    assertEquals("GROUP_2", r.resolve("Group 1").code());
    assertEquals("GROUP_2_2", r.resolve("Group 2").code());
    assertEquals("UNASSIGNED_2", r.resolve("unassigned").code());
  }
}
