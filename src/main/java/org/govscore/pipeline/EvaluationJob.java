package org.govscore.pipeline;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.govscore.base.EngineVersion;
import org.govscore.base.GovscoreException;
import org.govscore.base.Progress;
import org.govscore.config.Parameters;
import org.govscore.config.Period;
import org.govscore.contract.DatasetKind;
import org.govscore.metrics.CheckRow;
import org.govscore.metrics.EvaluationInputs;
import org.govscore.metrics.ExternalIndicators;
import org.govscore.metrics.IndicatorEngine;
import org.govscore.metrics.IndicatorResults;
import org.govscore.metrics.IndicatorRow;
import org.govscore.metrics.Methodology;
import org.govscore.metrics.WorkingCalendar;
import org.govscore.scoring.FindingRow;
import org.govscore.scoring.Findings;
import org.govscore.scoring.ScoreEngine;
import org.govscore.scoring.ScoreRow;
import org.govscore.store.PeriodWriter;
import org.govscore.store.ResultTables;
import org.govscore.store.ResultsStore;
import org.govscore.validation.DataQuality;
import org.govscore.validation.InputValidation;

/**
 * The evaluate job: validate the inputs, compute the methodology for one period, and replace that
 * period in the results store atomically. Nothing is written when validation fails.
 */
public final class EvaluationJob {
  /** What the job was asked to do. */
  public record Request(
      String inputs, String results, Period period, Parameters parameters, String jobFile) {}

  /** What it did. */
  public record Outcome(
      Map<DatasetKind, DataQuality> quality, List<ScoreRow> scores, long millis) {}

  private EvaluationJob() {}

  public static Outcome run(SparkSession spark, Request request, Progress console)
      throws IOException {
    Instant started = Instant.now();
    Parameters params = request.parameters();
    // Timestamps without an offset are read in the job's zone, and dates are taken in it.
    spark.conf().set("spark.sql.session.timeZone", params.zone().getId());
    InputValidation.Result validation =
        InputValidation.run(spark, request.inputs(), console::progress);
    for (DataQuality q : validation.quality().values()) {
      console.progress(
          String.format(
              java.util.Locale.ROOT,
              "  %-13s read %,d  accepted %,d  rejected %,d  duplicates %,d",
              q.dataset(),
              q.rowsRead(),
              q.rowsAccepted(),
              q.rowsRejected(),
              q.duplicatesRemoved()));
    }
    InputValidation.enforceRejectLimit(validation.quality(), params.maxRejectShare());
    ExternalIndicators external =
        ExternalIndicators.read(
            validation.classified().containsKey(DatasetKind.EXTERNAL_INDICATORS)
                ? validation.accepted(DatasetKind.EXTERNAL_INDICATORS)
                : null,
            request.period());
    requireKnownMembers(params, external);

    WorkingCalendar calendar =
        params.calendar().isBlank()
            ? WorkingCalendar.weekdaysOnly()
            : WorkingCalendar.load(params.calendar(), spark.sparkContext().hadoopConfiguration());
    EvaluationInputs inputs =
        new EvaluationInputs(spark, validation.acceptedAll(), request.period(), params, calendar);
    IndicatorEngine engine = new IndicatorEngine(console::progress);
    IndicatorResults results = engine.run(inputs, validation.units());
    List<IndicatorRow> indicators = new ArrayList<>(results.indicators());
    indicators.addAll(external.rows());

    console.progress(
        "scoring "
            + validation.units().departments().size()
            + " departments and "
            + validation.units().regions().size()
            + " regions ("
            + params.uncertaintyDraws()
            + " draws)");
    List<ScoreRow> scores =
        new ScoreEngine(params, engine.methodology())
            .score(validation.units(), indicators, results.unitValues());
    List<FindingRow> findings =
        new ArrayList<>(Findings.of(validation.units(), results, results.crossSuccesses()));

    ResultsStore store = ResultsStore.open(spark, request.results());
    Period previous = request.period().previous();
    if (store.hasPeriod(previous)) {
      findings.addAll(
          Findings.falls(
              previous,
              request.period(),
              TrendInputs.read(store, previous),
              TrendInputs.of(scores, indicators)));
    }

    console.progress("writing results for " + request.period() + " to " + store.root());
    PeriodWriter writer = store.begin(request.period());
    try {
      writer.write(
          ResultTables.INDICATORS,
          frame(spark, ResultTables.INDICATORS, indicatorRows(indicators)));
      writer.write(
          ResultTables.CHECKS, frame(spark, ResultTables.CHECKS, checkRows(results.checks())));
      writer.write(ResultTables.SCORES, frame(spark, ResultTables.SCORES, scoreRows(scores)));
      writer.write(ResultTables.ITEM_STATUS, results.itemStatus());
      writer.write(ResultTables.RESOURCE_STATUS, results.resourceStatus());
      writer.write(
          ResultTables.FINDINGS, frame(spark, ResultTables.FINDINGS, findingRows(findings)));
      writer.write(
          ResultTables.DATA_QUALITY,
          frame(spark, ResultTables.DATA_QUALITY, qualityRows(validation)));
      writer.write(ResultTables.REJECTS, validation.rejects());
      writer.commit(
          manifest(
              spark,
              request,
              validation,
              writer,
              started,
              RunMethodology.of(params, engine.methodology(), external)));
    } catch (IOException | RuntimeException e) {
      writer.abort();
      throw e;
    } finally {
      validation.release();
      results.releaseCaches();
    }
    TrendRefresh.refreshFollowing(spark, store, request.period(), scores, indicators, console);
    return new Outcome(
        validation.quality(),
        scores,
        java.time.Duration.between(started, Instant.now()).toMillis());
  }

