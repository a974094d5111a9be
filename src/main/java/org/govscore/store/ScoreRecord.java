package org.govscore.store;

import java.util.Comparator;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.govscore.contract.UnitKey;

/**
 * A row of the scores table: a unit's composite, grade, rank and rank interval (null when the unit
 * has too few indicators to be ranked).
 */
public record ScoreRecord(
    String unitType,
    String unitCode,
    String unitName,
    String level,
    String rankGroup,
    Double composite,
    String grade,
    Integer rank,
    Integer rankP05,
    Double rankMedian,
    Integer rankP95,
    String quadrant,
    int indicatorsAvailable) {

  /** The unit the row is about. */
  public UnitKey key() {
    return new UnitKey(unitType, unitCode);
  }

  public boolean isDepartment() {
    return UnitKey.DEPARTMENT.equals(unitType);
  }

  /** Fewer indicators than the ranking needs: no composite, never shown as zero. */
  public boolean insufficientData() {
    return composite == null;
  }

  /** The name to show: the unit's name, or its code when the store has no name. */
  public String displayName() {
    return unitName == null || unitName.isBlank() ? unitCode : unitName;
  }

  /** For a department, the region its group is named after; for a region, null. */
  public String groupRegionCode() {
    return RankGroup.parse(rankGroup).regionCode();
  }

  /**
   * Ranking order for tables: ranked units by rank, then unranked ones; ties by name, then code.
   */
  public static final Comparator<ScoreRecord> RANKING_ORDER =
      Comparator.comparing((ScoreRecord s) -> s.rank() == null)
          .thenComparing(s -> s.rank() == null ? Integer.MAX_VALUE : s.rank())
          .thenComparing(ScoreRecord::displayName)
          .thenComparing(ScoreRecord::unitCode);

  /** The table's codec: the only place its columns are named. */
  public static final TableCodec<ScoreRecord> CODEC = new Codec();

  private static final class Codec implements TableCodec<ScoreRecord> {
    private static final StructType SCHEMA =
        new StructType()
            .add("unit_type", DataTypes.StringType)
            .add("unit_code", DataTypes.StringType)
            .add("unit_name", DataTypes.StringType)
            .add("level", DataTypes.StringType)
            .add("rank_group", DataTypes.StringType)
            .add("composite", DataTypes.DoubleType)
            .add("grade", DataTypes.StringType)
            .add("rank", DataTypes.IntegerType)
            .add("rank_p05", DataTypes.IntegerType)
            .add("rank_median", DataTypes.DoubleType)
            .add("rank_p95", DataTypes.IntegerType)
            .add("quadrant", DataTypes.StringType)
            .add("indicators_available", DataTypes.IntegerType);

    @Override
    public String table() {
      return ResultTables.SCORES;
    }

    @Override
    public StructType schema() {
      return SCHEMA;
    }

    @Override
    public Object[] values(ScoreRecord r) {
      return new Object[] {
        r.unitType(),
        r.unitCode(),
        r.unitName(),
        r.level(),
        r.rankGroup(),
        r.composite(),
        r.grade(),
        r.rank(),
        r.rankP05(),
        r.rankMedian(),
        r.rankP95(),
        r.quadrant(),
        r.indicatorsAvailable()
      };
    }

    @Override
    public ScoreRecord fromRow(Row r) {
      return new ScoreRecord(
          Cells.str(r, "unit_type"),
          Cells.str(r, "unit_code"),
          Cells.str(r, "unit_name"),
          Cells.str(r, "level"),
          Cells.str(r, "rank_group"),
          Cells.dbl(r, "composite"),
          Cells.str(r, "grade"),
          Cells.integer(r, "rank"),
          Cells.integer(r, "rank_p05"),
          Cells.dbl(r, "rank_median"),
          Cells.integer(r, "rank_p95"),
          Cells.str(r, "quadrant"),
          Cells.intOrZero(r, "indicators_available"));
    }
  }
}
