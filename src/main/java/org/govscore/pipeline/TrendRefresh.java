package org.govscore.pipeline;

import static org.apache.spark.sql.functions.col;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.govscore.base.Progress;
import org.govscore.config.Period;
import org.govscore.metrics.IndicatorRow;
import org.govscore.scoring.FindingRow;
import org.govscore.scoring.Findings;
import org.govscore.scoring.ScoreRow;
import org.govscore.store.PeriodWriter;
import org.govscore.store.ResultTables;
import org.govscore.store.ResultsStore;

/**
 * Periods may be evaluated out of order: when the period after the one just written is already in
 * the store, its FALL findings are recomputed against the new results, so the store reads the same
 * whichever order the periods were evaluated in.
 */
final class TrendRefresh {
  private TrendRefresh() {}

  static void refreshFollowing(
      SparkSession spark,
      ResultsStore store,
      Period period,
      List<ScoreRow> scores,
      List<IndicatorRow> indicators,
      Progress console)
      throws IOException {
    Period next = period.next();
    if (!store.hasPeriod(next)) {
      return;
    }
    console.progress("refreshing trend findings of " + next + " against " + period);
    List<FindingRow> falls =
        Findings.falls(
            period, next, TrendInputs.of(scores, indicators), TrendInputs.read(store, next));
    Dataset<Row> kept =
        store.read(ResultTables.FINDINGS, next).filter(col("kind").notEqual(Findings.FALL));
    Dataset<Row> updated =
        kept.unionByName(
            EvaluationJob.frame(spark, ResultTables.FINDINGS, EvaluationJob.findingRows(falls)));
    Dataset<Row> materialised =
        spark.createDataFrame(updated.collectAsList(), ResultTables.schema(ResultTables.FINDINGS));
    Map<String, Object> manifest =
        new ObjectMapper()
            .readValue(
                store.manifest(next).orElseThrow(),
                new TypeReference<LinkedHashMap<String, Object>>() {});
    PeriodWriter writer = store.begin(next);
    try {
      writer.write(ResultTables.FINDINGS, materialised);
      @SuppressWarnings("unchecked")
      Map<String, Object> tables =
          new LinkedHashMap<>((Map<String, Object>) manifest.getOrDefault("tables", Map.of()));
      tables.putAll(writer.tables());
      manifest.put("tables", tables);
      manifest.put("trends_refreshed", Instant.now().toString() + " against " + period.label());
      writer.commit(manifest);
    } catch (IOException | RuntimeException e) {
      writer.abort();
      throw e;
    }
  }
}
