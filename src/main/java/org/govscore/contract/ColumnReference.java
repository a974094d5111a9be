package org.govscore.contract;

import java.util.Objects;

/**
 * A foreign key: the typed value of {@code column} must be a code of the {@code target} dataset
 * (its primary key), and that code's row must have been accepted. A row whose value is null refers
 * to nothing. A row referring to a missing code gets the target's unknown-code reason; to a
 * rejected one, REFERENCE_REJECTED (the reject cascades).
 *
 * @param column the referring column
 * @param target the dataset name referred to (a name: an enum constant cannot refer to itself)
 * @param whenColumn with {@code whenValue}: the reference holds only for rows whose {@code
 *     whenColumn} equals {@code whenValue} (external_indicators' unit_code by unit_type); null for
 *     every row
 * @param levelColumn for a reference within the dataset (a parent): the enum column whose
 *     declaration order ranks the levels, the parent's level must come first; null otherwise
 */
public record ColumnReference(
    String column, String target, String whenColumn, String whenValue, String levelColumn) {

  public ColumnReference {
    Objects.requireNonNull(column, "column");
    Objects.requireNonNull(target, "target");
    if ((whenColumn == null) != (whenValue == null)) {
      throw new IllegalArgumentException(
          "Reference from " + column + ": a condition needs both a column and a value");
    }
  }

  static ColumnReference to(String column, String target) {
    return new ColumnReference(column, target, null, null, null);
  }

  static ColumnReference when(String column, String target, String whenColumn, String whenValue) {
    return new ColumnReference(column, target, whenColumn, whenValue, null);
  }

  /** A parent row of the same dataset, of a higher level (earlier in the level enum's order). */
  static ColumnReference parent(String column, String target, String levelColumn) {
    return new ColumnReference(column, target, null, null, levelColumn);
  }

  public DatasetKind targetKind() {
    return DatasetKind.byName(target)
        .orElseThrow(() -> new IllegalStateException("Reference to unknown dataset " + target));
  }

  /** Whether the reference is to a parent row of the same dataset. */
  public boolean isParent() {
    return levelColumn != null;
  }

  /** The reason of a row whose value is no code of the target. */
  public RejectReason unknownReason() {
    return switch (targetKind()) {
      case REGIONS -> RejectReason.UNKNOWN_REGION;
      case DEPARTMENTS -> RejectReason.UNKNOWN_DEPARTMENT;
      default ->
          throw new IllegalStateException(
              "No reject reason declared for an unknown code of " + target);
    };
  }
}
