package org.govscore.contract;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One column of a dataset in the data contract.
 *
 * @param name snake_case column name, exactly as agencies write it
 * @param type logical type
 * @param required whether null (or blank) is a reject
 * @param enumValues allowed values for {@link ColumnType#ENUM}, empty otherwise
 * @param personal whether the column holds personal data (redacted everywhere)
 * @param checks rules on the typed value beyond its type, in the order they are checked
 * @param note what the value means, for the contract document (empty when the name says it)
 * @param carried whether the column is kept past validation; personal data no indicator, check or
 *     finding reads (an applicant's or a rater's ID) is validated, then dropped
 */
public record ContractColumn(
    String name,
    ColumnType type,
    boolean required,
    List<String> enumValues,
    boolean personal,
    List<ColumnCheck> checks,
    String note,
    boolean carried) {

  static final String TIMESTAMP_NOTE =
      "ISO-8601; with offset or `Z`; without offset it is read in the job's time zone";

  public ContractColumn {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(note, "note");
    enumValues = List.copyOf(enumValues);
    checks = List.copyOf(checks);
    if (type == ColumnType.ENUM && enumValues.isEmpty()) {
      throw new IllegalArgumentException("Enum column " + name + " needs values");
    }
    for (ColumnCheck c : checks) {
      if (c instanceof ColumnCheck.Range && type != ColumnType.INT && type != ColumnType.LONG) {
        throw new IllegalArgumentException("Range on non-integer column " + name);
      }
      if (c instanceof ColumnCheck.NotBefore && type != ColumnType.TIMESTAMP) {
        throw new IllegalArgumentException("NotBefore on non-timestamp column " + name);
      }
    }
  }

  public ContractColumn(
      String name, ColumnType type, boolean required, List<String> enumValues, boolean personal) {
    this(name, type, required, enumValues, personal, List.of(), "", true);
  }

  /** This column with one more check, checked after those declared before it. */
  ContractColumn check(ColumnCheck check) {
    List<ColumnCheck> more = new ArrayList<>(checks);
    more.add(check);
    return new ContractColumn(name, type, required, enumValues, personal, more, note, carried);
  }

  ContractColumn range(Long min, Long max) {
    return check(new ColumnCheck.Range(min, max));
  }

  ContractColumn pattern(String regex) {
    return check(new ColumnCheck.Pattern(regex));
  }

  ContractColumn note(String text) {
    return new ContractColumn(name, type, required, enumValues, personal, checks, text, carried);
  }

  /** This column, validated and then dropped: nothing after validation reads it. */
  ContractColumn notCarried() {
    return new ContractColumn(name, type, required, enumValues, personal, checks, note, false);
  }

  static ContractColumn required(String name, ColumnType type) {
    return new ContractColumn(name, type, true, List.of(), false);
  }

  static ContractColumn optional(String name, ColumnType type) {
    return new ContractColumn(name, type, false, List.of(), false);
  }

  static ContractColumn requiredEnum(String name, String... values) {
    return new ContractColumn(name, ColumnType.ENUM, true, List.of(values), false);
  }

  static ContractColumn optionalEnum(String name, String... values) {
    return new ContractColumn(name, ColumnType.ENUM, false, List.of(values), false);
  }

  static ContractColumn personal(String name) {
    return new ContractColumn(name, ColumnType.STRING, false, List.of(), true);
  }
}
