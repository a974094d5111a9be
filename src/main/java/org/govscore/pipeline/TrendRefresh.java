package org.govscore.pipeline;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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
 * whichever order the periods were evaluated in.
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
    console.progress("refreshing trend findings of " + next + " against " + period);
    List<FindingRecord> updated = new ArrayList<>();
    for (FindingRecord f : store.readAll(FindingRecord.CODEC, next)) {
      if (!Findings.FALL.equals(f.kind())) {
        updated.add(f);
      }
    }
    updated.addAll(
        StoredRecords.findings(
            Findings.falls(
                period, next, TrendInputs.of(scores, indicators), TrendInputs.read(store, next))));
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
}
