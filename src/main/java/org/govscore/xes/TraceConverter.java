package org.govscore.xes;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns one trace into case_events rows, as docs/data-contract.md maps XES: case_id = trace
 * concept:name, activity = event concept:name (mapped), ts = time:timestamp, dept_code = org:group
 * (mapped), item_code and channel from the trace. A missing required value is written empty rather
 * than dropped, so evaluate accounts for the row as a reject.
 */
final class TraceConverter {
  private final Mapping mapping;
  private final DepartmentRegistry departments;
  private final ImportStats stats;

  TraceConverter(Mapping mapping, DepartmentRegistry departments, ImportStats stats) {
    this.mapping = mapping;
    this.departments = departments;
    this.stats = stats;
  }

  List<CaseEvent> convert(XesTrace trace) {
    XesAttributes t = trace.attributes();
    String caseId = orEmpty(t.value(XesKeys.CONCEPT_NAME));
    stats.trace(caseId);
    stats.defaulted("trace", t.get(XesKeys.CONCEPT_NAME));
    String channel = "";
    if (mapping.channelAttribute().isPresent()) {
      String attribute = mapping.channelAttribute().get();
      String raw = t.value(attribute);
      channel = mapping.channel(raw == null ? null : raw.strip());
      stats.channel(raw, channel);
      stats.defaulted("trace", t.get(attribute));
    }
    String item = mapping.itemCode(t);
    mapping.itemAttribute().ifPresent(a -> stats.defaulted("trace", t.get(a)));

    List<CaseEvent> rows = new ArrayList<>(trace.events().size());
    for (XesAttributes e : trace.events()) {
      XesTimestamp ts = timestamp(e);
      String rawTs = e.value(XesKeys.TIMESTAMP);
      CaseEvent row =
          new CaseEvent(
              caseId,
              ts != null ? ts.format() : rawTs == null ? "" : rawTs.strip(),
              activity(e),
              department(e),
              item,
              channel,
              "");
      if (ts == null || row.caseId().isBlank() || row.activity().isBlank()) {
        stats.rowsRejected++;
      }
      stats.events++;
      rows.add(row);
    }
    return rows;
  }

  private String activity(XesAttributes e) {
    String raw = e.value(XesKeys.CONCEPT_NAME);
    stats.defaulted("event", e.get(XesKeys.CONCEPT_NAME));
    if (raw == null || raw.isBlank()) {
      stats.eventsWithoutActivity++;
      return "";
    }
    String name = raw.strip();
    ImportStats.add(stats.activities, name);
    if (mapping.mapsActivity(name)) {
      String canonical = mapping.activity(name);
      ImportStats.add(stats.canonicalActivities, canonical);
      return canonical;
    }
    return raw;
  }

  /**
   * The parsed time:timestamp, or null. An unparseable value is still written as logged, so
   * evaluate rejects it with its own reason instead of this import hiding it.
   */
  private XesTimestamp timestamp(XesAttributes e) {
    String raw = e.value(XesKeys.TIMESTAMP);
    stats.defaulted("event", e.get(XesKeys.TIMESTAMP));
    XesTimestamp ts = XesTimestamp.parse(raw);
    stats.timestamp(ts, raw);
    return ts;
  }

  private String department(XesAttributes e) {
    String raw = e.value(XesKeys.ORG_GROUP);
    stats.defaulted("event", e.get(XesKeys.ORG_GROUP));
    String group = raw == null ? null : raw.strip();
    if (raw != null) {
      ImportStats.add(stats.groups, raw);
    }
    if (departments.isMissing(group)) {
      stats.eventsWithoutGroup++;
    }
    return departments.resolve(group).code();
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }
}
