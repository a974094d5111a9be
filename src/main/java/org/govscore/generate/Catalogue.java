package org.govscore.generate;

import java.io.Serializable;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The generated reference data, as flat arrays indexed by position: what executors need to make log
 * rows by index arithmetic. At most tens of thousands of entries, so it is built on the driver and
 * broadcast. Filled by {@link CatalogueBuilder}; read-only afterwards.
 */
final class Catalogue implements Serializable {
  private static final long serialVersionUID = 1L;

  // Regions (regions of one department are contiguous: firstDepartment/departmentCount).
  String[] regionCode;
  String[] regionName;
  String[] regionLevel;
  String[] regionParent;
  int[] regionFirstDepartment;
  int[] regionDepartmentCount;

  // Departments.
  String[] deptCode;
  String[] deptName;
  int[] deptRegion;
  DepartmentProfile[] deptProfile;

  // Service items; days are -1 when missing.
  String[] itemCode;
  String[] itemName;
  String[] itemType;
  int[] itemOwner;
  int[] itemDepth;
  int[] itemStatutory;
  int[] itemPromised;
  ItemRole[] itemRole;

  /** Required resource codes; resource index -1 and a chosen provider for uncatalogued codes. */
  String[][] itemRequires;

  int[][] itemRequiresResource;
  int[][] itemRequiresProvider;

  // Resources.
  String[] resourceCode;
  String[] resourceName;
  String[] resourceLibrary;
  String[] resourceShareType;
  String[] resourceLegalBasis;
  String[] resourceStandard;
  int[] resourceProvider;
  ResourceRole[] resourceRole;

  /** Items with demand, one per department in turn: the first case of each item per period. */
  int[] demandOrder;

  /** Items with demand and their cumulative popularity, for the remaining cases. */
  int[] demandPool;

  double[] demandCumulative;

  /** Requested resources, one per department in turn: the first request of each per period. */
  int[] coverageResources;

  /** Resources free requests go to. */
  int[] requestableResources;

  /** Departments that are neither islands nor falling: safe consumers for planted successes. */
  int[] dependableDepartments;

  /** Poor departments, named as provider in requests that mismatch the catalogue. */
  int[] sloppyDepartments;

  // Periods as local epoch days, [first, end).
  String[] periodLabel;
  long[] periodFirstDay;
  long[] periodEndDay;

  int departmentCount() {
    return deptCode.length;
  }

  int periodCount() {
    return periodLabel.length;
  }

  /**
   * The period an instant falls in; an instant outside all periods counts with the nearest one
   * before it (or the first), so a department's conduct follows the time a row carries.
   */
  int periodAt(long millis) {
    long day = ShanghaiTime.epochDay(millis);
    int p = 0;
    for (int i = 0; i < periodFirstDay.length; i++) {
      if (day >= periodFirstDay[i]) {
        p = i;
      }
    }
    return p;
  }

  Conduct conduct(int dept, int period) {
    return deptProfile[dept].conductIn(period);
  }

  /** An item with demand, chosen by popularity from a uniform draw in [0, 1). */
  int pickDemandItem(double u) {
    double target = u * demandCumulative[demandCumulative.length - 1];
    int at = Arrays.binarySearch(demandCumulative, target);
    int slot = at >= 0 ? Math.min(at + 1, demandPool.length - 1) : -at - 1;
    return demandPool[Math.min(slot, demandPool.length - 1)];
  }

  /** A department other than {@code exclude} (the same one only if it is alone). */
  int otherDepartment(int exclude, SplittableRandom r) {
    int n = deptCode.length;
    if (n == 1) {
      return exclude;
    }
    int d = r.nextInt(n - 1);
    return d >= exclude ? d + 1 : d;
  }

  /** A second department for a handover: another department of the same region if there is one. */
  int partnerDepartment(int dept, SplittableRandom r) {
    int region = deptRegion[dept];
    int count = regionDepartmentCount[region];
    if (count < 2) {
      return otherDepartment(dept, r);
    }
    int first = regionFirstDepartment[region];
    int d = first + r.nextInt(count - 1);
    return d >= dept ? d + 1 : d;
  }

  /** The part of a department code after its leading letter, e.g. 511602-007. */
  String deptTail(int dept) {
    return deptCode[dept].substring(1);
  }

  /** An item code shaped like the department's own but not in the catalogue. */
  String uncataloguedItemCode(int dept, int k) {
    return "S" + deptTail(dept) + "-9" + (k < 10 ? "0" + k : Integer.toString(k % 100));
  }

  /** A resource code shaped like the department's own but not in the catalogue. */
  String uncataloguedResourceCode(int dept, int k) {
    return "R" + deptTail(dept) + "-9" + (k % 10);
  }
}
