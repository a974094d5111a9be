package org.govscore.pipeline;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.govscore.base.Progress;
import org.govscore.config.Period;
import org.govscore.scoring.Findings;
import org.govscore.store.FindingRecord;
import org.govscore.store.IndicatorRecord;
import org.govscore.store.Manifest;
import org.govscore.store.PeriodStore;
import org.govscore.store.PeriodWriter;
import org.govscore.store.ScoreRecord;

/**
 * Periods may be evaluated out of order: when the period after the one just written is already in
 * the store, its FALL findings are recomputed against the new results, so the store reads the same
 * whichever order the periods were evaluated in. This is the one write to another period than the
 * one evaluated, and it happens only when those findings change: running a period again on the same
 * evidence leaves the next period's files and manifest as they were.
 */
final class TrendRefresh {
  private TrendRefresh() {}

  static void refreshFollowing(
      PeriodStore store,
      Period period,
      List<ScoreRecord> scores,
      List<IndicatorRecord> indicators,
      Progress console)
      throws IOException {
    Period next = period.next();
    if (!store.hasPeriod(next)) {
      return;
    }
    List<FindingRecord> stored = store.readAll(FindingRecord.CODEC, next);
    List<FindingRecord> updated = new ArrayList<>();
    for (FindingRecord f : stored) {
      if (!Findings.FALL.equals(f.kind())) {
        updated.add(f);
      }
    }
    updated.addAll(
        StoredRecords.findings(
            Findings.falls(
                period, next, TrendInputs.of(scores, indicators), TrendInputs.read(store, next))));
    if (counts(updated).equals(counts(stored))) {
      // Nothing to refresh (a period run again on the same evidence): the next period stays
      // untouched, files and manifest alike.
      return;
    }
    console.progress("refreshing trend findings of " + next + " against " + period);
    Manifest manifest = store.readManifest(next).orElseThrow();
    PeriodWriter writer = store.begin(next);
    try {
      writer.write(FindingRecord.CODEC, updated);
      writer.commit(
          manifest.withTables(
              writer.tables(), Instant.now().toString() + " against " + period.label()));
    } catch (IOException | RuntimeException e) {
      writer.abort();
      throw e;
    }
  }

  /** The findings as a multiset: their order in the table carries no meaning. */
  private static Map<FindingRecord, Long> counts(List<FindingRecord> findings) {
    Map<FindingRecord, Long> n = new HashMap<>();
    findings.forEach(f -> n.merge(f, 1L, Long::sum));
    return n;
  }
}
