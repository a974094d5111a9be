package org.govscore.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.IntPredicate;
import org.govscore.config.Period;
import org.govscore.generate.DepartmentKind.ResourceTemplate;

/**
 * Builds the catalogue on the driver: a region tree, departments with planted profiles, their
 * service items and resources with planted roles, and the selection lists the log makers use.
 * Everything is drawn from one random stream of the seed, in a fixed order.
 */
final class CatalogueBuilder {
  /** Regions grow with departments: about four departments per region, as far as Sichuan goes. */
  private static final int DEPARTMENTS_PER_REGION = 4;

  private static final int MIN_REGIONS = 4;
  private static final String[] LEGAL_BASES = {
    "《中华人民共和国保守国家秘密法》", "《中华人民共和国个人信息保护法》", "《中华人民共和国统计法》", "《中华人民共和国档案法》", "《中华人民共和国反恐怖主义法》"
  };

  private final GeneratorSettings settings;
  private final SplittableRandom random;
  private final Catalogue cat = new Catalogue();

  /** Index of each department's first resource; one extra entry closes the last range. */
  private int[] firstResource;

  private CatalogueBuilder(GeneratorSettings settings) {
    this.settings = settings;
    this.random = RowRandom.of(settings.seed(), RowRandom.CATALOGUE, 0);
  }

  static Catalogue build(GeneratorSettings settings) {
    return new CatalogueBuilder(settings).build();
  }

  private Catalogue build() {
    buildRegions();
    buildDepartments();
    buildResources();
    buildItems();
    buildSelections();
    buildPeriods();
    return cat;
  }

  // ---- regions -------------------------------------------------------------------------------

  private void buildRegions() {
    List<String[]> all = RegionTree.inOrder();
    int wanted = Math.max(MIN_REGIONS, ceilDiv(settings.departments(), DEPARTMENTS_PER_REGION));
    int n = Math.min(all.size(), wanted);
    cat.regionCode = new String[n];
    cat.regionName = new String[n];
    cat.regionLevel = new String[n];
    cat.regionParent = new String[n];
    for (int i = 0; i < n; i++) {
      String[] r = all.get(i);
      cat.regionCode[i] = r[0];
      cat.regionName[i] = r[1];
      cat.regionLevel[i] = r[2];
      cat.regionParent[i] = r[3];
    }
  }

  // ---- departments ---------------------------------------------------------------------------

  private void buildDepartments() {
    int n = settings.departments();
    int regions = cat.regionCode.length;
    cat.deptCode = new String[n];
    cat.deptName = new String[n];
    cat.deptRegion = new int[n];
    cat.regionFirstDepartment = new int[regions];
    cat.regionDepartmentCount = new int[regions];
    List<DepartmentKind> kinds = DepartmentKinds.ALL;
    int d = 0;
    for (int region = 0; region < regions; region++) {
      int count = n / regions + (region < n % regions ? 1 : 0);
      cat.regionFirstDepartment[region] = d;
      cat.regionDepartmentCount[region] = count;
      for (int s = 0; s < count; s++, d++) {
        // Rotate kinds by region so a small sample still shows many kinds of department.
        int k = (s + region * 5) % kinds.size();
        String name = kinds.get(k).nameFor(cat.regionName[region], cat.regionLevel[region]);
        if (s >= kinds.size()) {
          name = name + "第" + (s / kinds.size() + 1) + "分局";
        }
        cat.deptCode[d] = "D" + cat.regionCode[region] + "-" + pad(s + 1, 3);
        cat.deptName[d] = name;
        cat.deptRegion[d] = region;
      }
    }
    cat.deptProfile = ProfileQuota.assign(n, settings.seed());
  }

  /** The department kind of department {@code d} (same rotation as its name). */
  private DepartmentKind kindOf(int d) {
    int region = cat.deptRegion[d];
    int s = d - cat.regionFirstDepartment[region];
    return DepartmentKinds.ALL.get((s + region * 5) % DepartmentKinds.ALL.size());
  }

  // ---- resources -----------------------------------------------------------------------------

