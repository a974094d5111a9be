package org.govscore.xes;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the INI-like mapping format. Every problem is reported as "FILE line N: what is wrong",
 * because a mapping is hand-written and a silently ignored line would skew every indicator. Only
 * whole-line comments exist: XES names and department names may contain '#'.
 */
final class MappingParser {
  private static final List<String> SECTIONS =
      List.of("region", "activities", "groups", "groups.default", "channel", "item");

  private final String source;
  private final Mapping.Builder mapping;
  private String section;
  private int channelSectionLine;
  private int lineNo;
  private final Map<String, Integer> sectionLines = new HashMap<>();

  /** Keys seen per section (section + NUL + key) and their lines, to reject repeats. */
  private final Map<String, Integer> keyLines = new HashMap<>();

  /** Department code to name and line, so one code never gets two names. */
  private final Map<String, Named> departments = new HashMap<>();

  private int defaultCodeLine;
  private int defaultNameLine;

  private record Named(String name, int line) {}

  MappingParser(String source) {
    this.source = source;
    this.mapping = new Mapping.Builder(source);
  }

  /** The file as text; anything but UTF-8 is refused with the line of the first bad byte. */
  static String readUtf8(Path file) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new ImportException(file + ": no such mapping file");
    } catch (IOException e) {
      throw new ImportException(file + ": cannot read the mapping file: " + e.getMessage());
    }
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      int line = 1;
      for (int i = 0; i < in.position(); i++) {
        if (bytes[i] == '\n') {
          line++;
        }
      }
      throw new ImportException(file + " line " + line + ": not UTF-8 text");
    }
    decoder.flush(out);
    return out.flip().toString();
  }

  Mapping parse(String text) {
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    String[] lines = body.split("\r\n|\r|\n", -1);
    for (int i = 0; i < lines.length; i++) {
      lineNo = i + 1;
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      if (line.startsWith("[")) {
        startSection(line);
      } else {
        entry(line);
      }
    }
    finish();
    return mapping.build();
  }

  private void startSection(String line) {
    if (!line.endsWith("]")) {
      throw error("expected a section header like [activities], got '" + line + "'");
    }
    String name = line.substring(1, line.length() - 1).strip().toLowerCase(Locale.ROOT);
    if (!SECTIONS.contains(name)) {
      throw error(
          "unknown section ["
              + name
              + "] (expected one of ["
              + String.join("], [", SECTIONS)
              + "])");
    }
    Integer first = sectionLines.putIfAbsent(name, lineNo);
    if (first != null) {
      throw error("section [" + name + "] appears twice (first on line " + first + ")");
    }
    section = name;
    if (name.equals("channel")) {
      channelSectionLine = lineNo;
    }
  }

  private void entry(String line) {
    int eq = line.indexOf('=');
    if (eq < 0) {
      throw error("expected 'key = value', got '" + line + "'");
    }
    if (section == null) {
      throw error("'" + line + "' comes before any [section]");
    }
    String rawKey = line.substring(0, eq).strip();
    String value = line.substring(eq + 1).strip();
    if (rawKey.isEmpty()) {
      throw error("missing key before '='");
    }
    boolean fixedKeys =
        !section.equals("activities")
            && !section.equals("groups")
            && !(section.equals("channel") && !rawKey.equalsIgnoreCase("attribute"));
    String key = fixedKeys ? rawKey.toLowerCase(Locale.ROOT) : rawKey;
    Integer first = keyLines.putIfAbsent(section + '\0' + key, lineNo);
    if (first != null) {
      throw error(
          "'" + rawKey + "' appears twice in [" + section + "] (first on line " + first + ")");
    }
    switch (section) {
      case "region" -> region(key, value);
      case "activities" -> activity(key, value);
      case "groups" -> group(key, value);
      case "groups.default" -> groupDefault(key, value);
      case "channel" -> channel(key, value);
      case "item" -> item(key, value);
      default -> throw new IllegalStateException(section);
    }
  }

  private void region(String key, String value) {
    switch (key) {
      case "code" -> {
        String problem = RegionSpec.problemWithCode(value);
        if (problem != null) {
          throw error(problem);
        }
        mapping.regionCode = value;
      }
      case "name" -> mapping.regionName = required(key, value);
      default -> throw unknownKey(key, "code, name");
    }
  }

  private void activity(String xesName, String value) {
    String canonical = required(xesName, value).toUpperCase(Locale.ROOT);
    if (!CanonicalActivity.names().contains(canonical)) {
      throw error(
          "'"
              + value
              + "' is not a canonical activity ("
              + String.join(", ", CanonicalActivity.names())
              + ")");
    }
    mapping.activities.put(xesName, canonical);
  }

  /** {@code org:group value = CODE | name}; without a name the group value names it. */
  private void group(String groupValue, String value) {
    String spec = required(groupValue, value);
    int bar = spec.indexOf('|');
    String code = (bar < 0 ? spec : spec.substring(0, bar)).strip();
    String name = bar < 0 ? groupValue : spec.substring(bar + 1).strip();
    if (code.isEmpty()) {
      throw error("missing department code before '|' for '" + groupValue + "'");
    }
    if (name.isEmpty()) {
      throw error("missing department name after '|' for '" + groupValue + "'");
    }
    claimDepartment(code, name, lineNo);
    mapping.groups.put(groupValue, new Department(code, name));
  }

  private void groupDefault(String key, String value) {
    switch (key) {
      case "code" -> {
        mapping.defaultCode = required(key, value);
        defaultCodeLine = lineNo;
      }
      case "name" -> {
        mapping.defaultName = required(key, value);
        defaultNameLine = lineNo;
      }
      case "placeholders" -> {
        for (String p : value.split(",")) {
          if (!p.isBlank()) {
            mapping.placeholders.add(p.strip());
          }
        }
      }
      default -> throw unknownKey(key, "code, name, placeholders");
    }
  }

  /** An empty right-hand side is allowed: it says on purpose that a value has no channel. */
  private void channel(String key, String value) {
    if (key.equalsIgnoreCase("attribute")) {
      mapping.channelAttribute = required(key, value);
      return;
    }
    String channel = value.toUpperCase(Locale.ROOT);
    if (!channel.isEmpty() && !Mapping.CHANNELS.contains(channel)) {
      throw error(
          "'"
              + value
              + "' is not a channel of the contract ("
              + String.join(", ", Mapping.CHANNELS)
              + ") nor empty");
    }
    mapping.channels.put(key, channel);
  }

  private void item(String key, String value) {
    switch (key) {
      case "attribute" -> mapping.itemAttribute = required(key, value);
      case "constant" -> mapping.itemConstant = required(key, value);
      default -> throw unknownKey(key, "attribute, constant");
    }
    if (mapping.itemAttribute != null && mapping.itemConstant != null) {
      throw error("[item] takes either 'attribute' or 'constant', not both");
    }
  }

  private void finish() {
    for (String placeholder : mapping.placeholders) {
      if (mapping.groups.containsKey(placeholder)) {
        lineNo = keyLines.get("groups.default\0placeholders");
        throw error(
            "'"
                + placeholder
                + "' is a placeholder but also mapped in [groups] on line "
                + keyLines.get("groups\0" + placeholder));
      }
    }
    if (!mapping.channels.isEmpty() && mapping.channelAttribute == null) {
      lineNo = channelSectionLine;
      throw error("[channel] maps values but names no trace attribute: add 'attribute = <name>'");
    }
    if (mapping.defaultCode != null) {
      String name = mapping.defaultName == null ? Mapping.UNASSIGNED.name() : mapping.defaultName;
      claimDepartment(
          mapping.defaultCode,
          name,
          mapping.defaultName == null
              ? defaultCodeLine
              : Math.max(defaultCodeLine, defaultNameLine));
    } else if (mapping.defaultName != null) {
      claimDepartment(Mapping.UNASSIGNED.code(), mapping.defaultName, defaultNameLine);
    }
  }

  /** departments.csv needs one name per code; several groups may share a department. */
  private void claimDepartment(String code, String name, int line) {
    Named earlier = departments.putIfAbsent(code, new Named(name, line));
    if (earlier != null && !earlier.name().equals(name)) {
      lineNo = line;
      throw error(
          "department "
              + code
              + " is named '"
              + name
              + "' here but '"
              + earlier.name()
              + "' on line "
              + earlier.line());
    }
  }

  private String required(String key, String value) {
    if (value.isEmpty()) {
      throw error("'" + key + "' has no value");
    }
    return value;
  }

  private ImportException unknownKey(String key, String expected) {
    return error("unknown key '" + key + "' in [" + section + "] (expected " + expected + ")");
  }

  private ImportException error(String message) {
    return new ImportException(source + " line " + lineNo + ": " + message);
  }
}
