package org.govscore.input;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.monotonically_increasing_id;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.compress.CompressionCodec;
import org.apache.hadoop.io.compress.CompressionCodecFactory;
import org.apache.parquet.hadoop.Footer;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.spark.network.util.JavaUtils;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.DataFrameReader;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.execution.datasources.parquet.ParquetFileFormat$;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.govscore.base.GovscoreException;
import org.govscore.contract.ColumnType;
import org.govscore.contract.ContractColumn;
import org.govscore.contract.DatasetKind;
import scala.collection.JavaConverters;

/**
 * Reads one dataset entry through Spark into its raw form: the contract columns as the source typed
 * them (CSV and JSON: strings), plus where each row came from. Nothing is validated here; the
 * validation decides what is accepted.
 *
 * <p>Raw columns added: {@code _file} (entry-relative file name), {@code _block} (byte offset of
 * the split, 0 for a whole file), {@code _idx} (1-based row number within the split) and {@code
 * _corrupt} (the raw text of an unparseable JSON line or of a CSV record with more or fewer fields
 * than the header, else null).
 */
public final class DatasetReader {
  public static final String FILE = "_file";
  public static final String BLOCK = "_block";
  public static final String INDEX = "_idx";
  public static final String CORRUPT = "_corrupt";

  /** Bits of monotonically_increasing_id() that hold the row number within a partition. */
  private static final long ROW_BITS = (1L << 33) - 1;

  private DatasetReader() {}

  public static Dataset<Row> read(SparkSession spark, InputEntry entry) {
    // Row references stay exact only while no two files share a partition.
    spark.conf().set("spark.sql.files.openCostInBytes", String.valueOf(maxPartitionBytes(spark)));
    String[] paths =
        entry.files().stream()
            .filter(f -> f.size() > 0 || !entry.folder())
            .map(InputEntry.InputFile::path)
            .toArray(String[]::new);
    if (paths.length == 0) {
      return emptyRaw(spark, entry.kind());
    }
    for (InputEntry.InputFile f : entry.files()) {
      if (f.size() == 0 && !entry.folder() && entry.format() != InputFormat.JSON_LINES) {
        throw new GovscoreException(
            "File "
                + f.path()
                + " is empty (0 bytes): "
                + (entry.format() == InputFormat.CSV
                    ? "a CSV file needs at least a header row"
                    : "not a Parquet file"));
      }
    }
    try {
      return switch (entry.format()) {
        case CSV -> csv(spark, entry, paths);
        case JSON_LINES -> json(spark, entry, paths);
        case PARQUET -> parquet(spark, entry, paths);
      };
    } catch (GovscoreException e) {
      throw e;
    } catch (Exception e) { // also Spark's checked SparkException, e.g. from a Parquet footer read
      throw new GovscoreException(
          "Cannot read "
              + entry.kind().datasetName()
              + " from "
              + entry.path()
              + ": "
              + firstLine(rootCause(e).getMessage()));
    }
  }

  private static long maxPartitionBytes(SparkSession spark) {
    String raw = spark.conf().get("spark.sql.files.maxPartitionBytes", "134217728b");
    return JavaUtils.byteStringAsBytes(raw);
  }

  /**
   * CSV part files, read in groups that share one header line. Spark takes the header of a read's
   * first file and reads every other file of the read by position under it: a part file whose
   * columns come in another order had its values read into the wrong columns (numerator as
   * denominator), and one with an extra column had every row flagged as corrupt.
   */
  private static Dataset<Row> csv(SparkSession spark, InputEntry entry, String[] paths)
      throws IOException {
    Dataset<Row> all = null;
    for (List<String> group : byHeaderLine(spark, paths)) {
      Dataset<Row> part = csvWithOneHeader(spark, entry, group.toArray(String[]::new));
      all = all == null ? part : all.unionByName(part);
    }
    return all;
  }

  /** The files grouped by their first line, in the order the groups first appear. */
  private static Collection<List<String>> byHeaderLine(SparkSession spark, String[] paths)
      throws IOException {
    if (paths.length == 1) {
      return List.of(List.of(paths));
    }
    Configuration conf = spark.sessionState().newHadoopConf();
    CompressionCodecFactory codecs = new CompressionCodecFactory(conf);
    Map<String, List<String>> groups = new LinkedHashMap<>();
    for (String p : paths) {
      groups.computeIfAbsent(firstLineOf(conf, codecs, p), k -> new ArrayList<>()).add(p);
    }
    return groups.values();
  }