  private void buildResources() {
    List<String> code = new ArrayList<>();
    List<String> name = new ArrayList<>();
    List<String> library = new ArrayList<>();
    List<String> share = new ArrayList<>();
    List<String> basis = new ArrayList<>();
    List<String> standard = new ArrayList<>();
    List<Integer> provider = new ArrayList<>();
    List<ResourceRole> role = new ArrayList<>();
    firstResource = new int[cat.deptCode.length + 1];
    for (int d = 0; d < cat.deptCode.length; d++) {
      firstResource[d] = code.size();
      DepartmentKind kind = kindOf(d);
      DepartmentProfile profile = cat.deptProfile[d];
      int count = Math.min(kind.resources().size(), 4 + random.nextInt(3));
      for (int i = 0; i < count; i++) {
        ResourceTemplate t = kind.resources().get(i);
        ResourceRole rr = profile.resourceRole(i);
        code.add("R" + cat.deptTail(d) + "-" + pad(i + 1, 2));
        name.add(t.name());
        library.add(t.baseLibrary());
        share.add(shareType(rr));
        basis.add(
            rr == ResourceRole.EXEMPT ? LEGAL_BASES[random.nextInt(LEGAL_BASES.length)] : null);
        standard.add(
            random.nextDouble() < profile.standardCare
                ? Standards.forLibrary(t.baseLibrary())
                : null);
        provider.add(d);
        role.add(rr);
      }
    }
    firstResource[cat.deptCode.length] = code.size();
    cat.resourceCode = code.toArray(String[]::new);
    cat.resourceName = name.toArray(String[]::new);
    cat.resourceLibrary = library.toArray(String[]::new);
    cat.resourceShareType = share.toArray(String[]::new);
    cat.resourceLegalBasis = basis.toArray(String[]::new);
    cat.resourceStandard = standard.toArray(String[]::new);
    cat.resourceProvider = provider.stream().mapToInt(Integer::intValue).toArray();
    cat.resourceRole = role.toArray(ResourceRole[]::new);
  }

  private String shareType(ResourceRole role) {
    double u = random.nextDouble();
    return switch (role) {
      case SERVED -> u < 0.7 ? "UNCONDITIONAL" : "CONDITIONAL";
      case REFUSED -> u < 0.6 ? "CONDITIONAL" : "UNCONDITIONAL";
      case UNREQUESTED -> u < 0.5 ? "UNCONDITIONAL" : "CONDITIONAL";
      default -> "NOT_SHARED";
    };
  }

  // ---- items ---------------------------------------------------------------------------------

  private void buildItems() {
    RequirementPicker picker = new RequirementPicker(cat, random, firstResource);
    List<String> code = new ArrayList<>();
    List<String> name = new ArrayList<>();
    List<String> type = new ArrayList<>();
    List<Integer> owner = new ArrayList<>();
    List<Integer> depth = new ArrayList<>();
    List<Integer> statutory = new ArrayList<>();
    List<Integer> promised = new ArrayList<>();
    List<ItemRole> role = new ArrayList<>();
    List<String[]> requires = new ArrayList<>();
    List<int[]> requiresResource = new ArrayList<>();
    List<int[]> requiresProvider = new ArrayList<>();
    for (int d = 0; d < cat.deptCode.length; d++) {
      DepartmentKind kind = kindOf(d);
      DepartmentProfile profile = cat.deptProfile[d];
      int count = Math.min(kind.items().size(), 8 + random.nextInt(5));
      for (int i = 0; i < count; i++) {
        ItemRole ir = profile.itemRole(i);
        String itemName = kind.items().get(i);
        String itemType = ItemTypes.of(itemName);
        code.add("S" + cat.deptTail(d) + "-" + pad(i + 1, 3));
        name.add(itemName);
        type.add(itemType);
        owner.add(d);
        depth.add(ir.minDepth + random.nextInt(ir.maxDepth - ir.minDepth + 1));
        role.add(ir);
        int[] days = timeLimits(itemType, profile);
        statutory.add(days[0]);
        promised.add(days[1]);
        RequirementPicker.Requirement req = picker.pick(d, profile);
        requires.add(req.codes());
        requiresResource.add(req.resources());
        requiresProvider.add(req.providers());
      }
    }
    cat.itemCode = code.toArray(String[]::new);
    cat.itemName = name.toArray(String[]::new);
    cat.itemType = type.toArray(String[]::new);
    cat.itemOwner = owner.stream().mapToInt(Integer::intValue).toArray();
    cat.itemDepth = depth.stream().mapToInt(Integer::intValue).toArray();
    cat.itemStatutory = statutory.stream().mapToInt(Integer::intValue).toArray();
    cat.itemPromised = promised.stream().mapToInt(Integer::intValue).toArray();
    cat.itemRole = role.toArray(ItemRole[]::new);
    cat.itemRequires = requires.toArray(String[][]::new);
    cat.itemRequiresResource = requiresResource.toArray(int[][]::new);
    cat.itemRequiresProvider = requiresProvider.toArray(int[][]::new);
  }

