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
   * log: Spark's columnar cache stores a null as four bytes and a long as eight, so these five as
   * columns of their own cost 24 bytes per row. On the benchmark's 10,000,000-exchange set the
   * cached logs took 3,501 MiB before (exchanges 1,577, case events 970, ratings 954) and 2,807 MiB
   * after (1,387, 756 and 664, ratings also without their channel), in a cache of about 2,900 MiB.
   */
  static final String EXTRA = "_extra";

  private static final String SOURCE = "source";
  private static final String ROW_REF = "row_ref";
  private static final String EXCERPT = "excerpt";

  /** What a rejected row's excerpt and reference need, between the two steps of {@link #slim}. */
  private static final String REJECTED_ROW = "_rejected_row";

  private static final String RAW = "raw";
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
   *
   * <p>Built in two steps. Spark's {@code to_json} has no generated code, and a projection holding
   * it runs outside the stage's generated code, on a row the stage first assembles from every
   * column it reads: raw and typed, each string copied once more for every row. So the first step,
   * in the stage's code, narrows each row to its slim values and, for a rejected row only, a struct
   * of what its excerpt and reference need; the second writes the excerpt from that struct.
   *
   * @param passed columns of {@code classified} kept as they are (rows held for grouping)
   */
  static Dataset<Row> slim(DatasetKind kind, Dataset<Row> classified, Column... passed) {
    List<Column> fields = new ArrayList<>();
    for (ContractColumn c : kind.columns()) {
      Column v = col(c.name());
      if (c.personal()) {
        v = when(v.isNull(), lit(null).cast(DataTypes.StringType)).otherwise(lit("***"));
      }
      fields.add(v.as(c.name()));
    }
    Column rejected = col(REASON).isNotNull();
    List<Column> narrow = new ArrayList<>();
    List<Column> keep = new ArrayList<>();
    for (ContractColumn c : kind.carriedColumns()) {
      narrow.add(slimValue(c));
      keep.add(col(ColumnRules.TYPED + c.name()));
    }
    narrow.add(col(REASON));
    narrow.add(col(COPIES));
    narrow.add(
        when(
                rejected,
                struct(
                    struct(fields.toArray(Column[]::new)).as(RAW),
                    col(DatasetReader.CORRUPT).as(DatasetReader.CORRUPT),
                    col(DETAIL).as(DETAIL),
                    col(DatasetReader.FILE).as(DatasetReader.FILE),
                    col(DatasetReader.BLOCK).as(DatasetReader.BLOCK),
                    col(DatasetReader.INDEX).as(DatasetReader.INDEX)))
            .as(REJECTED_ROW));
    keep.add(
        when(
                rejected.or(col(COPIES).notEqual(1L)),
                struct(
                    col(REASON).as(REASON),
                    col(COPIES).as(COPIES),
                    rejectedField(DatasetReader.FILE).as(SOURCE),
                    rowRef().as(ROW_REF),
                    excerpt().as(EXCERPT)))
            .as(EXTRA));
    for (Column c : passed) {
      narrow.add(c);
      keep.add(c);
    }
    return classified.select(narrow.toArray(Column[]::new)).select(keep.toArray(Column[]::new));
  }

  /** A field of a rejected row's {@link #REJECTED_ROW} struct; null for an accepted row. */
  private static Column rejectedField(String field) {
    return col(REJECTED_ROW + "." + field);
  }

  /** A rejected row's excerpt: its raw values as JSON, after the column its reason names. */
  private static Column excerpt() {
    Column corrupt = rejectedField(DatasetReader.CORRUPT);
    Column detail = rejectedField(DETAIL);
    Column json = to_json(rejectedField(RAW));
    Column corruptExcerpt =
        concat(
            lit("unparseable record ("),
            length(corrupt).cast(DataTypes.StringType),
            lit(" characters, not shown)"));
    Column body = when(corrupt.isNotNull(), corruptExcerpt).otherwise(json);
    Column prefixed =
        when(detail.isNotNull(), concat(lit("["), detail, lit("] "), body)).otherwise(body);
    return when(
            length(prefixed).gt(EXCERPT_CHARS),
            concat(substring(prefixed, 1, EXCERPT_CHARS), lit("...")))
        .otherwise(prefixed);
  }

  /** A rejected row's reference: file, block (of a split file) and row. */
  private static Column rowRef() {
    Column file = rejectedField(DatasetReader.FILE);
    Column block = rejectedField(DatasetReader.BLOCK);
    Column index = rejectedField(DatasetReader.INDEX).cast(DataTypes.StringType);
    return when(
            block.gt(0), concat(file, lit("@"), block.cast(DataTypes.StringType), lit("#"), index))
        .otherwise(concat(file, lit("#"), index));
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