  /**
   * A file's bytes up to its first line break (at most 1 MiB), decompressed as Spark would read
   * them. Only a grouping key: files whose headers Spark parses alike share it.
   */
  private static String firstLineOf(Configuration conf, CompressionCodecFactory codecs, String file)
      throws IOException {
    Path path = new Path(file);
    CompressionCodec codec = codecs.getCodec(path);
    try (InputStream raw = path.getFileSystem(conf).open(path);
        InputStream in =
            new BufferedInputStream(codec == null ? raw : codec.createInputStream(raw))) {
      ByteArrayOutputStream line = new ByteArrayOutputStream();
      for (int b = in.read(); b >= 0 && b != '\n' && line.size() < (1 << 20); b = in.read()) {
        line.write(b);
      }
      return line.toString(StandardCharsets.ISO_8859_1);
    }
  }

  private static Dataset<Row> csvWithOneHeader(
      SparkSession spark, InputEntry entry, String[] paths) {
    DataFrameReader reader =
        spark
            .read()
            .option("header", "true")
            .option("multiLine", "true")
            .option("escape", "\"")
            .option("mode", "PERMISSIVE")
            .option("encoding", "UTF-8")
            .option("inferSchema", "false")
            .option("ignoreLeadingWhiteSpace", "false")
            .option("ignoreTrailingWhiteSpace", "false");
    // A UTF-8 byte order mark sticks to the first header name.
    List<String> header =
        Arrays.stream(reader.csv(paths).columns()).map(DatasetReader::cleanHeader).toList();
    TextChecks.requireDistinctHeader(entry, header);
    requireColumns(entry, header);
    // The header's columns as strings plus a corrupt-record column: Spark then flags a record with
    // more or fewer fields than the header (CORRUPT_RECORD) instead of shifting its values into
    // the wrong columns, where a personal value would escape redaction in the reject excerpt.
    List<StructField> fields = new ArrayList<>();
    header.forEach(h -> fields.add(DataTypes.createStructField(h, DataTypes.StringType, true)));
    fields.add(DataTypes.createStructField(CORRUPT, DataTypes.StringType, true));
    Dataset<Row> df =
        reader
            .schema(new StructType(fields.toArray(StructField[]::new)))
            .option("columnNameOfCorruptRecord", CORRUPT)
            .csv(paths);
    return withProvenance(
        entry,
        df,
        contractSelect(entry.kind(), df, false),
        coalesce(col(CORRUPT), TextChecks.undecodable(entry.kind(), df)),
        false);
  }

  private static Dataset<Row> json(SparkSession spark, InputEntry entry, String[] paths) {
    List<StructField> fields = new ArrayList<>();
    for (ContractColumn c : entry.kind().columns()) {
      fields.add(
          DataTypes.createStructField(
              c.name(),
              c.type() == ColumnType.STRING_LIST
                  ? DataTypes.createArrayType(DataTypes.StringType)
                  : DataTypes.StringType,
              true));
    }
    fields.add(DataTypes.createStructField(CORRUPT, DataTypes.StringType, true));
    Dataset<Row> df =
        spark
            .read()
            .schema(new StructType(fields.toArray(StructField[]::new)))
            .option("mode", "PERMISSIVE")
            .option("columnNameOfCorruptRecord", CORRUPT)
            .option("encoding", "UTF-8")
            .json(paths);
    Column corrupt =
        org.apache.spark.sql.functions.coalesce(
            col(CORRUPT), TextChecks.undecodable(entry.kind(), df));
    return withProvenance(entry, df, contractSelect(entry.kind(), df, false), corrupt, false);
  }

  private static Dataset<Row> parquet(SparkSession spark, InputEntry entry, String[] paths)
      throws IOException {
    // Spark would infer the schema from the first file's footer in a Spark job of its own; reading
    // that footer here gives the same schema without the job (one per dataset, most of a small
    // run's validation time before any row is read).
    Dataset<Row> df = spark.read().schema(footerSchema(spark, paths[0])).parquet(paths);
    requireColumns(entry, Arrays.asList(df.columns()));
    return withProvenance(
        entry,
        df,
        contractSelect(entry.kind(), df, true),
        lit(null).cast(DataTypes.StringType),
        true);
  }

