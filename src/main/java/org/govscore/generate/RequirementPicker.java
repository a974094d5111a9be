package org.govscore.generate;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Picks the resources a service item requires. Which resources an item relies on decides whether
 * its cases can be served (BCR), so careful departments are given only dependable ones.
 */
final class RequirementPicker {
  private final Catalogue cat;
  private final SplittableRandom random;

  /** Index of each department's first resource; one extra entry closes the last range. */
  private final int[] firstResource;

  private final int[] dependableServed;
  private final int[] anyRequested;

  RequirementPicker(Catalogue cat, SplittableRandom random, int[] firstResource) {
    this.cat = cat;
    this.random = random;
    this.firstResource = firstResource;
    this.dependableServed = resourcesWhere(cat, true);
    this.anyRequested = resourcesWhere(cat, false);
  }

  record Requirement(String[] codes, int[] resources, int[] providers) {}

  /**
   * 0 to 3 required resources, mostly other departments' (so cases need exchanges), sometimes the
   * owner's own, now and then an uncatalogued code. Careful departments rely only on resources that
   * are served; poor ones also on refused or not shared ones.
   */
  Requirement pick(int owner, DepartmentProfile profile) {
    double u = random.nextDouble();
    int count = u < 0.1 ? 0 : u < 0.4 ? 1 : u < 0.75 ? 2 : 3;
    double reliableShare =
        switch (profile) {
          case EXCELLENT, FALLING, GOOD -> 1.0;
          case AVERAGE -> 0.9;
          default -> 0.5;
        };
    Set<String> seen = new LinkedHashSet<>();
    List<Integer> resources = new ArrayList<>();
    List<Integer> providers = new ArrayList<>();
    for (int j = 0; j < count; j++) {
      double v = random.nextDouble();
      int res;
      if (v < profile.uncataloguedRequirement || cat.deptCode.length == 1) {
        int p = cat.otherDepartment(owner, random);
        String c = cat.uncataloguedResourceCode(p, random.nextInt(10));
        if (seen.add(c)) {
          resources.add(-1);
          providers.add(p);
        }
        continue;
      } else if (v < 0.15) {
        res = ownResource(owner);
      } else {
        int[] pool =
            random.nextDouble() < reliableShare && dependableServed.length > 0
                ? dependableServed
                : anyRequested;
        res = otherResource(pool, owner);
      }
      if (res >= 0 && seen.add(cat.resourceCode[res])) {
        resources.add(res);
        providers.add(cat.resourceProvider[res]);
      }
    }
    return new Requirement(
        seen.toArray(String[]::new),
        resources.stream().mapToInt(Integer::intValue).toArray(),
        providers.stream().mapToInt(Integer::intValue).toArray());
  }

  /** One of the owner's requested resources (resources are contiguous per provider). */
  private int ownResource(int owner) {
    List<Integer> own = new ArrayList<>();
    for (int r = firstResource[owner]; r < firstResource[owner + 1]; r++) {
      if (cat.resourceRole[r].requested) {
        own.add(r);
      }
    }
    return own.isEmpty() ? -1 : own.get(random.nextInt(own.size()));
  }

  private int otherResource(int[] pool, int owner) {
    if (pool.length == 0) {
      return -1;
    }
    for (int attempt = 0; attempt < 20; attempt++) {
      int r = pool[random.nextInt(pool.length)];
      if (cat.resourceProvider[r] != owner) {
        return r;
      }
    }
    return -1;
  }

  /** Served resources of dependable providers, or every requested resource. */
  private static int[] resourcesWhere(Catalogue cat, boolean dependableServedOnly) {
    List<Integer> list = new ArrayList<>();
    for (int r = 0; r < cat.resourceCode.length; r++) {
      ResourceRole role = cat.resourceRole[r];
      boolean ok =
          dependableServedOnly
              ? role == ResourceRole.SERVED && cat.deptProfile[cat.resourceProvider[r]].dependable()
              : role.requested;
      if (ok) {
        list.add(r);
      }
    }
    return list.stream().mapToInt(Integer::intValue).toArray();
  }
}
