package org.govscore.site;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.govscore.render.results.PeriodResults;
import org.govscore.store.IndicatorRecord;
import org.govscore.store.ScoreRecord;

/**
 * A rank group's reference values in one period: how many units it ranks (the N of "rank n of N")
 * and the median composite and member values. The median, not the mean: one unit with no cases at
 * all (0%) would drag a mean far from where most of the group stands. Units without a value are
 * left out, never counted as 0.
 */
record GroupStats(int ranked, Double medianComposite, Map<String, Double> medianMembers) {

  static GroupStats of(PeriodResults p, Collection<ScoreRecord> group, List<String> members) {
    int ranked = (int) group.stream().filter(s -> s.rank() != null).count();
    Double composite = median(group.stream().map(ScoreRecord::composite).toList());
    Map<String, Double> byMember = new LinkedHashMap<>();
    for (String m : members) {
      List<Double> values = new ArrayList<>();
      for (ScoreRecord s : group) {
        IndicatorRecord v = p.indicatorsOf(s.key()).get(m);
        values.add(v == null ? null : v.value());
      }
      byMember.put(m, median(values));
    }
    return new GroupStats(ranked, composite, Collections.unmodifiableMap(byMember));
  }

  /**
   * The median of the values present (the mean of the middle two for an even count); null when
   * none.
   */
  static Double median(List<Double> values) {
    List<Double> v =
        values.stream().filter(Objects::nonNull).filter(d -> !d.isNaN()).sorted().toList();
    if (v.isEmpty()) {
      return null;
    }
    int n = v.size();
    return n % 2 == 1 ? v.get(n / 2) : (v.get(n / 2 - 1) + v.get(n / 2)) / 2.0;
  }
}