  /**
   * Every member must be an indicator the run knows: built in, or external and accepted in some
   * period. Known only after validation, and checked before anything is written: a usage error.
   */
  private static void requireKnownMembers(Parameters params, ExternalIndicators external) {
    Set<String> known = new LinkedHashSet<>(Methodology.INDICATOR_IDS);
    known.addAll(external.acceptedIds());
    try {
      params.requireKnownMembers(known);
    } catch (IllegalArgumentException e) {
      throw new GovscoreException(
          GovscoreException.Kind.USAGE, e.getMessage() + ". Nothing was written.");
    }
  }

  static Dataset<Row> frame(SparkSession spark, String table, List<Row> rows) {
    return spark.createDataFrame(rows, ResultTables.schema(table));
  }

  static List<Row> indicatorRows(List<IndicatorRow> rows) {
    return rows.stream()
        .map(
            r ->
                RowFactory.create(
                    r.unitType(),
                    r.unitCode(),
                    r.indicator(),
                    r.numerator(),
                    r.denominator(),
                    r.value()))
        .toList();
  }

  static List<Row> checkRows(List<CheckRow> rows) {
    return rows.stream()
        .map(
            r ->
                RowFactory.create(
                    r.unitType(), r.unitCode(), r.checkId(), r.applicable(), r.passed()))
        .toList();
  }

  static List<Row> scoreRows(List<ScoreRow> rows) {
    return rows.stream()
        .map(
            r ->
                RowFactory.create(
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

  static List<Row> findingRows(List<FindingRow> rows) {
    return rows.stream()
        .map(
            r ->
                RowFactory.create(
                    r.unitType(), r.unitCode(), r.kind(), r.subjectCode(), r.metric(), r.detail()))
        .toList();
  }

  private static List<Row> qualityRows(InputValidation.Result v) {
    return v.quality().values().stream()
        .map(
            q ->
                RowFactory.create(
                    q.dataset(),
                    q.rowsRead(),
                    q.rowsAccepted(),
                    q.rowsRejected(),
                    q.duplicatesRemoved()))
        .toList();
  }

  private static Map<String, Object> manifest(
      SparkSession spark,
      Request request,
      InputValidation.Result v,
      PeriodWriter writer,
      Instant started,
      Map<String, Object> methodology)
      throws IOException {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("engine", "govscore");
    m.put("engine_version", EngineVersion.VALUE);
    m.put("period", request.period().label());
    m.put("job_file", request.jobFile());
    m.put("parameters", request.parameters().asMap());
    m.put("inputs", InputFingerprints.of(v.entries(), spark.sparkContext().hadoopConfiguration()));
    m.put("missing_datasets", v.missing().stream().map(DatasetKind::datasetName).toList());
    m.put("methodology", methodology);
    Map<String, Object> quality = new LinkedHashMap<>();
    v.quality()
        .forEach(
            (k, q) -> {
              Map<String, Object> row = new LinkedHashMap<>();
              row.put("rows_read", q.rowsRead());
              row.put("rows_accepted", q.rowsAccepted());
              row.put("rows_rejected", q.rowsRejected());
              row.put("duplicates_removed", q.duplicatesRemoved());
              row.put("rejected_by_reason", q.rejectedByReason());
              quality.put(k.datasetName(), row);
            });
    m.put("data_quality", quality);
    m.put("spark_master", spark.sparkContext().master());
    m.put("spark_version", spark.version());
    m.put("started", started.toString());
    m.put("finished", Instant.now().toString());
    m.put("tables", new LinkedHashMap<>(writer.tables()));
    return m;
  }
}
