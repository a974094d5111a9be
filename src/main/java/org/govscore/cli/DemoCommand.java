package org.govscore.cli;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.govscore.config.Parameters;
import org.govscore.config.Period;
import org.govscore.generate.GenerationSummary;
import org.govscore.generate.Generator;
import org.govscore.generate.GeneratorSettings;
import org.govscore.generate.OutputFormat;
import org.govscore.pipeline.EvaluationJob;
import org.govscore.report.ReportRenderer;
import org.govscore.scoring.ScoreRow;
import org.govscore.site.SiteBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description =
        "Generate a sample data set for two consecutive quarters, evaluate both, and render"
            + " the report of the latest one into ./out/report and the public site into ./out/site.")
public final class DemoCommand extends GovscoreCommand {
  @Option(
      names = "--out",
      paramLabel = "DIR",
      defaultValue = "out",
      description = "Output folder (default ./out).")
  Path out;

  @Option(
      names = "--departments",
      defaultValue = "40",
      description = "Departments to generate (default 40).")
  int departments;

  @Option(
      names = "--cases",
      defaultValue = "4000",
      description = "Cases to generate (default 4000).")
  long cases;

  @Option(
      names = "--exchanges",
      defaultValue = "40000",
      description = "Exchanges to generate (default 40000).")
  long exchanges;

  static final List<Period> QUARTERS = List.of(Period.parse("2026-Q2"), Period.parse("2026-Q3"));

  @Override
  protected int execute(Console console) throws Exception {
    Parameters params = Parameters.defaultsOnly();
    SparkSession spark = spark("govscore demo", params.zone().getId(), Map.of(), console);
    try {
      Path data = out.resolve("demo-data");
      Path results = out.resolve("results");
      // Ratings (好差评) proportional to cases, with their planted patterns.
      GeneratorSettings settings =
          new GeneratorSettings(
              departments,
              cases,
              exchanges,
              GeneratorSettings.DEFAULT_SEED,
              QUARTERS,
              OutputFormat.PARQUET,
              GeneratorSettings.DEFAULT_BAD_ROW_SHARE);
      console.progress(
          "demo 1/3: generating "
              + departments
              + " departments, "
              + cases
              + " cases, "
              + exchanges
              + " exchanges, "
              + settings.ratingRows()
              + " ratings into "
              + data);
      GenerationSummary generated = Generator.generate(spark, settings, data.toString(), console);
      List<ScoreRow> latest = null;
      for (Period p : QUARTERS) {
        console.progress("demo 2/3: evaluating " + p);
        latest =
            EvaluationJob.run(
                    spark,
                    new EvaluationJob.Request(data.toString(), results.toString(), p, params, null),
                    console)
                .scores();
      }
      Period latestQuarter = QUARTERS.get(QUARTERS.size() - 1);
      console.progress(
          "demo 3/3: rendering the " + latestQuarter + " report into " + out.resolve("report"));
      List<Path> reportFiles =
          ReportRenderer.render(
              spark,
              results.toString(),
              latestQuarter,
              out.resolve("report"),
              ReportRenderer.allLanguages(),
              console);
      ScoreRow leader =
          latest.stream()
              .filter(s -> s.rank() != null && s.unitType().equals("REGION"))
              .min(Comparator.comparing(ScoreRow::rank).thenComparing(ScoreRow::unitCode))
              .orElse(null);
      console.progress("demo: publishing the site of all periods into " + out.resolve("site"));
      List<Path> siteFiles =
          SiteBuilder.build(spark, results.toString(), out.resolve("site"), console);
      long rows = generated.rowsWritten().values().stream().mapToLong(Long::longValue).sum();
      console.println(
          String.format(
              Locale.ROOT,
              "demo: generated %,d rows; evaluated %s and %s into %s; report (%d files) in %s; site (%d files) in %s%s",
              rows,
              QUARTERS.get(0),
              QUARTERS.get(1),
              results,
              reportFiles.size(),
              out.resolve("report"),
              siteFiles.size(),
              out.resolve("site"),
              leader == null
                  ? ""
                  : String.format(
                      Locale.ROOT,
                      "; top region in %s: %s (%.2f)",
                      leader.rankGroup(),
                      leader.unitCode(),
                      leader.composite())));
      return ExitCodes.OK;
    } finally {
      release(spark);
    }
  }
}
