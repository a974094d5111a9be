package org.govscore.xes;

import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.govscore.contract.DatasetKind;

/**
 * How XES names become contract values: activity names, org:group values to departments, a trace
 * attribute to the channel, a trace attribute or constant to the item, and the root region. Written
 * as an INI-like file (see {@link #parse(Path)} and data-samples/wabo/MAPPING.md); {@link #none()}
 * is the behaviour without a file.
 */
public final class Mapping {
  /** The department of events without an org:group when the mapping names none. */
  public static final Department UNASSIGNED = new Department("UNASSIGNED", "未指定部门 Unassigned");

  /** The channel values the contract allows, from the contract itself. */
  static final List<String> CHANNELS = DatasetKind.CASE_EVENTS.column("channel").enumValues();

  private final String source;
  private final String regionCode;
  private final String regionName;
  private final Map<String, String> activities;
  private final Map<String, Department> groups;
  private final Department defaultDepartment;
  private final Set<String> placeholders;
  private final String channelAttribute;
  private final Map<String, String> channels;
  private final String itemAttribute;
  private final String itemConstant;

  Mapping(Builder b) {
    this.source = b.source;
    this.regionCode = b.regionCode;
    this.regionName = b.regionName;
    this.activities = Map.copyOf(b.activities);
    this.groups = Map.copyOf(b.groups);
    this.defaultDepartment =
        new Department(
            b.defaultCode == null ? UNASSIGNED.code() : b.defaultCode,
            b.defaultName == null ? UNASSIGNED.name() : b.defaultName);
    this.placeholders = Set.copyOf(b.placeholders);
    this.channelAttribute = b.channelAttribute;
    this.channels = Map.copyOf(b.channels);
    this.itemAttribute = b.itemAttribute;
    this.itemConstant = b.itemConstant;
  }

  /** No mapping: activities kept, one department per org:group value, no channel, no item. */
  public static Mapping none() {
    return new Builder("(no mapping)").build();
  }

  /** Reads a mapping file (UTF-8); a bad file is an {@link ImportException} naming its line. */
  public static Mapping parse(Path file) {
    return new MappingParser(file.toString()).parse(MappingParser.readUtf8(file));
  }

  /** Parses mapping text; {@code sourceName} is what error messages call it. */
  public static Mapping parse(String text, String sourceName) {
    return new MappingParser(sourceName).parse(text);
  }

  /** Where this mapping came from, as the user named it. */
  public String source() {
    return source;
  }

  /** The root region: the mapping's [region] over the defaults. */
  public RegionSpec region() {
    return RegionSpec.DEFAULT.with(regionCode, regionName);
  }

  /** The canonical name for an XES activity, or the name itself when it is not mapped. */
  public String activity(String xesName) {
    return activities.getOrDefault(xesName, xesName);
  }

  public boolean mapsActivity(String xesName) {
    return activities.containsKey(xesName);
  }

  /** The department the mapping names for an org:group value, if it names one. */
  public Optional<Department> department(String group) {
    return Optional.ofNullable(groups.get(group));
  }

  /** Every department the mapping names, so derived codes can stay clear of them. */
  public Set<String> reservedDepartmentCodes() {
    Set<String> codes = new HashSet<>();
    groups.values().forEach(d -> codes.add(d.code()));
    codes.add(defaultDepartment.code());
    return Collections.unmodifiableSet(codes);
  }

  /** Whether an org:group value only says "no group" (e.g. WABO's EMPTY). */
  public boolean isPlaceholder(String group) {
    return placeholders.contains(group);
  }

  /** The department for events with no group or a placeholder group. */
  public Department defaultDepartment() {
    return defaultDepartment;
  }

  /** The trace attribute holding the channel, if the mapping reads one. */
  public Optional<String> channelAttribute() {
    return Optional.ofNullable(channelAttribute);
  }

  /** The contract channel for a trace attribute value; empty when it is not mapped. */
  public String channel(String value) {
    return value == null ? "" : channels.getOrDefault(value, "");
  }

  /** The item code for a trace: the constant, or the trace attribute's value, or empty. */
  public String itemCode(XesAttributes trace) {
    if (itemConstant != null) {
      return itemConstant;
    }
    if (itemAttribute != null) {
      String v = trace.value(itemAttribute);
      return v == null ? "" : v.strip();
    }
    return "";
  }

  /** The trace attribute the item comes from, if any. */
  public Optional<String> itemAttribute() {
    return Optional.ofNullable(itemAttribute);
  }

  /** Collects a mapping's parts while its file is read. */
  static final class Builder {
    final String source;
    String regionCode;
    String regionName;
    final Map<String, String> activities = new HashMap<>();
    final Map<String, Department> groups = new HashMap<>();
    String defaultCode;
    String defaultName;
    final Set<String> placeholders = new HashSet<>();
    String channelAttribute;
    final Map<String, String> channels = new HashMap<>();
    String itemAttribute;
    String itemConstant;

    Builder(String source) {
      this.source = source;
    }

    Mapping build() {
      return new Mapping(this);
    }
  }
}
