package org.govscore.generate;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The file formats of docs/data-contract.md the generator writes. */
public enum OutputFormat {
  PARQUET("parquet"),
  CSV("csv"),
  JSONL("jsonl");

  private final String flag;

  OutputFormat(String flag) {
    this.flag = flag;
  }

  /** The value as given on the command line. */
  public String flag() {
    return flag;
  }

  /** Parses a command-line value (case-insensitive); the message names the bad value. */
  public static OutputFormat parse(String text) {
    String wanted = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
    return Arrays.stream(values())
        .filter(f -> f.flag.equals(wanted))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "Invalid format '"
                        + text
                        + "': expected one of "
                        + Arrays.stream(values())
                            .map(OutputFormat::flag)
                            .collect(Collectors.joining(", "))));
  }
}
