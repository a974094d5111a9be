package org.govscore.cli;

import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.govscore.config.JobFile;
import org.govscore.config.Parameters;
import org.govscore.contract.DatasetKind;
import org.govscore.validation.DataQuality;
import org.govscore.validation.InputValidation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description =
        "The data-quality part of evaluate alone: rows read, accepted, rejected by reason, duplicates.")
public final class ValidateCommand extends GovscoreCommand {
  @Option(
      names = "--inputs",
      paramLabel = "DIR",
      description = "Folder with one entry per dataset.")
  String inputs;

  @Mixin JobOptions job = new JobOptions();

  @Override
  protected int execute(Console console) {
    String in = job.required(inputs, JobFile.INPUTS, "--inputs");
    Parameters params = job.parameters();
    SparkSession spark =
        spark("govscore validate", params.zone().getId(), job.job().sparkConf(), console);
    try {
      InputValidation.Result r = InputValidation.run(spark, in, console::progress);
      console.println(
          String.format(
              Locale.ROOT,
              "%-14s %12s %12s %12s %12s  %s",
              "dataset",
              "rows_read",
              "accepted",
              "rejected",
              "duplicates",
              "top reject reasons"));
      for (Map.Entry<DatasetKind, DataQuality> e : r.quality().entrySet()) {
        DataQuality q = e.getValue();
        StringBuilder reasons = new StringBuilder();
        q.rejectedByReason().entrySet().stream()
            .limit(4)
            .forEach(
                x ->
                    reasons
                        .append(reasons.length() == 0 ? "" : ", ")
                        .append(x.getKey())
                        .append(' ')
                        .append(x.getValue()));
        console.println(
            String.format(
                Locale.ROOT,
                "%-14s %,12d %,12d %,12d %,12d  %s",
                q.dataset(),
                q.rowsRead(),
                q.rowsAccepted(),
                q.rowsRejected(),
                q.duplicatesRemoved(),
                reasons));
      }
      for (DatasetKind missing : r.missing()) {
        // No built-in indicator needs external_indicators: its absence only means there are none.
        console.println(
            String.format(
                Locale.ROOT,
                missing == DatasetKind.EXTERNAL_INDICATORS
                    ? "%-14s absent: no external indicators"
                    : "%-14s absent: indicators needing it are N/A",
                missing.datasetName()));
      }
      console.println(
          "reconciliation: rows_read = accepted + rejected + duplicates holds for every dataset");
      InputValidation.enforceRejectLimit(r.quality(), params.maxRejectShare());
      return ExitCodes.OK;
    } finally {
      release(spark);
    }
  }
}
