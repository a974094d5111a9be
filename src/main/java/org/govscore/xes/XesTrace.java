package org.govscore.xes;

import java.util.List;

/**
 * One trace with its events, globals already applied. The reader hands over one trace at a time, so
 * memory stays bounded by the largest trace, not by the log.
 *
 * @param line the line of the {@code <trace>} element, for messages
 */
public record XesTrace(XesAttributes attributes, List<XesAttributes> events, int line) {
  public XesTrace {
    events = List.copyOf(events);
  }
}
