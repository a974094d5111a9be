package org.govscore.config;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.govscore.base.GovscoreException;

/**
 * A job file (jobs/*.yaml): flat {@code key: value} lines, {@code #} comments. Keys: inputs,
 * results, period, out, languages, spark.* settings, and any methodology parameter by its name in
 * docs/methodology.md. It only saves typing: flags given on the command line win.
 */
public record JobFile(String path, Map<String, String> values) {
  public static final String INPUTS = "inputs";
  public static final String RESULTS = "results";
  public static final String PERIOD = "period";
  public static final String OUT = "out";
  public static final String LANGUAGES = "languages";

  public static JobFile read(String path) {
    String text;
    // Through the Hadoop file system API, so a job file may live on hdfs:// or s3a:// too.
    Path file = new Path(path);
    try (FileSystem fs = FileSystem.newInstance(file.toUri(), new Configuration())) {
      if (!fs.exists(file)) {
        throw new GovscoreException(
            GovscoreException.Kind.USAGE, "Job file " + path + " does not exist");
      }
      try (InputStream in = fs.open(file)) {
        text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new GovscoreException(
          GovscoreException.Kind.USAGE, "Cannot read job file " + path + ": " + e.getMessage());
    }
    Map<String, String> values = new LinkedHashMap<>();
    String[] lines = text.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].replace("\uFEFF", "");
      int hash = line.indexOf(" #");
      if (line.strip().startsWith("#")) {
        continue;
      }
      if (hash >= 0) {
        line = line.substring(0, hash);
      }
      if (line.isBlank()) {
        continue;
      }
      int sep = line.indexOf(':');
      if (sep <= 0) {
        throw new GovscoreException(
            GovscoreException.Kind.USAGE,
            "Job file " + path + " line " + (i + 1) + ": expected 'key: value'");
      }
      String key = line.substring(0, sep).strip();
      String value = unquote(line.substring(sep + 1).strip());
      values.put(key, value);
    }
    return new JobFile(path, values);
  }

  private static String unquote(String v) {
    if (v.length() >= 2
        && ((v.startsWith("\"") && v.endsWith("\"")) || (v.startsWith("'") && v.endsWith("'")))) {
      return v.substring(1, v.length() - 1);
    }
    return v;
  }

  public String get(String key) {
    return values.get(key);
  }

  /**
   * The methodology parameters it sets (report.* settings belong to the report command, not the
   * evaluation).
   */
  public Map<String, String> parameters() {
    Map<String, String> out = new LinkedHashMap<>();
    values.forEach(
        (k, v) -> {
          if (k.contains(".") && !k.startsWith("spark.") && !k.startsWith("report.")) {
            out.put(k, v);
          }
        });
    return out;
  }

  /** The spark.* settings it sets. */
  public Map<String, String> sparkConf() {
    Map<String, String> out = new LinkedHashMap<>();
    values.forEach(
        (k, v) -> {
          if (k.startsWith("spark.")) {
            out.put(k, v);
          }
        });
    return out;
  }
}
