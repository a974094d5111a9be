package org.govscore.xes;

import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Counts gathered while converting, turned into an {@link ImportSummary} at the end. */
final class ImportStats {
  static final String NONE = "(none)";

  long traces;
  long events;
  long rowsRejected;
  long tracesWithoutName;
  long repeatedCaseIds;
  long eventsWithoutGroup;
  long eventsWithoutTimestamp;
  long eventsWithBadTimestamp;
  long eventsWithoutActivity;
  long timestampsWithoutOffset;
  OffsetDateTime first;
  OffsetDateTime last;
  final Map<String, Long> activities = new LinkedHashMap<>();
  final Map<String, Long> canonicalActivities = new LinkedHashMap<>();
  final Map<String, Long> groups = new LinkedHashMap<>();
  final Map<String, Long> channelValues = new LinkedHashMap<>();
  final Map<String, Long> channels = new LinkedHashMap<>();
  final Map<String, Long> globalDefaultsUsed = new LinkedHashMap<>();

  /** Case ids seen: one string per trace, small next to the log, and it catches merged cases. */
  private final Set<String> caseIds = new HashSet<>();

  void trace(String caseId) {
    traces++;
    if (caseId.isBlank()) {
      tracesWithoutName++;
    } else if (!caseIds.add(caseId)) {
      repeatedCaseIds++;
    }
  }

  void channel(String rawValue, String channel) {
    add(channelValues, rawValue == null ? NONE : rawValue);
    add(channels, channel.isEmpty() ? NONE : channel);
  }

  void timestamp(XesTimestamp ts, String raw) {
    if (ts == null) {
      if (raw == null || raw.isBlank()) {
        eventsWithoutTimestamp++;
      } else {
        eventsWithBadTimestamp++;
      }
      return;
    }
    if (!ts.hasOffset()) {
      timestampsWithoutOffset++;
      return;
    }
    OffsetDateTime t = ts.withOffset();
    if (first == null || t.toInstant().isBefore(first.toInstant())) {
      first = t;
    }
    if (last == null || t.toInstant().isAfter(last.toInstant())) {
      last = t;
    }
  }

  /** Counts a use of a {@code <global>} default for a key the import reads. */
  void defaulted(String scope, XesAttribute attribute) {
    if (attribute != null && attribute.fromGlobal()) {
      add(globalDefaultsUsed, scope + " " + attribute.key());
    }
  }

  static void add(Map<String, Long> counts, String key) {
    counts.merge(key, 1L, Long::sum);
  }

  ImportSummary summary(
      Path source,
      Path outDir,
      Mapping mapping,
      RegionSpec region,
      List<Department> departments,
      long eventsOutsideTraces,
      Duration elapsed) {
    return new ImportSummary(
        source,
        outDir,
        mapping == null ? null : mapping.source(),
        region,
        mapping == null ? null : mapping.channelAttribute().orElse(null),
        traces,
        events,
        rowsRejected,
        activities,
        canonicalActivities,
        groups,
        eventsWithoutGroup,
        eventsWithoutTimestamp,
        eventsWithBadTimestamp,
        eventsWithoutActivity,
        timestampsWithoutOffset,
        first,
        last,
        channelValues,
        channels,
        tracesWithoutName,
        repeatedCaseIds,
        eventsOutsideTraces,
        globalDefaultsUsed,
        departments,
        elapsed);
  }
}
