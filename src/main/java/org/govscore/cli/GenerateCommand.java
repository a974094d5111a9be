package org.govscore.cli;

import java.io.File;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.govscore.base.GovscoreException;
import org.govscore.generate.GenerationSummary;
import org.govscore.generate.Generator;
import org.govscore.generate.GeneratorSettings;
import org.govscore.generate.OutputFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code govscore generate}: synthetic data following docs/data-contract.md, at any scale. */
@Command(
    name = "generate",
    description = {
      "Generate synthetic data following the data contract (docs/data-contract.md): regions, departments, service_items, "
          + "resources, exchanges and case_events, one folder of part files each, with realistic "
          + "Chinese names and planted patterns (information islands, declared-only items, refused "
          + "resources, invalid IDs, off-extranet traffic, late cases, a falling department) and a "
          + "small share of structurally bad rows.",
      "The same settings always give the same content."
    })
public final class GenerateCommand extends GovscoreCommand {
  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Show this help and exit.")
  boolean help;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "DIR",
      description =
          "Output folder (local path or any Hadoop file system URI); dataset folders in it are replaced.")
  String out;

  @Option(
      names = "--departments",
      paramLabel = "N",
      description = "Number of departments (default: ${DEFAULT-VALUE}).")
  int departments = GeneratorSettings.DEFAULT_DEPARTMENTS;

  @Option(
      names = "--cases",
      paramLabel = "N",
      description = "Number of cases, about 5.4 events each (default: ${DEFAULT-VALUE}).")
  long cases = GeneratorSettings.DEFAULT_CASES;

  @Option(
      names = "--exchanges",
      paramLabel = "N",
      description = "Number of exchange rows (default: ${DEFAULT-VALUE}).")
  long exchanges = GeneratorSettings.DEFAULT_EXCHANGES;

  @Option(
      names = "--ratings",
      paramLabel = "N",
      description =
          "Number of ratings (好差评) rows; 0 writes no ratings dataset (default: "
              + GeneratorSettings.RATINGS_PER_CASE
              + " per case).")
  Long ratings;

  @Option(
      names = "--seed",
      paramLabel = "N",
      description = "Random seed (default: ${DEFAULT-VALUE}).")
  long seed = GeneratorSettings.DEFAULT_SEED;

  @Option(
      names = "--periods",
      paramLabel = "P[,P...]",
      description =
          "Periods the data covers: YYYY, YYYY-Hn, YYYY-Qn or YYYY-MM, comma-separated "
              + "(default: ${DEFAULT-VALUE}).")
  String periods = GeneratorSettings.DEFAULT_PERIODS;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "parquet, csv or jsonl (default: ${DEFAULT-VALUE}).")
  String format = OutputFormat.PARQUET.flag();

  @Option(
      names = "--bad-row-share",
      paramLabel = "X",
      description =
          "Share of structurally bad rows per log dataset, 0 to "
              + GeneratorSettings.MAX_BAD_ROW_SHARE
              + " (default: ${DEFAULT-VALUE}); "
              + "above 0.04 evaluate's default 5 %% reject limit may be exceeded.")
  double badRowShare = GeneratorSettings.DEFAULT_BAD_ROW_SHARE;

  @Override
  protected int execute(Console console) {
    GeneratorSettings settings = settings();
    checkOut();
    SparkSession spark = spark("govscore generate", "Asia/Shanghai", Map.of(), console);
    try {
      GenerationSummary summary = Generator.generate(spark, settings, out, console);
      console.println(
          "generate: wrote "
              + summary.describe()
              + " ("
              + settings.format().flag()
              + ", seed "
              + settings.seed()
              + ") to "
              + out);
      return ExitCodes.OK;
    } finally {
      release(spark);
    }
  }

  private GeneratorSettings settings() {
    if (departments < 1) {
      throw usage("--departments must be a positive number, got " + departments);
    }
    if (cases < 1) {
      throw usage("--cases must be a positive number, got " + cases);
    }
    if (exchanges < 1) {
      throw usage("--exchanges must be a positive number, got " + exchanges);
    }
    if (ratings != null && ratings < 0) {
      throw usage("--ratings must be 0 or a positive number, got " + ratings);
    }
    try {
      return new GeneratorSettings(
          departments,
          cases,
          exchanges,
          seed,
          GeneratorSettings.parsePeriods(periods),
          OutputFormat.parse(format),
          badRowShare,
          ratings);
    } catch (IllegalArgumentException e) {
      throw usage(e.getMessage());
    }
  }

  /** A local --out that is an existing file cannot hold dataset folders. */
  private void checkOut() {
    if (out.isBlank()) {
      throw usage("--out must name a folder");
    }
    if (!out.contains("://") && !out.startsWith("file:")) {
      File dir = new File(out);
      if (dir.exists() && !dir.isDirectory()) {
        throw usage("--out '" + out + "' is a file, not a folder");
      }
    }
  }

  private static GovscoreException usage(String message) {
    return new GovscoreException(GovscoreException.Kind.USAGE, message);
  }
}
