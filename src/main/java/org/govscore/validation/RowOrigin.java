package org.govscore.validation;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.map_from_arrays;
import static org.apache.spark.sql.functions.shiftleft;
import static org.apache.spark.sql.functions.shiftright;
import static org.apache.spark.sql.functions.try_element_at;

import java.util.List;
import java.util.TreeSet;
import org.apache.spark.network.util.JavaUtils;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.govscore.base.GovscoreException;
import org.govscore.input.DatasetReader;
import org.govscore.input.InputEntry;

/**
 * Where a raw row came from (file, split, row number), packed into one long whose order is the
 * order of (file name, split, row): file ordinal in bits 44-62, split ordinal in bits 33-43, row
 * number within the split in bits 0-32. A long travels through a shuffle at a fraction of the file
 * name's cost, and {@code min} over it is a hash aggregation.
 */
final class RowOrigin {
  static final String PACKED = "_origin";
  static final int FILE_BITS = 19;
  static final int SPLIT_BITS = 11;
  static final int ROW_BITS = 33;

  private final List<String> files;
  private final long splitBytes;

  RowOrigin(SparkSession spark, String dataset, List<InputEntry.InputFile> inputFiles) {
    this.splitBytes =
        JavaUtils.byteStringAsBytes(
            spark.conf().get("spark.sql.files.maxPartitionBytes", "134217728b"));
    TreeSet<String> names = new TreeSet<>();
    for (InputEntry.InputFile f : inputFiles) {
      names.add(f.name());
      if (f.size() / splitBytes >= 1L << SPLIT_BITS) {
        throw new GovscoreException(
            "File "
                + f.path()
                + " is too large ("
                + f.size()
                + " bytes) to keep exact row"
                + " references; split it into part files of at most "
                + (splitBytes << SPLIT_BITS)
                + " bytes");
      }
    }
    if (names.size() >= 1 << FILE_BITS) {
      throw new GovscoreException(
          "Dataset "
              + dataset
              + " has "
              + names.size()
              + " files; at most "
              + ((1 << FILE_BITS) - 1)
              + " are supported: merge part files");
    }
    this.files = List.copyOf(names);
  }

  /** Replaces the raw provenance columns (file, block, row) by the packed origin. */
  Dataset<Row> pack(Dataset<Row> raw) {
    long[] ordinals = new long[files.size()];
    for (int i = 0; i < ordinals.length; i++) {
      ordinals[i] = i;
    }
    // A literal lookup, not a join: a broadcast join would cost a Spark job per dataset.
    Column ordinal =
        try_element_at(
            map_from_arrays(lit(files.toArray(String[]::new)), lit(ordinals)),
            col(DatasetReader.FILE));
    // Splits start at multiples of maxPartitionBytes (openCostInBytes is set to it, see
    // DatasetReader).
    Column split = expr(DatasetReader.BLOCK + " div " + splitBytes);
    Column packed =
        shiftleft(ordinal, SPLIT_BITS + ROW_BITS)
            .bitwiseOR(shiftleft(split, ROW_BITS))
            .bitwiseOR(col(DatasetReader.INDEX));
    return raw.withColumn(PACKED, packed)
        .drop(DatasetReader.FILE, DatasetReader.BLOCK, DatasetReader.INDEX);
  }

  /** Restores file, block and row columns from the packed origin. */
  Dataset<Row> unpack(Dataset<Row> packed) {
    Column names =
        files.isEmpty()
            ? array().cast(DataTypes.createArrayType(DataTypes.StringType))
            : array(files.stream().map(f -> lit(f)).toArray(Column[]::new));
    Column ordinal = shiftright(col(PACKED), SPLIT_BITS + ROW_BITS);
    Column split = shiftright(col(PACKED), ROW_BITS).bitwiseAND((1L << SPLIT_BITS) - 1);
    return packed
        .withColumn(
            DatasetReader.FILE, element_at(names, ordinal.plus(1).cast(DataTypes.IntegerType)))
        .withColumn(DatasetReader.BLOCK, split.multiply(splitBytes))
        .withColumn(DatasetReader.INDEX, col(PACKED).bitwiseAND((1L << ROW_BITS) - 1))
        .drop(PACKED);
  }
}
