package org.govscore.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The declarations validation runs are consistent: what they name exists, in the right order. */
class DatasetDeclarationsTest {

  /** Validation runs datasets in declaration order: a target's codes must be known first. */
  @Test
  void everyReferenceNamesAnEarlierDatasetOrItselfByItsKey() {
    for (DatasetKind kind : DatasetKind.values()) {
      for (ColumnReference ref : kind.references()) {
        DatasetKind target = ref.targetKind();
        assertTrue(target.ordinal() <= kind.ordinal(), kind + " refers to later " + target);
        assertEquals(target == kind, ref.isParent(), kind + "." + ref.column());
        assertTrue(target.primaryKey().isPresent(), target + " has no one-column key");
        kind.column(ref.column()); // throws when the referring column is not declared
        if (ref.whenColumn() != null) {
          assertTrue(kind.column(ref.whenColumn()).enumValues().contains(ref.whenValue()));
        }
      }
    }
  }

  @Test
  void checksAndKeysNameDeclaredColumns() {
    for (DatasetKind kind : DatasetKind.values()) {
      kind.keyColumns().forEach(kind::column);
      kind.clusterColumn().ifPresent(kind::column);
      for (ContractColumn c : kind.columns()) {
        for (ColumnCheck check : c.checks()) {
          if (check instanceof ColumnCheck.NotBefore n) {
            assertEquals(ColumnType.TIMESTAMP, kind.column(n.column()).type());
          }
        }
      }
    }
  }

  /** The declared rules of the v2 contract, read back: a changed bound fails here. */
  @Test
  void declaredRangesAndPatterns() {
    assertEquals(
        List.of(new ColumnCheck.Range(0L, 4L)),
        DatasetKind.SERVICE_ITEMS.column("online_depth").checks());
    assertEquals(
        List.of(new ColumnCheck.Range(1L, 5L)), DatasetKind.RATINGS.column("level").checks());
    assertEquals(
        List.of(new ColumnCheck.NotBefore("ts")),
        DatasetKind.RATINGS.column("rectified_ts").checks());
    assertEquals(
        List.of(new ColumnCheck.Pattern("^[0-9]{6}$")),
        DatasetKind.REGIONS.column("region_code").checks());
    assertEquals(">= 0", new ColumnCheck.Range(0L, null).describe());
    assertEquals(
        "A range needs a lower or an upper bound",
        assertThrows(IllegalArgumentException.class, () -> new ColumnCheck.Range(null, null))
            .getMessage());
    assertEquals(
        "Range on non-integer column name",
        assertThrows(
                IllegalArgumentException.class,
                () -> ContractColumn.required("name", ColumnType.STRING).range(0L, 1L))
            .getMessage());
  }
}