  /**
   * Statutory and promised working days. Careful departments promise less than the law allows
   * (sometimes 0: 即办件); careless ones leave a limit out or promise more than the law allows.
   */
  private int[] timeLimits(String itemType, DepartmentProfile profile) {
    int[] choices =
        switch (itemType) {
          case "LICENSING" -> new int[] {20, 15, 30, 60};
          case "CONFIRMATION" -> new int[] {20, 30, 10};
          case "PAYMENT" -> new int[] {30, 20, 15};
          case "INSPECTION" -> new int[] {15, 20};
          case "PUBLIC_SERVICE" -> new int[] {5, 10, 3};
          default -> new int[] {10, 15, 5};
        };
    int statutory = choices[random.nextInt(choices.length)];
    int promised =
        "PUBLIC_SERVICE".equals(itemType) && random.nextDouble() < 0.3
            ? 0
            : Math.max(1, (int) Math.round(statutory * (0.25 + 0.45 * random.nextDouble())));
    if (random.nextDouble() < profile.timeLimitCare) {
      return new int[] {statutory, promised};
    }
    double u = random.nextDouble();
    if (u < 0.45) {
      return new int[] {statutory, -1};
    } else if (u < 0.65) {
      return new int[] {-1, promised};
    } else if (u < 0.75) {
      return new int[] {-1, -1};
    }
    return new int[] {statutory, statutory + 1 + random.nextInt(10)};
  }

  // ---- selections ----------------------------------------------------------------------------

  private void buildSelections() {
    int depts = cat.deptCode.length;
    cat.demandOrder = roundRobin(cat.itemOwner, depts, i -> cat.itemRole[i].demanded);
    cat.coverageResources =
        roundRobin(cat.resourceProvider, depts, r -> cat.resourceRole[r].requested);
    cat.requestableResources = cat.coverageResources.clone();
    List<Integer> pool = new ArrayList<>();
    List<Double> cumulative = new ArrayList<>();
    double total = 0;
    for (int i = 0; i < cat.itemCode.length; i++) {
      if (cat.itemRole[i].demanded) {
        // Popularity varies: a few items (证照换领, 社保卡) draw far more cases than others.
        double u = random.nextDouble();
        total += 0.3 + 4.0 * u * u * u;
        pool.add(i);
        cumulative.add(total);
      }
    }
    cat.demandPool = pool.stream().mapToInt(Integer::intValue).toArray();
    cat.demandCumulative = cumulative.stream().mapToDouble(Double::doubleValue).toArray();
    List<Integer> dependable = new ArrayList<>();
    List<Integer> sloppy = new ArrayList<>();
    for (int d = 0; d < depts; d++) {
      if (cat.deptProfile[d].dependable()) {
        dependable.add(d);
      }
      if (cat.deptProfile[d] == DepartmentProfile.POOR) {
        sloppy.add(d);
      }
    }
    cat.dependableDepartments = dependable.stream().mapToInt(Integer::intValue).toArray();
    cat.sloppyDepartments = sloppy.stream().mapToInt(Integer::intValue).toArray();
  }

  /**
   * The entries passing {@code keep}, first entry of every department, then second of every
   * department, and so on: a prefix of the list covers all departments evenly.
   */
  private static int[] roundRobin(int[] ownerOf, int departments, IntPredicate keep) {
    List<List<Integer>> byDept = new ArrayList<>();
    for (int d = 0; d < departments; d++) {
      byDept.add(new ArrayList<>());
    }
    for (int i = 0; i < ownerOf.length; i++) {
      if (keep.test(i)) {
        byDept.get(ownerOf[i]).add(i);
      }
    }
    List<Integer> out = new ArrayList<>();
    for (int round = 0; ; round++) {
      boolean any = false;
      for (List<Integer> list : byDept) {
        if (round < list.size()) {
          out.add(list.get(round));
          any = true;
        }
      }
      if (!any) {
        return out.stream().mapToInt(Integer::intValue).toArray();
      }
    }
  }

  private void buildPeriods() {
    List<Period> periods = settings.periods();
    int n = periods.size();
    cat.periodLabel = new String[n];
    cat.periodFirstDay = new long[n];
    cat.periodEndDay = new long[n];
    for (int p = 0; p < n; p++) {
      cat.periodLabel[p] = periods.get(p).label();
      cat.periodFirstDay[p] = periods.get(p).start().toEpochDay();
      cat.periodEndDay[p] = periods.get(p).end().toEpochDay();
    }
  }

  private static int ceilDiv(int a, int b) {
    return (a + b - 1) / b;
  }

  /** Ten digits, zero-padded: ids that sort in index order. */
  static String pad10(long value) {
    String s = Long.toString(value);
    return s.length() >= 10 ? s : "0000000000".substring(s.length()) + s;
  }

  static String pad(int value, int width) {
    String s = Integer.toString(value);
    return s.length() >= width ? s : "0".repeat(width - s.length()) + s;
  }
}
