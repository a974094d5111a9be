package org.govscore.xes;

/**
 * One top-level attribute of a trace or an event, value kept exactly as written: the importer only
 * interprets the few keys it maps, so other values never need to parse.
 *
 * @param key the XES key, e.g. {@code concept:name}
 * @param type the element it was written as
 * @param value the {@code value} text; null for list and container
 * @param fromGlobal true when the element lacked the key and the log's global default was used
 */
public record XesAttribute(String key, XesType type, String value, boolean fromGlobal) {

  /** The same attribute, marked as filled in from a {@code <global>} default. */
  XesAttribute asDefault() {
    return new XesAttribute(key, type, value, true);
  }
}
