package org.govscore.validation;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.to_json;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.govscore.contract.ContractColumn;
import org.govscore.contract.DatasetKind;
import org.govscore.input.DatasetReader;

/**
 * The forms of a dataset's classified rows: the slim form kept for the run, its accepted rows and
 * its rejects-table rows.
 */
final class ClassifiedRows {
  static final String COPIES = "_copies";
  static final String REASON = "_reason";
  static final String DETAIL = "_detail";
  private static final int EXCERPT_CHARS = 300;

  private ClassifiedRows() {}

  /**
   * The accepted rows, with typed contract columns under their contract names: the carried ones
   * ({@link ContractColumn#carried}).
   */
  static Dataset<Row> accepted(DatasetKind kind, Dataset<Row> slim) {
    List<Column> cols = new ArrayList<>();
    for (String c : carried(kind)) {
      cols.add(col(ColumnRules.TYPED + c).as(c));
    }
    return slim.filter(col(REASON).isNull()).select(cols.toArray(Column[]::new));
  }

  /**
   * The slim form kept for the rest of the run: typed carried columns, reason, copies, and for
   * rejected rows only their reference and redacted excerpt. Raw values are not carried past
   * validation, which halves what the run keeps in memory; nor is personal data nothing after
   * validation reads (applicants' and raters' IDs): the run does not hold what it does not need.
   */
  static Dataset<Row> slim(DatasetKind kind, Dataset<Row> classified) {
    List<Column> fields = new ArrayList<>();
    for (ContractColumn c : kind.columns()) {
      Column v = col(c.name());
      if (c.personal()) {
        v = when(v.isNull(), lit(null).cast(DataTypes.StringType)).otherwise(lit("***"));
      }
      fields.add(v.as(c.name()));
    }
    Column json = to_json(struct(fields.toArray(Column[]::new)));
    Column corruptExcerpt =
        concat(
            lit("unparseable record ("),
            length(col(DatasetReader.CORRUPT)).cast(DataTypes.StringType),
            lit(" characters, not shown)"));
    Column body = when(col(DatasetReader.CORRUPT).isNotNull(), corruptExcerpt).otherwise(json);
    Column prefixed =
        when(col(DETAIL).isNotNull(), concat(lit("["), col(DETAIL), lit("] "), body))
            .otherwise(body);
    Column excerpt =
        when(
                length(prefixed).gt(EXCERPT_CHARS),
                concat(substring(prefixed, 1, EXCERPT_CHARS), lit("...")))
            .otherwise(prefixed);
    Column rowRef =
        when(
                col(DatasetReader.BLOCK).gt(0),
                concat(
                    col(DatasetReader.FILE),
                    lit("@"),
                    col(DatasetReader.BLOCK).cast(DataTypes.StringType),
                    lit("#"),
                    col(DatasetReader.INDEX).cast(DataTypes.StringType)))
            .otherwise(
                concat(
                    col(DatasetReader.FILE),
                    lit("#"),
                    col(DatasetReader.INDEX).cast(DataTypes.StringType)));
    List<Column> keep = new ArrayList<>();
    for (String c : carried(kind)) {
      keep.add(col(ColumnRules.TYPED + c));
    }
    Column rejected = col(REASON).isNotNull();
    keep.add(col(REASON));
    keep.add(col(COPIES));
    keep.add(when(rejected, col(DatasetReader.FILE)).as("_source"));
    keep.add(when(rejected, rowRef).as("_row_ref"));
    keep.add(when(rejected, excerpt).as("_excerpt"));
    return classified.select(keep.toArray(Column[]::new));
  }

  /** The names of the columns kept past validation, in contract order. */
  static List<String> carried(DatasetKind kind) {
    return kind.carriedColumns().stream().map(ContractColumn::name).toList();
  }

  /** The rejects-table rows of slim classified rows. */
  static Dataset<Row> rejects(DatasetKind kind, Dataset<Row> slim) {
    return slim.filter(col(REASON).isNotNull())
        .select(
            lit(kind.datasetName()).as("dataset"),
            col("_source").as("source"),
            col("_row_ref").as("row_ref"),
            col(REASON).as("reason"),
            col("_excerpt").as("excerpt"));
  }
}
