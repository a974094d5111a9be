package org.govscore.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import org.govscore.base.GovscoreException;
import org.govscore.config.JobFile;
import org.govscore.config.Parameters;
import org.govscore.config.Period;
import picocli.CommandLine.Option;

/** Options shared by evaluate and validate: a job file, methodology overrides. */
public class JobOptions {
  @Option(
      names = "--job",
      paramLabel = "FILE",
      description = "A job file (jobs/*.yaml); flags win over it.")
  String jobFile;

  @Option(
      names = "--set",
      paramLabel = "NAME=VALUE",
      description =
          "Override a methodology parameter by its name in docs/methodology.md, e.g. --set credit.no_demand=0.4.")
  Map<String, String> overrides = new LinkedHashMap<>();

  private JobFile job;

  JobFile job() {
    if (job == null) {
      job = jobFile == null ? new JobFile(null, Map.of()) : JobFile.read(jobFile);
    }
    return job;
  }

  /** A value from the flag, else from the job file, else a usage error naming both. */
  String required(String flagValue, String key, String flag) {
    String v = flagValue != null ? flagValue : job().get(key);
    if (v == null || v.isBlank()) {
      throw new GovscoreException(
          GovscoreException.Kind.USAGE, "Missing " + flag + " (or '" + key + ":' in a job file)");
    }
    return v;
  }

  Parameters parameters() {
    Map<String, String> all = new LinkedHashMap<>(job().parameters());
    all.remove(JobFile.LANGUAGES);
    all.putAll(overrides);
    try {
      return Parameters.of(all);
    } catch (IllegalArgumentException e) {
      throw new GovscoreException(GovscoreException.Kind.USAGE, e.getMessage());
    }
  }

  Period period(String flagValue) {
    try {
      return Period.parse(required(flagValue, JobFile.PERIOD, "--period"));
    } catch (IllegalArgumentException e) {
      throw new GovscoreException(GovscoreException.Kind.USAGE, e.getMessage());
    }
  }
}
