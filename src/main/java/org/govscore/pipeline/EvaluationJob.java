package org.govscore.pipeline;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.SparkSession;
import org.govscore.base.Branches;
import org.govscore.base.EngineVersion;
import org.govscore.base.GovscoreException;
import org.govscore.base.Progress;
import org.govscore.config.Parameters;
import org.govscore.config.Period;
import org.govscore.contract.DatasetKind;
import org.govscore.input.InputEntry;
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
import org.govscore.spark.SparkSessions;
import org.govscore.store.CatalogueNameRecord;
import org.govscore.store.CheckRecord;
import org.govscore.store.DataQualityRecord;
import org.govscore.store.FindingRecord;
import org.govscore.store.IndicatorRecord;
import org.govscore.store.ItemStatusRecord;
import org.govscore.store.Manifest;
import org.govscore.store.PeriodWriter;
import org.govscore.store.RatingLevelRecord;
import org.govscore.store.RejectRecord;
import org.govscore.store.ResourceStatusRecord;
import org.govscore.store.ResultsStore;
import org.govscore.store.ScoreRecord;
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
              Locale.ROOT,
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

    // Validation has passed (reject limit and members checked), and the rejects table needs
    // nothing else: the one table that reads the logs is written beside the engine, not after it.
    ResultsStore store = ResultsStore.open(spark, request.results());
    PeriodWriter writer = store.begin(request.period());
    Branches.Started rejects =
        Branches.start(() -> writer.writeRows(RejectRecord.CODEC, validation.rejects()));
    Committed committed;
    try {
      committed =
          evaluateAndCommit(
              spark,
              request,
              validation,
              external,
              new Staged(store, writer, rejects),
              started,
              console);
    } catch (IOException | RuntimeException e) {
      // The rejects branch writes into the staged run and reads the validated logs: both are
      // dropped only once it has stopped.
      rejects.awaitQuietly();
      writer.abort();
      throw e;
    } finally {
      validation.release();
    }
    TrendRefresh.refreshFollowing(
        store, request.period(), committed.scores(), committed.indicators(), console);
    return new Outcome(
        validation.quality(),
        committed.scoreRows(),
        Duration.between(started, Instant.now()).toMillis());
  }

  /** What a committed period holds that the trends of later periods are refreshed from. */
  private record Committed(
      List<ScoreRow> scoreRows, List<ScoreRecord> scores, List<IndicatorRecord> indicators) {}

  /** The run being staged in the store, and its rejects table being written. */
  private record Staged(ResultsStore store, PeriodWriter writer, Branches.Started rejects) {}

  private static Committed evaluateAndCommit(
      SparkSession spark,
      Request request,
      InputValidation.Result validation,
      ExternalIndicators external,
      Staged staged,
      Instant started,
      Progress console)
      throws IOException {
    Parameters params = request.parameters();
    ResultsStore store = staged.store();
    PeriodWriter writer = staged.writer();
    WorkingCalendar calendar =
        params.calendar().isBlank()
            ? WorkingCalendar.weekdaysOnly()
            : WorkingCalendar.load(params.calendar(), spark.sparkContext().hadoopConfiguration());
    EvaluationInputs inputs =
        new EvaluationInputs(
            spark,
            validation.acceptedAll(),
            request.period(),
            params,
            calendar,
            validation.latestMicros());
    long inputBytes = validation.entries().values().stream().mapToLong(InputEntry::size).sum();
    boolean sideBySide = SparkSessions.planningDominates(spark, inputBytes);
    IndicatorEngine engine = new IndicatorEngine(console::progress, sideBySide);
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

    List<IndicatorRecord> indicatorRecords = StoredRecords.indicators(indicators);
    List<ScoreRecord> scoreRecords = StoredRecords.scores(scores);
    Period previous = request.period().previous();
    if (store.hasPeriod(previous)) {
      findings.addAll(
          Findings.falls(
              previous,
              request.period(),
              TrendInputs.read(store, previous),
              TrendInputs.of(scoreRecords, indicatorRecords)));
    }

    console.progress("writing results for " + request.period() + " to " + store.root());
    List<FindingRecord> findingRecords = StoredRecords.findings(findings);
    try {
      // Small tables, each a tiny job the driver plans longer than it runs: side by side at every
      // size, now that the rejects branch no longer holds the processors at this point.
      Branches.runAll(
          true,
          List.of(
              () -> writer.write(IndicatorRecord.CODEC, indicatorRecords),
              () -> writer.write(CheckRecord.CODEC, StoredRecords.checks(results.checks())),
              () -> writer.write(ScoreRecord.CODEC, scoreRecords),
              () -> writer.writeRows(ItemStatusRecord.CODEC, results.itemStatus()),
              () -> writer.writeRows(ResourceStatusRecord.CODEC, results.resourceStatus()),
              () -> writer.write(FindingRecord.CODEC, findingRecords),
              () -> writer.write(DataQualityRecord.CODEC, qualityRecords(validation)),
              () ->
                  writer.write(
                      RatingLevelRecord.CODEC, StoredRecords.ratingLevels(results.ratingLevels())),
              () -> writer.writeRows(CatalogueNameRecord.CODEC, results.catalogueNames())));
      staged.rejects().join();
      writer.commit(
          manifest(
              spark,
              request,
              validation,
              writer,
              started,
              RunMethodology.of(params, engine.methodology(), external)));
    } finally {
      results.releaseCaches();
    }
    return new Committed(scores, scoreRecords, indicatorRecords);
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

  private static List<DataQualityRecord> qualityRecords(InputValidation.Result v) {
    return v.quality().values().stream()
        .map(
            q ->
                new DataQualityRecord(
                    q.dataset(),
                    q.rowsRead(),
                    q.rowsAccepted(),
                    q.rowsRejected(),
                    q.duplicatesRemoved()))
        .toList();
  }

  private static Manifest manifest(
      SparkSession spark,
      Request request,
      InputValidation.Result v,
      PeriodWriter writer,
      Instant started,
      Manifest.MethodologyInForce methodology)
      throws IOException {
    Map<String, Manifest.DatasetCounts> quality = new LinkedHashMap<>();
    v.quality()
        .forEach(
            (k, q) ->
                quality.put(
                    k.datasetName(),
                    new Manifest.DatasetCounts(
                        q.rowsRead(),
                        q.rowsAccepted(),
                        q.rowsRejected(),
                        q.duplicatesRemoved(),
                        q.rejectedByReason())));
    return new Manifest(
        "govscore",
        EngineVersion.VALUE,
        request.period().label(),
        request.jobFile(),
        request.parameters().asMap(),
        InputFingerprints.of(v.entries(), spark.sparkContext().hadoopConfiguration()),
        v.missing().stream().map(DatasetKind::datasetName).toList(),
        methodology,
        quality,
        spark.sparkContext().master(),
        spark.version(),
        started,
        Instant.now(),
        new LinkedHashMap<>(writer.tables()),
        null,
        Map.of());
  }
}
