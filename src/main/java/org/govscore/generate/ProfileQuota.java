package org.govscore.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** How many departments get each planted profile, and which ones. */
final class ProfileQuota {
  private ProfileQuota() {}

  /**
   * Profiles by quota over a seeded shuffle of the departments, so that planted departments are
   * spread over regions: about 3 % islands, 2 % falling (at least one each from 6 departments on),
   * then 20 % excellent, 30 % good, 30 % average, 20 % poor of the rest.
   */
  static DepartmentProfile[] assign(int n, long seed) {
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    SplittableRandom r = RowRandom.of(seed, RowRandom.PROFILES, 0);
    for (int i = n - 1; i > 0; i--) {
      int j = r.nextInt(i + 1);
      int t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
    List<DepartmentProfile> quota = new ArrayList<>(n);
    if (n < 6) {
      DepartmentProfile[] few = {
        DepartmentProfile.EXCELLENT,
        DepartmentProfile.POOR,
        DepartmentProfile.AVERAGE,
        DepartmentProfile.GOOD,
        DepartmentProfile.ISLAND
      };
      for (int i = 0; i < n; i++) {
        quota.add(few[i]);
      }
    } else {
      int islands = Math.max(1, (int) Math.round(n * 0.03));
      int falling = Math.max(1, (int) Math.round(n * 0.02));
      int rest = n - islands - falling;
      int excellent = Math.max(1, (int) Math.round(rest * 0.2));
      int good = Math.max(1, (int) Math.round(rest * 0.3));
      int poor = Math.max(1, (int) Math.round(rest * 0.2));
      int average = rest - excellent - good - poor;
      add(quota, DepartmentProfile.ISLAND, islands);
      add(quota, DepartmentProfile.FALLING, falling);
      add(quota, DepartmentProfile.EXCELLENT, excellent);
      add(quota, DepartmentProfile.GOOD, good);
      add(quota, DepartmentProfile.AVERAGE, average);
      add(quota, DepartmentProfile.POOR, poor);
    }
    DepartmentProfile[] profiles = new DepartmentProfile[n];
    for (int i = 0; i < n; i++) {
      profiles[order[i]] = quota.get(i);
    }
    return profiles;
  }

  private static void add(List<DepartmentProfile> list, DepartmentProfile p, int count) {
    for (int i = 0; i < count; i++) {
      list.add(p);
    }
  }
}
