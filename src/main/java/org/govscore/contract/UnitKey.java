package org.govscore.contract;

/** A scored unit: DEPARTMENT or REGION and its code. */
public record UnitKey(String unitType, String unitCode) implements Comparable<UnitKey> {
  public static final String DEPARTMENT = "DEPARTMENT";
  public static final String REGION = "REGION";

  @Override
  public int compareTo(UnitKey o) {
    int c = unitType.compareTo(o.unitType);
    return c != 0 ? c : unitCode.compareTo(o.unitCode);
  }
}
