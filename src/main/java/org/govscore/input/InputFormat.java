package org.govscore.input;

import java.util.Locale;
import java.util.Optional;

/** The three input formats of docs/data-contract.md, told by file extension. */
public enum InputFormat {
  PARQUET,
  CSV,
  JSON_LINES;

  /** The format of a file name, ignoring a trailing compression suffix; empty if unknown. */
  public static Optional<InputFormat> ofFileName(String fileName) {
    String n = fileName.toLowerCase(Locale.ROOT);
    for (String codec : new String[] {".gz", ".bz2", ".snappy", ".zst", ".lz4", ".deflate"}) {
      if (n.endsWith(codec) && !n.endsWith(".parquet" + codec)) {
        n = n.substring(0, n.length() - codec.length());
        break;
      }
    }
    if (n.endsWith(".parquet")) {
      return Optional.of(PARQUET);
    }
    if (n.endsWith(".csv")) {
      return Optional.of(CSV);
    }
    if (n.endsWith(".jsonl") || n.endsWith(".json") || n.endsWith(".ndjson")) {
      return Optional.of(JSON_LINES);
    }
    return Optional.empty();
  }

  /** The dataset name a top-level entry stands for: {@code regions.csv} gives {@code regions}. */
  static String stem(String entryName) {
    int dot = entryName.indexOf('.');
    return dot < 0 ? entryName : entryName.substring(0, dot);
  }
}
