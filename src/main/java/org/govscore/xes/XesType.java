package org.govscore.xes;

import java.util.Locale;
import java.util.Optional;

/**
 * The attribute element names of IEEE 1849 (XES); list and container carry no value of their own.
 */
public enum XesType {
  STRING,
  DATE,
  INT,
  FLOAT,
  BOOLEAN,
  ID,
  LIST,
  CONTAINER;

  /** The type an element name stands for, or empty when the element is not an attribute. */
  public static Optional<XesType> ofElement(String localName) {
    return switch (localName.toLowerCase(Locale.ROOT)) {
      case "string" -> Optional.of(STRING);
      case "date" -> Optional.of(DATE);
      case "int" -> Optional.of(INT);
      case "float" -> Optional.of(FLOAT);
      case "boolean" -> Optional.of(BOOLEAN);
      case "id" -> Optional.of(ID);
      case "list" -> Optional.of(LIST);
      case "container" -> Optional.of(CONTAINER);
      default -> Optional.empty();
    };
  }
}
