package org.govscore.contract;

import java.util.List;
import java.util.Objects;

/**
 * One column of a dataset in the data contract.
 *
 * @param name snake_case column name, exactly as in DATA-CONTRACT.md
 * @param type logical type
 * @param required whether null (or blank) is a reject
 * @param enumValues allowed values for {@link ColumnType#ENUM}, empty otherwise
 * @param personal whether the column holds personal data (redacted everywhere)
 */
public record ContractColumn(
    String name, ColumnType type, boolean required, List<String> enumValues, boolean personal) {

  public ContractColumn {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    enumValues = List.copyOf(enumValues);
    if (type == ColumnType.ENUM && enumValues.isEmpty()) {
      throw new IllegalArgumentException("Enum column " + name + " needs values");
    }
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
