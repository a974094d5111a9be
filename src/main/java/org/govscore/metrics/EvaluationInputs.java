package org.govscore.metrics;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.govscore.config.Parameters;
import org.govscore.config.Period;
import org.govscore.contract.DatasetKind;
import org.govscore.contract.TypedSchema;

/**
 * What the methodology runs on: the accepted rows of each dataset present, the period, the
 * parameters and the working calendar. An absent dataset reads as empty; indicators needing it are
 * N/A.
 *
 * @param latestMicros per log, the latest time (ts) of an accepted row in microseconds, as
 *     validation found it; a log missing here is aggregated for it when needed
 */
public record EvaluationInputs(
    SparkSession spark,
    Map<DatasetKind, Dataset<Row>> accepted,
    Period period,
    Parameters parameters,
    WorkingCalendar calendar,
    Map<DatasetKind, Long> latestMicros) {

  public EvaluationInputs {
    accepted = Map.copyOf(accepted);
    latestMicros = Map.copyOf(latestMicros);
  }

  /** Inputs whose latest times are not known yet. */
  public EvaluationInputs(
      SparkSession spark,
      Map<DatasetKind, Dataset<Row>> accepted,
      Period period,
      Parameters parameters,
      WorkingCalendar calendar) {
    this(spark, accepted, period, parameters, calendar, Map.of());
  }

  public ZoneId zone() {
    return parameters.zone();
  }

  public Set<DatasetKind> present() {
    return accepted.keySet();
  }

  public boolean has(DatasetKind kind) {
    return accepted.containsKey(kind);
  }

  public Dataset<Row> dataset(DatasetKind kind) {
    Dataset<Row> d = accepted.get(kind);
    return d != null ? d : spark.createDataFrame(List.of(), TypedSchema.of(kind));
  }

  Dataset<Row> items() {
    return dataset(DatasetKind.SERVICE_ITEMS);
  }

  Dataset<Row> resources() {
    return dataset(DatasetKind.RESOURCES);
  }

  Dataset<Row> exchanges() {
    return dataset(DatasetKind.EXCHANGES);
  }

  Dataset<Row> caseEvents() {
    return dataset(DatasetKind.CASE_EVENTS);
  }

  Dataset<Row> ratings() {
    return dataset(DatasetKind.RATINGS);
  }
}
