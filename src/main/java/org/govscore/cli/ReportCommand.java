package org.govscore.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.govscore.base.GovscoreException;
import org.govscore.config.JobFile;
import org.govscore.config.Parameters;
import org.govscore.config.Period;
import org.govscore.render.text.Messages;
import org.govscore.report.ReportRenderer;
import org.govscore.report.ReportSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description =
        "Leadership report of one period from the results store: HTML pages, charts and a PDF, "
            + "in Chinese and English (OUT/zh-CN, OUT/en) or in the one language given.")
public final class ReportCommand extends GovscoreCommand {
  @Option(
      names = "--results",
      paramLabel = "DIR",
      description = "The results store written by evaluate.")
  String results;

  @Option(names = "--period", paramLabel = "P", description = "YYYY, YYYY-Hn, YYYY-Qn or YYYY-MM.")
  String period;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description = "Where to write the report (OUT/<lang>/index.html ...).")
  String out;

  @Option(
      names = "--lang",
      paramLabel = "LANG",
      description = "zh-CN or en; without it both are written.")
  String lang;

  @Option(
      names = "--material-change",
      paramLabel = "POINTS",
      description =
          "Composite points a change must exceed to count as a move in the summary (default 5; "
              + "job file: report.material_change).")
  String materialChange;

  @Option(
      names = "--job",
      paramLabel = "FILE",
      description = "A job file (results, period, out, languages); flags win.")
  String jobFile;

  @Override
  protected int execute(Console console) throws Exception {
    JobFile job = jobFile == null ? new JobFile(null, Map.of()) : JobFile.read(jobFile);
    String resultsDir = required(results, job, JobFile.RESULTS, "--results");
    String outDir = required(out, job, JobFile.OUT, "--out");
    Period p;
    try {
      p = Period.parse(required(period, job, JobFile.PERIOD, "--period"));
    } catch (IllegalArgumentException e) {
      throw new GovscoreException(GovscoreException.Kind.USAGE, e.getMessage());
    }
    List<Locale> languages = languages(lang != null ? lang : job.get(JobFile.LANGUAGES));
    ReportSettings settings =
        ReportSettings.parse(
            materialChange != null ? materialChange : job.get(ReportSettings.MATERIAL_CHANGE));
    long started = System.nanoTime();
    // The report reads only aggregated tables; the zone of its dates comes from the manifest.
    SparkSession spark =
        spark("govscore report " + p, Parameters.TIME_ZONE_DEFAULT, job.sparkConf(), console);
    try {
      List<Path> files =
          ReportRenderer.render(
              spark, resultsDir, p, Path.of(outDir), languages, settings, console);
      long pages = files.stream().filter(f -> f.toString().endsWith(".html")).count();
      long pdfs = files.stream().filter(f -> f.toString().endsWith(".pdf")).count();
      console.println(
          String.format(
              Locale.ROOT,
              "report %s: %s; %d pages, %d PDF, %d files in %s (%.1f s)",
              p,
              String.join(", ", languages.stream().map(Locale::toLanguageTag).toList()),
              pages,
              pdfs,
              files.size(),
              outDir,
              (System.nanoTime() - started) / 1e9));
      return ExitCodes.OK;
    } finally {
      release(spark); // an embedding caller's session (tests, notebooks) stays running
    }
  }

  private static String required(String flag, JobFile job, String key, String name) {
    String v = flag != null ? flag : job.get(key);
    if (v == null || v.isBlank()) {
      throw new GovscoreException(
          GovscoreException.Kind.USAGE, "Missing " + name + " (or '" + key + ":' in a job file)");
    }
    return v;
  }

  /** One language, a comma-separated list (job file), or both when none is given. */
  static List<Locale> languages(String value) {
    if (value == null || value.isBlank()) {
      return ReportRenderer.allLanguages();
    }
    return Arrays.stream(value.split(","))
        .map(String::trim)
        .filter(s -> !s.isEmpty())
        .map(Messages::parseLanguage)
        .distinct()
        .toList();
  }
}
