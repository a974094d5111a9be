package org.govscore.render.results;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.govscore.base.GovscoreException;
import org.govscore.config.Period;
import org.govscore.contract.UnitKey;
import org.govscore.store.CatalogueNameRecord;
import org.govscore.store.CheckRecord;
import org.govscore.store.DataQualityRecord;
import org.govscore.store.FindingRecord;
import org.govscore.store.IndicatorRecord;
import org.govscore.store.ItemStatusRecord;
import org.govscore.store.Manifest;
import org.govscore.store.PeriodStore;
import org.govscore.store.RatingLevelRecord;
import org.govscore.store.ResourceStatusRecord;
import org.govscore.store.ScoreRecord;

/**
 * Reads a period of the results store into the models of report and site, through the store's typed
 * records only. The tables read are aggregated per unit, item or resource, so collecting them to
 * the driver is cheap; rejects are never read here (the manifest counts them per reason).
 */
public final class ResultsLoader {
  private final PeriodStore store;

  public ResultsLoader(PeriodStore store) {
    this.store = store;
  }

  /** The store's periods, oldest first. */
  public List<Period> periods() {
    return store.periods();
  }

  /** Every table of a period, or a clear error naming the periods the store does have. */
  public PeriodResults load(Period period) {
    Manifest manifest = manifest(period);
    List<ScoreRecord> scores = scores(period);
    return new PeriodResults(
        period,
        manifest,
        scores,
        indicators(period),
        byUnit(store.readAll(CheckRecord.CODEC, period), CheckRecord::key),
        byUnit(store.readAll(FindingRecord.CODEC, period), FindingRecord::key),
        items(period),
        resources(period),
        quality(period, manifest),
        ratingLevels(period),
        names(period));
  }

  /** Per unit, its level counts in level order; a period written before the table has none. */
  private Map<UnitKey, List<RatingLevelRecord>> ratingLevels(Period period) {
    List<RatingLevelRecord> rows = new ArrayList<>(store.readAll(RatingLevelRecord.CODEC, period));
    rows.sort(Comparator.comparingInt(RatingLevelRecord::level));
    return byUnit(rows, RatingLevelRecord::key);
  }

  private CatalogueLabels names(Period period) {
    Map<String, String> items = new TreeMap<>();
    Map<String, String> resources = new TreeMap<>();
    for (CatalogueNameRecord r : store.readAll(CatalogueNameRecord.CODEC, period)) {
      if (CatalogueNameRecord.SERVICE_ITEM.equals(r.kind())) {
        items.put(r.code(), r.name());
      } else if (CatalogueNameRecord.RESOURCE.equals(r.kind())) {
        resources.put(r.code(), r.name());
      }
    }
    return new CatalogueLabels(items, resources);
  }

  private Manifest manifest(Period period) {
    Optional<Manifest> manifest = store.hasPeriod(period) ? store.readManifest(period) : null;
    if (manifest == null || manifest.isEmpty()) {
      List<Period> have = store.periods();
      throw new GovscoreException(
          "Results store "
              + store.root()
              + " has no period "
              + period
              + (have.isEmpty()
                  ? " (it has none; run evaluate first)"
                  : "; it has " + labels(have)));
    }
    return manifest.get();
  }

  /** The composite and every indicator of a period, for trends; lighter than {@link #load}. */
  public PeriodSnapshot snapshot(Period period) {
    return PeriodSnapshot.of(period, scores(period), indicators(period));
  }

  private static String labels(List<Period> periods) {
    return String.join(", ", periods.stream().map(Period::label).toList());
  }

  private List<ScoreRecord> scores(Period period) {
    List<ScoreRecord> out = new ArrayList<>(store.readAll(ScoreRecord.CODEC, period));
    out.sort(Comparator.comparing(ScoreRecord::unitType).thenComparing(ScoreRecord::unitCode));
    return List.copyOf(out);
  }

  private Map<UnitKey, Map<String, IndicatorRecord>> indicators(Period period) {
    Map<UnitKey, Map<String, IndicatorRecord>> out = new LinkedHashMap<>();
    for (IndicatorRecord r : store.readAll(IndicatorRecord.CODEC, period)) {
      out.computeIfAbsent(r.key(), k -> new LinkedHashMap<>()).put(r.indicator(), r);
    }
    Map<UnitKey, Map<String, IndicatorRecord>> frozen = new LinkedHashMap<>();
    out.forEach((k, v) -> frozen.put(k, Collections.unmodifiableMap(v)));
    return Collections.unmodifiableMap(frozen);
  }

  private static <V> Map<UnitKey, List<V>> byUnit(List<V> rows, Function<V, UnitKey> unit) {
    Map<UnitKey, List<V>> out = new LinkedHashMap<>();
    for (V r : rows) {
      out.computeIfAbsent(unit.apply(r), k -> new ArrayList<>()).add(r);
    }
    Map<UnitKey, List<V>> frozen = new LinkedHashMap<>();
    out.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
    return Collections.unmodifiableMap(frozen);
  }

  private List<ItemStatusRecord> items(Period period) {
    return store.readAll(ItemStatusRecord.CODEC, period).stream()
        .sorted(Comparator.comparing(ItemStatusRecord::itemCode))
        .toList();
  }

  private List<ResourceStatusRecord> resources(Period period) {
    return store.readAll(ResourceStatusRecord.CODEC, period).stream()
        .sorted(Comparator.comparing(ResourceStatusRecord::resourceCode))
        .toList();
  }

  /**
   * The base library of each resource (resource_code to POPULATION, LEGAL_ENTITY, ...), or empty
   * when the period's resource_status has no base_library value (written before v2): the report
   * then says the libraries were not measured rather than guessing.
   */
  public Optional<Map<String, String>> baseLibraries(Period period) {
    Map<String, String> out = new TreeMap<>();
    for (ResourceStatusRecord r : store.readAll(ResourceStatusRecord.CODEC, period)) {
      if (r.baseLibrary() != null) {
        out.put(r.resourceCode(), r.baseLibrary());
      }
    }
    return out.isEmpty() ? Optional.empty() : Optional.of(Collections.unmodifiableMap(out));
  }

  private List<DatasetQuality> quality(Period period, Manifest manifest) {
    return store.readAll(DataQualityRecord.CODEC, period).stream()
        .map(
            r ->
                new DatasetQuality(
                    r.dataset(),
                    r.rowsRead(),
                    r.rowsAccepted(),
                    r.rowsRejected(),
                    r.duplicatesRemoved(),
                    manifest.rejectedByReason().getOrDefault(r.dataset(), Map.of())))
        .sorted(Comparator.comparingInt(q -> DatasetOrder.of(q.dataset())))
        .toList();
  }
}
