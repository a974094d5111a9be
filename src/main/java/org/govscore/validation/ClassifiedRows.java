package org.govscore.validation;

import static org.apache.spark.sql.functions.coalesce;
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
import org.govscore.contract.ColumnType;
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

  /**
   * The slim form's one column for what only some rows have: reason, copies and, for rejected rows,
   * source, reference and excerpt. Null for a row accepted in one copy, almost every row of a large
   * log: Spark's in-memory cache stores a null as four bytes and a long as eight, so these five as
   * columns of their own cost 24 bytes per row. On the benchmark's 10,000,000-exchange set the
   * cached logs took 3,501 MiB before (exchanges 1,577, case events 970, ratings 954) and 2,807 MiB
   * after (1,387, 756 and 664, ratings also without their channel), in a cache of about 2,900 MiB.
   */
  static final String EXTRA = "_extra";

  private static final String SOURCE = "source";
  private static final String ROW_REF = "row_ref";
  private static final String EXCERPT = "excerpt";
  private static final int EXCERPT_CHARS = 300;

  private ClassifiedRows() {}

  /**
   * The accepted rows, with typed contract columns under their contract names: the carried ones
   * ({@link ContractColumn#carried}).
   */
  static Dataset<Row> accepted(DatasetKind kind, Dataset<Row> slim) {
    List<Column> cols = new ArrayList<>();
    for (ContractColumn c : kind.carriedColumns()) {
      cols.add(typedValue(c).as(c.name()));
    }
    return slim.filter(reason().isNull()).select(cols.toArray(Column[]::new));
  }

  /**
   * A carried column as the slim form keeps it: an enum as the 1-based index of its value in the
   * contract's list, one byte in the cache instead of its text (about 300 MB less over the
   * benchmark's exchanges and case events); null when the value is not in the list, which only a
   * rejected row can hold. Every other column as it is.
   */
  private static Column slimValue(ContractColumn c) {
    Column v = col(ColumnRules.TYPED + c.name());
    if (c.type() != ColumnType.ENUM) {
      return v;
    }
    if (c.enumValues().size() > Byte.MAX_VALUE) {
      throw new IllegalStateException(
          "Enum column "
              + c.name()
              + " has "
              + c.enumValues().size()
              + " values; the slim form keeps at most "
              + Byte.MAX_VALUE);
    }
    Column index = lit(null).cast(DataTypes.ByteType);
    for (int i = c.enumValues().size() - 1; i >= 0; i--) {
      index = when(v.equalTo(c.enumValues().get(i)), lit((byte) (i + 1))).otherwise(index);
    }
    return index.as(ColumnRules.TYPED + c.name());
  }

  /** A carried column of the slim form back as its typed value ({@link #slimValue} undone). */
  static Column typedValue(ContractColumn c) {
    Column v = col(ColumnRules.TYPED + c.name());
    if (c.type() != ColumnType.ENUM) {
      return v;
    }
    Column value = lit(null).cast(DataTypes.StringType);
    for (int i = c.enumValues().size() - 1; i >= 0; i--) {
      value = when(v.equalTo(lit((byte) (i + 1))), lit(c.enumValues().get(i))).otherwise(value);
    }
    return value;
  }

  /** A slim row's reject reason; null when accepted. */
  static Column reason() {
    return extra(REASON);
  }

  /** How many copies of a slim row were read. */
  static Column copies() {
    return coalesce(extra(COPIES), lit(1L));
  }

  private static Column extra(String field) {
    return col(EXTRA + "." + field);
  }

  /**
   * The slim form kept for the rest of the run: typed carried columns and {@link #EXTRA} (reason,
   * copies, and for rejected rows only their reference and redacted excerpt). Raw values are not
   * carried past validation, which halves what the run keeps in memory; nor is personal data
   * nothing after validation reads (applicants' and raters' IDs): the run does not hold what it
   * does not need.
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
    for (ContractColumn c : kind.carriedColumns()) {
      keep.add(slimValue(c));
    }
    Column rejected = col(REASON).isNotNull();
    Column extra =
        struct(
            col(REASON).as(REASON),
            col(COPIES).as(COPIES),
            when(rejected, col(DatasetReader.FILE)).as(SOURCE),
            when(rejected, rowRef).as(ROW_REF),
            when(rejected, excerpt).as(EXCERPT));
    keep.add(when(rejected.or(col(COPIES).notEqual(1L)), extra).as(EXTRA));
    return classified.select(keep.toArray(Column[]::new));
  }

  /** The rejects-table rows of slim classified rows. */
  static Dataset<Row> rejects(DatasetKind kind, Dataset<Row> slim) {
    return slim.filter(reason().isNotNull())
        .select(
            lit(kind.datasetName()).as("dataset"),
            extra(SOURCE).as("source"),
            extra(ROW_REF).as("row_ref"),
            reason().as("reason"),
            extra(EXCERPT).as("excerpt"));
  }
}
