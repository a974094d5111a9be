package org.govscore.xes;

import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What one import read and wrote. Counts by value are keyed by the value as logged; the channel
 * counts are per trace, everything else per event.
 *
 * @param mappingSource the mapping file as named by the user, null without one
 * @param channelAttribute the trace attribute read as channel, null when none
 * @param rowsRejected rows written with an empty case_id or activity, or a missing or unparseable
 *     ts: evaluate rejects them, so they are accounted for rather than dropped here
 * @param groupCounts org:group values as logged, placeholders included, absent ones not
 * @param eventsWithoutGroup events with no org:group, a blank one or a placeholder value
 * @param eventsWithBadTimestamp events whose time:timestamp is no ISO 8601 date-time (written as
 *     logged, so evaluate rejects them as unparseable)
 * @param firstTimestamp earliest timestamp with an offset, null when there is none
 * @param channelValueCounts traces per value of the channel attribute, "(none)" when absent
 * @param channelCounts traces per contract channel written, "(none)" when empty
 * @param repeatedCaseIds traces whose concept:name an earlier trace already had: their events merge
 *     into one case downstream
 * @param globalDefaultsUsed uses of a {@code <global>} default for a key the import reads, e.g.
 *     "event time:timestamp"
 */
public record ImportSummary(
    Path source,
    Path outDir,
    String mappingSource,
    RegionSpec region,
    String channelAttribute,
    long traces,
    long events,
    long rowsRejected,
    Map<String, Long> activityCounts,
    Map<String, Long> canonicalActivityCounts,
    Map<String, Long> groupCounts,
    long eventsWithoutGroup,
    long eventsWithoutTimestamp,
    long eventsWithBadTimestamp,
    long eventsWithoutActivity,
    long timestampsWithoutOffset,
    OffsetDateTime firstTimestamp,
    OffsetDateTime lastTimestamp,
    Map<String, Long> channelValueCounts,
    Map<String, Long> channelCounts,
    long tracesWithoutName,
    long repeatedCaseIds,
    long eventsOutsideTraces,
    Map<String, Long> globalDefaultsUsed,
    List<Department> departments,
    Duration elapsed) {

  /** How many values a count list shows before "and N more": a summary must stay readable. */
  private static final int SHOWN = 12;

  public ImportSummary {
    activityCounts = Map.copyOf(activityCounts);
    canonicalActivityCounts = Map.copyOf(canonicalActivityCounts);
    groupCounts = Map.copyOf(groupCounts);
    channelValueCounts = Map.copyOf(channelValueCounts);
    channelCounts = Map.copyOf(channelCounts);
    globalDefaultsUsed = Map.copyOf(globalDefaultsUsed);
    departments = List.copyOf(departments);
  }

  public int distinctActivities() {
    return activityCounts.size();
  }

  public int distinctGroups() {
    return groupCounts.size();
  }

  /** The summary block the command prints. */
  public List<String> lines() {
    List<String> l = new ArrayList<>();
    l.add(
        "Imported "
            + source
            + " into "
            + outDir
            + (mappingSource == null ? " (no mapping)" : " with mapping " + mappingSource));
    l.add("  traces:                " + n(traces));
    l.add(
        "  events:                "
            + n(events)
            + " written to "
            + XesImporter.CASE_EVENTS_FILE
            + "; "
            + n(rowsRejected)
            + " lack a case_id, activity or valid ts (evaluate rejects them)");
    l.add(
        "  distinct activities:   "
            + n(activityCounts.size())
            + "; mapped to canonical: "
            + (canonicalActivityCounts.isEmpty() ? "none" : counts(canonicalActivityCounts)));
    l.add(
        "  distinct groups:       "
            + n(groupCounts.size())
            + (groupCounts.isEmpty() ? "" : ": " + counts(groupCounts)));
    l.add(
        "  date range:            "
            + (firstTimestamp == null
                ? "no timestamps with an offset"
                : format(firstTimestamp) + " .. " + format(lastTimestamp)));
    l.add("  events without group:  " + n(eventsWithoutGroup) + " (no org:group or a placeholder)");
    l.add(
        "  events without time:   "
            + n(eventsWithoutTimestamp)
            + (eventsWithBadTimestamp > 0 ? "; unparseable: " + n(eventsWithBadTimestamp) : ""));
    if (eventsWithoutActivity > 0) {
      l.add("  events without name:   " + n(eventsWithoutActivity));
    }
    l.add(
        "  channel per trace:     "
            + (channelAttribute == null
                ? "not read (no [channel] mapping)"
                : "'"
                    + channelAttribute
                    + "' "
                    + counts(channelValueCounts)
                    + " -> "
                    + counts(channelCounts)));
    if (timestampsWithoutOffset > 0) {
      l.add(
          "  without offset:        "
              + n(timestampsWithoutOffset)
              + " timestamps (evaluate reads them in the job's time zone)");
    }
    if (tracesWithoutName > 0 || repeatedCaseIds > 0) {
      l.add(
          "  case ids:              "
              + n(tracesWithoutName)
              + " traces without concept:name, "
              + n(repeatedCaseIds)
              + " repeating an earlier trace's name (merged downstream)");
    }
    if (eventsOutsideTraces > 0) {
      l.add("  skipped:               " + n(eventsOutsideTraces) + " events outside any trace");
    }
    if (!globalDefaultsUsed.isEmpty()) {
      l.add("  global defaults used:  " + counts(globalDefaultsUsed));
    }
    l.add(
        "  departments:           "
            + n(departments.size())
            + " in "
            + XesImporter.DEPARTMENTS_FILE
            + ", region "
            + region.code()
            + " "
            + region.name()
            + " in "
            + XesImporter.REGIONS_FILE);
    l.add(
        String.format(Locale.ROOT, "  took:                  %.1f s", elapsed.toMillis() / 1000.0));
    return l;
  }

  private static String format(OffsetDateTime t) {
    return new XesTimestamp(t, null).format();
  }

  /** "a 3, b 2, c 1": largest first, ties by value, long lists cut. */
  static String counts(Map<String, Long> counts) {
    List<Map.Entry<String, Long>> sorted =
        counts.entrySet().stream()
            .sorted(
                Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                    .thenComparing(Map.Entry.comparingByKey()))
            .toList();
    String shown =
        sorted.stream()
            .limit(SHOWN)
            .map(e -> e.getKey() + " " + n(e.getValue()))
            .collect(Collectors.joining(", "));
    return sorted.size() > SHOWN ? shown + ", and " + n(sorted.size() - SHOWN) + " more" : shown;
  }

  private static String n(long value) {
    return String.format(Locale.ROOT, "%,d", value);
  }
}
