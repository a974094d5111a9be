package org.govscore.generate;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * How each department is rated: which departments carry the planted ratings patterns. Chosen from
 * its own random stream among departments with cases that are neither islands nor falling (so each
 * pattern is the only thing wrong with them), and never touching the catalogue or the other logs'
 * streams: adding ratings leaves every other dataset byte for byte as it was.
 */
final class RatingPlan implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Chance that a rating of a normal department is bad, on top of its share of late cases. */
  static final double BASE_BAD = 0.04;

  /** A bad rating's chance per share of late cases: slow departments are rated worse. */
  static final double BAD_PER_LATE = 0.4;

  static final double BADLY_RATED_BAD = 0.6;

  /** Chance that a rating drawn for the rarely rated department's case is drawn again elsewhere. */
  static final double RARELY_RATED_SKIP = 0.9;

  final int badlyRated;
  final int neverRectifies;
  final int rarelyRated;

  private RatingPlan(int badlyRated, int neverRectifies, int rarelyRated) {
    this.badlyRated = badlyRated;
    this.neverRectifies = neverRectifies;
    this.rarelyRated = rarelyRated;
  }

  static RatingPlan of(Catalogue cat, long seed) {
    Set<Integer> withCases = new LinkedHashSet<>();
    for (int item : cat.demandOrder) {
      DepartmentProfile p = cat.deptProfile[cat.itemOwner[item]];
      if (p != DepartmentProfile.ISLAND && p != DepartmentProfile.FALLING) {
        withCases.add(cat.itemOwner[item]);
      }
    }
    List<Integer> candidates = new ArrayList<>(withCases);
    candidates.sort(null);
    SplittableRandom r = RowRandom.of(seed, RowRandom.RATING_PLAN, 0);
    for (int i = candidates.size() - 1; i > 0; i--) { // Fisher-Yates on the plan's own stream
      int j = r.nextInt(i + 1);
      Integer t = candidates.get(i);
      candidates.set(i, candidates.get(j));
      candidates.set(j, t);
    }
    return new RatingPlan(at(candidates, 0), at(candidates, 1), at(candidates, 2));
  }

  private static int at(List<Integer> list, int i) {
    return i < list.size() ? list.get(i) : -1;
  }

  PlantedRatings planted(Catalogue cat) {
    return new PlantedRatings(
        code(cat, badlyRated), code(cat, neverRectifies), code(cat, rarelyRated));
  }

  private static String code(Catalogue cat, int dept) {
    return dept < 0 ? null : cat.deptCode[dept];
  }

  /** The chance that a rating of the department in a period is bad (level 1 or 2). */
  double badShare(int dept, Conduct conduct) {
    return dept == badlyRated ? BADLY_RATED_BAD : BASE_BAD + BAD_PER_LATE * conduct.lateShare;
  }
}
