package org.govscore.generate;

import org.apache.spark.sql.DataFrameWriter;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;

/**
 * Writes one dataset folder of Spark part files in the chosen format, replacing what was there. CSV
 * is RFC 4180 (quotes doubled, not backslash-escaped) with a header; JSON Lines keeps null fields
 * so every line carries every column. Timestamps are already ISO text with offset in the text
 * formats (see {@link RowShape}), so the session's time zone cannot change them.
 */
final class DatasetWriter {
  private DatasetWriter() {}

  static void write(Dataset<Row> rows, OutputFormat format, String path) {
    DataFrameWriter<Row> w = rows.write().mode(SaveMode.Overwrite);
    switch (format) {
      case PARQUET -> w.parquet(path);
      case CSV ->
          w.option("header", "true")
              .option("encoding", "UTF-8")
              .option("quote", "\"")
              .option("escape", "\"")
              .csv(path);
      case JSONL -> w.option("ignoreNullFields", "false").option("encoding", "UTF-8").json(path);
      default -> throw new IllegalArgumentException("Unsupported format " + format);
    }
  }
}
