package org.govscore.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/** Options every command takes. */
public class CommonOptions {
  @Option(
      names = "--conf",
      paramLabel = "KEY=VALUE",
      description = "A Spark setting, e.g. --conf spark.master=spark://host:7077 (repeatable).")
  Map<String, String> sparkConf = new LinkedHashMap<>();

  @Option(names = "--quiet", description = "No progress output; only the summary line and errors.")
  boolean quiet;

  @Option(names = "--verbose", description = "Stack traces on errors.")
  boolean verbose;

  public Map<String, String> sparkConf() {
    return sparkConf;
  }

  public boolean quiet() {
    return quiet;
  }

  public boolean verbose() {
    return verbose;
  }
}
