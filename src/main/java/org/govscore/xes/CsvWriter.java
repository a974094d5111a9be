package org.govscore.xes;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes UTF-8 CSV with RFC 4180 quoting: a field with a comma, quote, CR or LF is quoted and its
 * quotes doubled; every other field is written bare. Rows end with LF.
 */
final class CsvWriter implements Closeable {
  private final Writer out;

  CsvWriter(Writer out) {
    this.out = out;
  }

  static CsvWriter open(Path file) throws IOException {
    return new CsvWriter(
        new BufferedWriter(
            new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), 1 << 16));
  }

  /** Writes one row; I/O failures are unchecked so rows can be written from a callback. */
  void row(List<String> fields) {
    try {
      for (int i = 0; i < fields.size(); i++) {
        if (i > 0) {
          out.write(',');
        }
        out.write(field(fields.get(i)));
      }
      out.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String field(String value) {
    if (value == null || value.isEmpty()) {
      return "";
    }
    boolean quote = false;
    for (int i = 0; i < value.length() && !quote; i++) {
      char c = value.charAt(i);
      quote = c == ',' || c == '"' || c == '\r' || c == '\n';
    }
    return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
