package org.govscore.cli;

import java.nio.file.Path;
import org.govscore.base.GovscoreException;
import org.govscore.xes.ImportException;
import org.govscore.xes.ImportOptions;
import org.govscore.xes.ImportSummary;
import org.govscore.xes.Mapping;
import org.govscore.xes.RegionSpec;
import org.govscore.xes.XesImporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code import-xes}: an IEEE 1849 (XES) event log to case_events, departments and regions CSV. */
@Command(
    name = "import-xes",
    mixinStandardHelpOptions = true,
    description = {
      "Convert an IEEE 1849 XES event log (.xes or .xes.gz) into case_events.csv, "
          + "departments.csv and regions.csv of the data contract.",
      "Activity names, org:group values, the channel and the item come from an optional mapping "
          + "file (see jobs/wabo-mapping.ini)."
    })
public final class ImportXesCommand extends GovscoreCommand {
  /** Traces between two progress lines: a few lines for a typical log, not one per case. */
  private static final int PROGRESS_EVERY = 1000;

  @Parameters(index = "0", paramLabel = "FILE", description = "The XES log (.xes, or gzip data).")
  Path log;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "DIR",
      description = "Folder to write the three CSV files into (created if needed).")
  Path out;

  @Option(
      names = "--mapping",
      paramLabel = "FILE",
      description =
          "Mapping file; without it activities are kept and each org:group becomes a department.")
  Path mapping;

  @Option(
      names = "--region-code",
      paramLabel = "CODE",
      description =
          "6-digit code of the root region (default: the mapping's, else "
              + RegionSpec.DEFAULT_CODE
              + ").")
  String regionCode;

  @Option(
      names = "--region-name",
      paramLabel = "NAME",
      description =
          "Name of the root region (default: the mapping's, else '"
              + RegionSpec.DEFAULT_NAME
              + "').")
  String regionName;

  @Override
  protected int execute(Console console) {
    checkRegionFlags();
    try {
      Mapping m = mapping == null ? null : Mapping.parse(mapping);
      ImportOptions options =
          ImportOptions.DEFAULT
              .withRegion(regionCode, regionName)
              .withProgress(PROGRESS_EVERY, console::progress);
      console.progress("import-xes: reading " + log);
      ImportSummary summary = XesImporter.importLog(log, out, m, options);
      summary.lines().forEach(console::println);
      return ExitCodes.OK;
    } catch (ImportException e) {
      throw new GovscoreException(GovscoreException.Kind.FAILURE, e.getMessage());
    }
  }

  /** Bad flags are usage errors, told before any file is read. */
  private void checkRegionFlags() {
    if (regionCode != null) {
      String problem = RegionSpec.problemWithCode(regionCode);
      if (problem != null) {
        throw new GovscoreException(GovscoreException.Kind.USAGE, "--region-code: " + problem);
      }
    }
    if (regionName != null && regionName.isBlank()) {
      throw new GovscoreException(GovscoreException.Kind.USAGE, "--region-name must not be blank");
    }
  }
}
