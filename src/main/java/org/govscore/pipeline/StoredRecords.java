package org.govscore.pipeline;

import java.util.List;
import org.govscore.metrics.CheckRow;
import org.govscore.metrics.IndicatorRow;
import org.govscore.metrics.RatingLevelCount;
import org.govscore.scoring.FindingRow;
import org.govscore.scoring.ScoreRow;
import org.govscore.store.CheckRecord;
import org.govscore.store.FindingRecord;
import org.govscore.store.IndicatorRecord;
import org.govscore.store.RatingLevelRecord;
import org.govscore.store.ScoreRecord;

/**
 * The engine's results as the store's records: the engine (metrics, scoring) does not know the
 * store, so the pipeline that joins them maps each result to its table's record, field by field.
 */
final class StoredRecords {
  private StoredRecords() {}

  static List<IndicatorRecord> indicators(List<IndicatorRow> rows) {
    return rows.stream()
        .map(
            r ->
                new IndicatorRecord(
                    r.unitType(),
                    r.unitCode(),
                    r.indicator(),
                    r.numerator(),
                    r.denominator(),
                    r.value()))
        .toList();
  }

  static List<CheckRecord> checks(List<CheckRow> rows) {
    return rows.stream()
        .map(
            r ->
                new CheckRecord(
                    r.unitType(), r.unitCode(), r.checkId(), r.applicable(), r.passed()))
        .toList();
  }

  static List<ScoreRecord> scores(List<ScoreRow> rows) {
    return rows.stream()
        .map(
            r ->
                new ScoreRecord(
                    r.unitType(),
                    r.unitCode(),
                    r.unitName(),
                    r.level(),
                    r.rankGroup(),
                    r.composite(),
                    r.grade(),
                    r.rank(),
                    r.rankP05(),
                    r.rankMedian(),
                    r.rankP95(),
                    r.quadrant(),
                    r.indicatorsAvailable()))
        .toList();
  }

  static List<FindingRecord> findings(List<FindingRow> rows) {
    return rows.stream()
        .map(
            r ->
                new FindingRecord(
                    r.unitType(), r.unitCode(), r.kind(), r.subjectCode(), r.metric(), r.detail()))
        .toList();
  }

  static List<RatingLevelRecord> ratingLevels(List<RatingLevelCount> rows) {
    return rows.stream()
        .map(r -> new RatingLevelRecord(r.unitType(), r.unitCode(), r.level(), r.ratings()))
        .toList();
  }
}
