package org.govscore.generate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CatalogueBuilderTest {

  static Catalogue build(int departments, long seed) {
    return CatalogueBuilder.build(
        GeneratorSettings.defaults().withDepartments(departments).withSeed(seed));
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 5, 12, 40, 333, 5000})
  void departmentCountIsExactAndCodesAreUnique(int n) {
    Catalogue cat = build(n, 2016);
    assertEquals(n, cat.deptCode.length);
    assertEquals(n, new HashSet<>(Arrays.asList(cat.deptCode)).size());
    assertEquals(cat.itemCode.length, new HashSet<>(Arrays.asList(cat.itemCode)).size());
    assertEquals(cat.resourceCode.length, new HashSet<>(Arrays.asList(cat.resourceCode)).size());
    assertEquals(cat.regionCode.length, new HashSet<>(Arrays.asList(cat.regionCode)).size());
  }

  @Test
  void regionsFormATreeOfThreeLevels() {
    Catalogue cat = build(5000, 2016);
    Map<String, String> level = new HashMap<>();
    for (int i = 0; i < cat.regionCode.length; i++) {
      assertTrue(cat.regionCode[i].matches("\\d{6}"), cat.regionCode[i]);
      level.put(cat.regionCode[i], cat.regionLevel[i]);
    }
    List<String> order = List.of("PROVINCE", "CITY", "COUNTY");
    for (int i = 0; i < cat.regionCode.length; i++) {
      if (cat.regionParent[i] == null) {
        assertEquals("PROVINCE", cat.regionLevel[i]);
      } else {
        String parentLevel = level.get(cat.regionParent[i]);
        assertTrue(
            order.indexOf(parentLevel) < order.indexOf(cat.regionLevel[i]), cat.regionCode[i]);
      }
    }
    assertEquals(Set.copyOf(order), Set.copyOf(level.values()));
    assertTrue(cat.regionCode.length > 150, "all of Sichuan for 5000 departments");
  }

  @Test
  void departmentsHaveChineseNamesAndExistingRegions() {
    Catalogue cat = build(40, 2016);
    Set<String> regions = Set.of(cat.regionCode);
    for (int d = 0; d < cat.deptCode.length; d++) {
      assertTrue(cat.deptCode[d].matches("D\\d{6}-\\d{3}"), cat.deptCode[d]);
      assertTrue(regions.contains(cat.deptCode[d].substring(1, 7)));
      assertTrue(cat.deptName[d].startsWith(cat.regionName[cat.deptRegion[d]]), cat.deptName[d]);
      assertTrue(
          cat.deptName[d]
              .codePoints()
              .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN));
    }
    assertTrue(Arrays.asList(cat.deptName).contains("四川省公安厅"));
  }

  @Test
  void itemsAndResourcesPerDepartmentAreAboutTenAndFive() {
    Catalogue cat = build(200, 2016);
    double items = cat.itemCode.length / 200.0;
    double resources = cat.resourceCode.length / 200.0;
    assertTrue(items >= 9 && items <= 11, "items per department " + items);
    assertTrue(resources >= 4.5 && resources <= 5.5, "resources per department " + resources);
  }

  @Test
  void requirementsMostlyPointAtOtherDepartments() {
    Catalogue cat = build(40, 2016);
    int other = 0;
    int own = 0;
    int uncatalogued = 0;
    for (int i = 0; i < cat.itemCode.length; i++) {
      for (int j = 0; j < cat.itemRequires[i].length; j++) {
        int res = cat.itemRequiresResource[i][j];
        if (res < 0) {
          uncatalogued++;
          assertFalse(Arrays.asList(cat.resourceCode).contains(cat.itemRequires[i][j]));
        } else if (cat.resourceProvider[res] == cat.itemOwner[i]) {
          own++;
        } else {
          other++;
        }
      }
    }
    assertTrue(
        other > 4 * (own + uncatalogued),
        other + " other, " + own + " own, " + uncatalogued + " uncatalogued");
    assertTrue(own > 0 && uncatalogued > 0);
  }

  @Test
  void catalogueCarriesEveryPlantedFlaw() {
    Catalogue cat = build(40, 2016);
    boolean notSharedWithoutBasis = false;
    boolean notSharedWithBasis = false;
    boolean noStandard = false;
    for (int r = 0; r < cat.resourceCode.length; r++) {
      if ("NOT_SHARED".equals(cat.resourceShareType[r])) {
        notSharedWithoutBasis |= cat.resourceLegalBasis[r] == null;
        notSharedWithBasis |= cat.resourceLegalBasis[r] != null;
      } else {
        assertNull(cat.resourceLegalBasis[r]);
      }
      noStandard |= cat.resourceStandard[r] == null;
    }
    assertTrue(notSharedWithoutBasis && notSharedWithBasis && noStandard);
    boolean promisedOver = false;
    boolean promisedMissing = false;
    boolean promisedUnder = false;
    Set<Integer> depths = new HashSet<>();
    Set<String> types = new HashSet<>();
    for (int i = 0; i < cat.itemCode.length; i++) {
      int s = cat.itemStatutory[i];
      int p = cat.itemPromised[i];
      promisedOver |= s >= 0 && p > s;
      promisedMissing |= p < 0;
      promisedUnder |= s >= 0 && p >= 0 && p < s;
      depths.add(cat.itemDepth[i]);
      types.add(cat.itemType[i]);
    }
    assertTrue(promisedOver && promisedMissing && promisedUnder);
    assertEquals(Set.of(0, 1, 2, 3, 4), depths);
    assertTrue(types.size() >= 5, types.toString());
  }

  @Test
  void everyProfileIsPlantedFromSixDepartmentsOn() {
    for (int n : new int[] {6, 12, 40, 1000}) {
      Set<DepartmentProfile> seen = EnumSet.noneOf(DepartmentProfile.class);
      seen.addAll(Arrays.asList(ProfileQuota.assign(n, 2016)));
      assertEquals(EnumSet.allOf(DepartmentProfile.class), seen, "n = " + n);
    }
  }

  @Test
  void sameSeedSameCatalogueOtherSeedOtherProfiles() {
    Catalogue a = build(40, 7);
    Catalogue b = build(40, 7);
    Catalogue c = build(40, 8);
    assertArrayEquals(a.itemCode, b.itemCode);
    assertArrayEquals(a.resourceStandard, b.resourceStandard);
    assertArrayEquals(a.itemRequires, b.itemRequires);
    assertArrayEquals(a.deptProfile, b.deptProfile);
    assertNotEquals(Arrays.asList(a.deptProfile), Arrays.asList(c.deptProfile));
  }
}