  /** The schema Spark infers for Parquet files whose first file is {@code first}. */
  private static StructType footerSchema(SparkSession spark, String first) throws IOException {
    Path path = new Path(first);
    Configuration conf = spark.sessionState().newHadoopConf();
    try (ParquetFileReader reader = ParquetFileReader.open(HadoopInputFile.fromPath(path, conf))) {
      Footer footer = new Footer(path, reader.getFooter());
      return ParquetFileFormat$.MODULE$
          .readSchema(JavaConverters.asScalaBuffer(List.of(footer)).toSeq(), spark)
          .get();
    }
  }

  private static List<Column> contractSelect(DatasetKind kind, Dataset<Row> df, boolean keepTypes) {
    Set<String> present = new LinkedHashSet<>(Arrays.asList(df.columns()));
    List<Column> cols = new ArrayList<>();
    for (ContractColumn c : kind.columns()) {
      if (present.contains(c.name())) {
        cols.add(col("`" + c.name() + "`").as(c.name()));
      } else {
        // Absent optional column (JSON never says which are absent): all null.
        cols.add(
            lit(null)
                .cast(
                    c.type() == ColumnType.STRING_LIST
                        ? DataTypes.createArrayType(DataTypes.StringType)
                        : DataTypes.StringType)
                .as(c.name()));
      }
    }
    return cols;
  }

  private static Dataset<Row> withProvenance(
      InputEntry entry, Dataset<Row> df, List<Column> contract, Column corrupt, boolean parquet) {
    String prefix =
        entry.folder() ? entry.path().substring(entry.path().lastIndexOf('/') + 1) + "/" : "";
    List<Column> cols = new ArrayList<>(contract);
    cols.add(
        org.apache.spark.sql.functions.concat(lit(prefix), col("_metadata.file_name")).as(FILE));
    cols.add(col("_metadata.file_block_start").as(BLOCK));
    if (parquet) {
      cols.add(col("_metadata.row_index").plus(1).as(INDEX));
    } else {
      // One split per partition (see SparkSessions): the partition-local counter is the row number.
      cols.add(monotonically_increasing_id().bitwiseAND(ROW_BITS).plus(1).as(INDEX));
    }
    cols.add(corrupt.as(CORRUPT));
    return df.select(cols.toArray(Column[]::new));
  }

  private static void requireColumns(InputEntry entry, List<String> found) {
    List<String> missing = new ArrayList<>();
    for (ContractColumn c : entry.kind().columns()) {
      if (!found.contains(c.name()) && c.required()) {
        missing.add(c.name());
      }
    }
    if (!missing.isEmpty()) {
      throw new GovscoreException(
          entry.kind().datasetName()
              + " ("
              + entry.path()
              + ") lacks required column(s) "
              + missing
              + "; found "
              + abbreviate(found.toString())
              + (found.size() == 1 && entry.format() == InputFormat.CSV
                  ? " - is the delimiter a comma?"
                  : ""));
    }
  }

  private static String cleanHeader(String name) {
    return name.startsWith("\uFEFF") ? name.substring(1) : name;
  }

  private static Dataset<Row> emptyRaw(SparkSession spark, DatasetKind kind) {
    List<StructField> fields = new ArrayList<>();
    for (ContractColumn c : kind.columns()) {
      fields.add(
          DataTypes.createStructField(
              c.name(),
              c.type() == ColumnType.STRING_LIST
                  ? DataTypes.createArrayType(DataTypes.StringType)
                  : DataTypes.StringType,
              true));
    }
    fields.add(DataTypes.createStructField(FILE, DataTypes.StringType, true));
    fields.add(DataTypes.createStructField(BLOCK, DataTypes.LongType, true));
    fields.add(DataTypes.createStructField(INDEX, DataTypes.LongType, true));
    fields.add(DataTypes.createStructField(CORRUPT, DataTypes.StringType, true));
    return spark.createDataFrame(List.of(), new StructType(fields.toArray(StructField[]::new)));
  }

  private static String abbreviate(String s) {
    return s.length() > 200 ? s.substring(0, 200) + "..." : s;
  }

  private static Throwable rootCause(Throwable t) {
    Throwable c = t;
    while (c.getCause() != null && c.getCause() != c) {
      c = c.getCause();
    }
    return c;
  }

  static String firstLine(String s) {
    if (s == null) {
      return "unreadable";
    }
    int nl = s.indexOf('\n');
    return abbreviate(nl < 0 ? s : s.substring(0, nl));
  }
}
