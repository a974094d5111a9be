package org.govscore.xes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.govscore.contract.DatasetKind;

/**
 * Converts an XES event log into the case_events, departments and regions datasets of the data
 * contract, as CSV files in one folder. The log is streamed: only one trace is in memory at a time,
 * so a log far larger than the heap imports fine.
 */
public final class XesImporter {
  public static final String CASE_EVENTS_FILE = DatasetKind.CASE_EVENTS.datasetName() + ".csv";
  public static final String DEPARTMENTS_FILE = DatasetKind.DEPARTMENTS.datasetName() + ".csv";
  public static final String REGIONS_FILE = DatasetKind.REGIONS.datasetName() + ".csv";

  /** The imported departments hang off one root region, so it is the top level. */
  static final String ROOT_LEVEL = "PROVINCE";

  private XesImporter() {}

  /** Imports with the default options (mapping's or default region, no progress). */
  public static ImportSummary importLog(Path xes, Path outDir, Mapping mapping) {
    return importLog(xes, outDir, mapping, ImportOptions.DEFAULT);
  }

  /**
   * Reads {@code xes} (.xes, or gzip data whatever its name) and writes case_events.csv,
   * departments.csv and regions.csv into {@code outDir}, creating it. Nothing is left in {@code
   * outDir} when the import fails.
   *
   * @param mapping null for {@link Mapping#none()}
   * @throws ImportException for a missing or malformed log, a bad region or an unwritable folder
   */
  public static ImportSummary importLog(
      Path xes, Path outDir, Mapping mapping, ImportOptions options) {
    long started = System.nanoTime();
    Mapping m = mapping == null ? Mapping.none() : mapping;
    RegionSpec region = m.region().with(options.regionCode(), options.regionName());
    if (!Files.isRegularFile(xes)) {
      throw new ImportException(xes + ": no such file");
    }
    ImportStats stats = new ImportStats();
    DepartmentRegistry departments = new DepartmentRegistry(m);
    TraceConverter converter = new TraceConverter(m, departments, stats);
    try (OutputFiles out = OutputFiles.in(outDir)) {
      XesLogReader.Result result;
      try (CsvWriter events = CsvWriter.open(out.temp(CASE_EVENTS_FILE))) {
        events.row(DatasetKind.CASE_EVENTS.columnNames());
        result =
            XesLogReader.read(
                xes,
                trace -> {
                  converter.convert(trace).forEach(row -> events.row(row.fields()));
                  if (stats.traces % options.progressEvery() == 0) {
                    options
                        .progress()
                        .accept(
                            String.format(
                                Locale.ROOT,
                                "import-xes: %,d traces, %,d events read",
                                stats.traces,
                                stats.events));
                  }
                });
      }
      List<Department> used = departments.used();
      writeDepartments(out.temp(DEPARTMENTS_FILE), used, region);
      writeRegions(out.temp(REGIONS_FILE), region);
      out.commit();
      return stats.summary(
          xes,
          outDir,
          mapping,
          region,
          used,
          result.eventsOutsideTraces(),
          Duration.ofNanos(System.nanoTime() - started));
    } catch (IOException | UncheckedIOException e) {
      IOException io = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
      throw new ImportException(outDir + ": cannot write the output: " + io, io);
    }
  }

  private static void writeDepartments(Path file, List<Department> departments, RegionSpec region)
      throws IOException {
    try (CsvWriter csv = CsvWriter.open(file)) {
      csv.row(DatasetKind.DEPARTMENTS.columnNames());
      for (Department d : departments) {
        csv.row(List.of(d.code(), d.name(), region.code()));
      }
    }
  }

  private static void writeRegions(Path file, RegionSpec region) throws IOException {
    try (CsvWriter csv = CsvWriter.open(file)) {
      csv.row(DatasetKind.REGIONS.columnNames());
      csv.row(List.of(region.code(), region.name(), ROOT_LEVEL, ""));
    }
  }
}
