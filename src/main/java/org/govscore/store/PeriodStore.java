package org.govscore.store;

import java.util.List;
import java.util.Optional;
import org.govscore.config.Period;

/**
 * The results store as evaluate, trend refresh, report and site use it: periods written atomically,
 * read back as typed records through each table's {@link TableCodec}. {@link ResultsStore} keeps it
 * as Parquet on a Hadoop file system; {@link InMemoryPeriodStore} keeps it in memory for tests.
 */
public interface PeriodStore {
  /** Where the store is, for messages. */
  String root();

  /** Periods with results (those having a manifest), oldest first. */
  List<Period> periods();

  default boolean hasPeriod(Period period) {
    return periods().contains(period);
  }

  /** The period's manifest, or empty when the period has none. */
  Optional<Manifest> readManifest(Period period);

  /**
   * Every row of a bounded table of a period (all tables but rejects are bounded by the units,
   * items and resources). Refuses rejects, which only {@link #readSample} reads. A table {@link
   * TableCodec#addedLater added later} than a period reads as no rows.
   */
  <T> List<T> readAll(TableCodec<T> table, Period period);

  /** At most {@code limit} rows of a table in its canonical order: a capped sample. */
  <T> List<T> readSample(TableCodec<T> table, Period period, int limit);

  /** Starts writing a period; nothing is visible until {@link PeriodWriter#commit}. */
  PeriodWriter begin(Period period);

  /** The message of {@link #readAll} on a table that grows with the inputs. */
  static String unboundedMessage(TableCodec<?> table) {
    return "The results table "
        + table.table()
        + " grows with the input rows; read a sample of it, not all of it";
  }
}
