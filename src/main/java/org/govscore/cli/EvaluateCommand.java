package org.govscore.cli;

import java.util.Locale;
import org.apache.spark.sql.SparkSession;
import org.govscore.config.JobFile;
import org.govscore.config.Parameters;
import org.govscore.config.Period;
import org.govscore.pipeline.EvaluationJob;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    description =
        "Read and validate the inputs, compute the methodology for one period, write the results store.")
public final class EvaluateCommand extends GovscoreCommand {
  @Option(
      names = "--inputs",
      paramLabel = "DIR",
      description = "Folder with one entry per dataset (regions.csv, exchanges/, ...).")
  String inputs;

  @Option(names = "--results", paramLabel = "DIR", description = "The results store to write.")
  String results;

  @Option(names = "--period", paramLabel = "P", description = "YYYY, YYYY-Hn, YYYY-Qn or YYYY-MM.")
  String period;

  @Mixin JobOptions job = new JobOptions();

  @Override
  protected int execute(Console console) throws Exception {
    String in = job.required(inputs, JobFile.INPUTS, "--inputs");
    String out = job.required(results, JobFile.RESULTS, "--results");
    Period p = job.period(period);
    Parameters params = job.parameters();
    SparkSession spark =
        spark("govscore evaluate " + p, params.zone().getId(), job.job().sparkConf(), console);
    try {
      EvaluationJob.Outcome o =
          EvaluationJob.run(
              spark, new EvaluationJob.Request(in, out, p, params, job.jobFile), console);
      long ranked = o.scores().stream().filter(s -> s.rank() != null).count();
      long rows = o.quality().values().stream().mapToLong(q -> q.rowsRead()).sum();
      long rejected = o.quality().values().stream().mapToLong(q -> q.rowsRejected()).sum();
      console.println(
          String.format(
              Locale.ROOT,
              "evaluate %s: %,d rows read, %,d rejected; %d units scored, %d ranked; results in %s (%.1f s)",
              p,
              rows,
              rejected,
              o.scores().size(),
              ranked,
              out,
              o.millis() / 1000.0));
      return ExitCodes.OK;
    } finally {
      release(spark);
    }
  }
}
