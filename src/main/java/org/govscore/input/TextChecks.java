package org.govscore.input;

import static org.apache.spark.sql.functions.array_join;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StringType;
import org.govscore.base.GovscoreException;
import org.govscore.contract.ContractColumn;
import org.govscore.contract.DatasetKind;

/**
 * Checks of CSV and JSON Lines input that Spark's readers do not make: bytes that are not UTF-8 and
 * header names Spark renamed because they repeat.
 */
final class TextChecks {
  /** What Java's UTF-8 decoder puts where the bytes are not UTF-8. */
  static final String REPLACEMENT = "\uFFFD";

  private TextChecks() {}

  /**
   * The row's text when one of its contract values holds a replacement character, else null. Spark
   * decodes malformed UTF-8 silently to U+FFFD; such a record is not what its producer wrote (often
   * a GBK file), so it is a corrupt record, never accepted garbage.
   */
  static Column undecodable(DatasetKind kind, Dataset<Row> df) {
    List<Column> texts = new ArrayList<>();
    for (ContractColumn c : kind.columns()) {
      if (!List.of(df.columns()).contains(c.name())) {
        continue;
      }
      DataType t = df.schema().apply(c.name()).dataType();
      Column v = col("`" + c.name() + "`");
      if (t instanceof StringType) {
        texts.add(v);
      } else if (t instanceof ArrayType a && a.elementType() instanceof StringType) {
        texts.add(array_join(v, ";"));
      }
    }
    if (texts.isEmpty()) {
      return lit(null).cast(DataTypes.StringType);
    }
    // Test each value; the row's text is only assembled for the rare flagged row.
    Column flagged =
        texts.stream().map(t -> t.contains(REPLACEMENT)).reduce(Column::or).orElseThrow();
    return when(flagged, concat_ws(",", texts.toArray(Column[]::new)));
  }

  /**
   * Spark renames repeated header names (letter case aside) to name + position, e.g. {@code
   * latency_ms,LATENCY_MS} to {@code latency_ms10, LATENCY_MS14}; the contract column would then
   * read as absent and its values be lost. Such a file is an error naming the column.
   */
  static void requireDistinctHeader(InputEntry entry, List<String> header) {
    List<String> repeated = new ArrayList<>();
    for (ContractColumn c : entry.kind().columns()) {
      int renamed = 0;
      for (int i = 0; i < header.size(); i++) {
        if (header.get(i).equalsIgnoreCase(c.name() + i)) {
          renamed++;
        }
      }
      if (renamed >= 2 && !header.contains(c.name())) {
        repeated.add(c.name());
      }
    }
    if (!repeated.isEmpty()) {
      throw new GovscoreException(
          entry.kind().datasetName()
              + " ("
              + entry.path()
              + ") names column(s) "
              + repeated
              + " more than once (letter case aside); keep exactly one of each");
    }
  }
}
