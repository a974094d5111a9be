package org.govscore.generate;

import java.util.ArrayList;
import java.util.List;
import org.govscore.contract.DatasetKind;

/**
 * The catalogue as contract rows, plus a few structurally bad service_items and resources rows. Bad
 * catalogue rows are extra entries that nothing refers to (and one exact copy of a real row), so
 * rejecting them takes nothing away from the planted patterns. regions and departments are never
 * made bad: a rejected department would drag everything referring to it along.
 */
final class CatalogueTables {
  /** Below this many entries even one bad row could push the reject share near 2 %. */
  static final int MIN_ENTRIES_FOR_BAD_ROWS = 50;

  private final Catalogue cat;
  private final double badRowShare;

  CatalogueTables(Catalogue cat, double badRowShare) {
    this.cat = cat;
    this.badRowShare = badRowShare;
  }

  List<Object[]> regions() {
    List<Object[]> rows = new ArrayList<>();
    for (int i = 0; i < cat.regionCode.length; i++) {
      rows.add(
          row(
              DatasetKind.REGIONS,
              "region_code",
              cat.regionCode[i],
              "region_name",
              cat.regionName[i],
              "level",
              cat.regionLevel[i],
              "parent_code",
              cat.regionParent[i]));
    }
    return rows;
  }

  List<Object[]> departments() {
    List<Object[]> rows = new ArrayList<>();
    for (int d = 0; d < cat.deptCode.length; d++) {
      rows.add(
          row(
              DatasetKind.DEPARTMENTS,
              "dept_code",
              cat.deptCode[d],
              "dept_name",
              cat.deptName[d],
              "region_code",
              cat.regionCode[cat.deptRegion[d]]));
    }
    return rows;
  }

  List<Object[]> serviceItems() {
    List<Object[]> rows = new ArrayList<>();
    for (int i = 0; i < cat.itemCode.length; i++) {
      rows.add(
          item(
              cat.itemCode[i],
              cat.itemName[i],
              cat.deptCode[cat.itemOwner[i]],
              cat.itemType[i],
              cat.itemDepth[i],
              days(cat.itemStatutory[i]),
              days(cat.itemPromised[i]),
              cat.itemRequires[i]));
    }
    int bad = badCount(rows.size());
    for (int k = 0; k < bad; k++) {
      int owner = (int) ((long) k * 7919 % cat.deptCode.length);
      String code = "S" + cat.deptTail(owner) + "-8" + CatalogueBuilder.pad(k % 100, 2);
      String dept = cat.deptCode[owner];
      rows.add(
          switch (k % 5) {
            case 0 -> item(code, null, dept, "LICENSING", 3, 20, 10, new String[0]);
            case 1 -> item(code, "临时事项（待清理）", dept, "XINGZHENG_XUKE", 2, 20, 10, new String[0]);
            case 2 ->
                item(
                    code,
                    "已撤并部门遗留事项",
                    Defect.unknownDepartment(k),
                    "OTHER",
                    1,
                    10,
                    5,
                    new String[0]);
            case 3 -> item(code, "时限录入错误事项", dept, "CONFIRMATION", 2, -5, 3, new String[0]);
            default -> rows.get(k % cat.itemCode.length).clone();
          });
    }
    return rows;
  }

  List<Object[]> resources() {
    List<Object[]> rows = new ArrayList<>();
    for (int r = 0; r < cat.resourceCode.length; r++) {
      rows.add(
          resource(
              cat.resourceCode[r],
              cat.resourceName[r],
              cat.deptCode[cat.resourceProvider[r]],
              cat.resourceLibrary[r],
              cat.resourceShareType[r],
              cat.resourceLegalBasis[r],
              cat.resourceStandard[r]));
    }
    int bad = badCount(rows.size());
    for (int k = 0; k < bad; k++) {
      int provider = (int) ((long) k * 7919 % cat.deptCode.length);
      String code = "R" + cat.deptTail(provider) + "-8" + (k % 10);
      String dept = cat.deptCode[provider];
      rows.add(
          switch (k % 4) {
            case 0 -> resource(code, null, dept, "OTHER", "CONDITIONAL", null, null);
            case 1 -> resource(code, "历史业务数据", dept, "OTHER", "OPEN", null, null);
            case 2 ->
                resource(
                    code,
                    "已撤并部门数据",
                    Defect.unknownDepartment(k),
                    "BUSINESS",
                    "CONDITIONAL",
                    null,
                    null);
            default -> rows.get(k % cat.resourceCode.length).clone();
          });
    }
    return rows;
  }

  /** round(n * share), but at least one from 50 entries on when the share is not 0. */
  int badCount(int entries) {
    if (badRowShare <= 0) {
      return 0;
    }
    long n = Math.round(entries * badRowShare);
    return (int) Math.max(n, entries >= MIN_ENTRIES_FOR_BAD_ROWS ? 1 : 0);
  }

  /** Catalogue arrays use -1 for a missing limit. */
  private static Integer days(int value) {
    return value < 0 ? null : value;
  }

  private static Object[] item(
      String code,
      String name,
      String dept,
      String type,
      int depth,
      Integer statutory,
      Integer promised,
      String[] requires) {
    return row(
        DatasetKind.SERVICE_ITEMS,
        "item_code",
        code,
        "item_name",
        name,
        "dept_code",
        dept,
        "item_type",
        type,
        "online_depth",
        depth,
        "statutory_days",
        statutory,
        "promised_days",
        promised,
        "required_resources",
        requires);
  }

  private static Object[] resource(
      String code,
      String name,
      String provider,
      String library,
      String share,
      String basis,
      String standard) {
    return row(
        DatasetKind.RESOURCES,
        "resource_code",
        code,
        "resource_name",
        name,
        "provider_dept_code",
        provider,
        "base_library",
        library,
        "share_type",
        share,
        "legal_basis",
        basis,
        "standard_code",
        standard);
  }

  /** Values placed by column name, so the contract's column order is the only order. */
  private static Object[] row(DatasetKind kind, Object... namesAndValues) {
    List<String> names = kind.columnNames();
    Object[] v = new Object[names.size()];
    for (int i = 0; i < namesAndValues.length; i += 2) {
      int at = names.indexOf((String) namesAndValues[i]);
      if (at < 0) {
        throw new IllegalStateException(kind.datasetName() + " has no column " + namesAndValues[i]);
      }
      v[at] = namesAndValues[i + 1];
    }
    return v;
  }
}
