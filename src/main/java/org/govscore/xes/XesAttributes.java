package org.govscore.xes;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The top-level attributes of one trace or event, by key; the first of a repeated key wins. */
public final class XesAttributes {
  private final Map<String, XesAttribute> byKey = new LinkedHashMap<>();

  void add(XesAttribute attribute) {
    byKey.putIfAbsent(attribute.key(), attribute);
  }

  /** Adds each default whose key is absent: the XES rule for {@code <global>} values. */
  void fillFrom(XesAttributes defaults) {
    for (XesAttribute d : defaults.byKey.values()) {
      if (!byKey.containsKey(d.key())) {
        byKey.put(d.key(), d.asDefault());
      }
    }
  }

  /** The attribute with this key, or null. */
  public XesAttribute get(String key) {
    return byKey.get(key);
  }

  /** The value of this key, or null when absent or when it has no value (list, container). */
  public String value(String key) {
    XesAttribute a = byKey.get(key);
    return a == null ? null : a.value();
  }

  public Collection<XesAttribute> all() {
    return Collections.unmodifiableCollection(byKey.values());
  }

  public int size() {
    return byKey.size();
  }
}
