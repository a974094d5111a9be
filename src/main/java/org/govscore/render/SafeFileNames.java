package org.govscore.render;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * File names derived from codes found in the data (unit codes, rank groups). Only {@code
 * [A-Za-z0-9_-]} survive; a code that had to be changed, is reserved on Windows (CON, NUL, COM1
 * ...) or is too long gets a short hash of the original, so {@code ../../x}, {@code a/b} or {@code
 * CON} can neither leave the output folder nor take another unit's page. Names are also unique
 * ignoring case, for file systems that ignore it. One instance allocates the names of one output
 * folder; the same code always gets the same name.
 */
public final class SafeFileNames {
  private static final Pattern UNSAFE = Pattern.compile("[^A-Za-z0-9_-]");
  private static final Pattern RESERVED =
      Pattern.compile("(?i)(CON|PRN|AUX|NUL|COM[0-9]|LPT[0-9])");
  private static final int MAX_BASE = 48;

  private final Map<String, String> assigned = new HashMap<>();
  private final Set<String> taken = new HashSet<>();

  /** The file name (without extension) for {@code prefix} and a code, e.g. {@code dept-D1}. */
  public synchronized String name(String prefix, String code) {
    String key = prefix + "\u0000" + code;
    String existing = assigned.get(key);
    if (existing != null) {
      return existing;
    }
    String raw = code == null ? "" : code;
    String base = UNSAFE.matcher(raw).replaceAll("_");
    boolean changed =
        !base.equals(raw)
            || base.isEmpty()
            || RESERVED.matcher(base).matches()
            || base.length() > MAX_BASE;
    if (base.length() > MAX_BASE) {
      base = base.substring(0, MAX_BASE);
    }
    String name = prefix + "-" + (changed ? base + "-" + hash(raw, 8) : base);
    if (!taken.add(name.toLowerCase(Locale.ROOT))) {
      // Another code already has this name (case-insensitively): a longer hash tells them apart.
      name = prefix + "-" + base + "-" + hash(raw, 16);
      int n = 2;
      String candidate = name;
      while (!taken.add(candidate.toLowerCase(Locale.ROOT))) {
        candidate = name + "-" + n++;
      }
      name = candidate;
    }
    assigned.put(key, name);
    return name;
  }

  static String hash(String text, int hexChars) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d).substring(0, hexChars);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
