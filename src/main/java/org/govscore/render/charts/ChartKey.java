package org.govscore.render.charts;

/** A category or series key: unique by id (two units may share a name) and shown by its label. */
public record ChartKey(String id, String label) implements Comparable<ChartKey> {
  @Override
  public String toString() {
    return label;
  }

  @Override
  public int compareTo(ChartKey o) {
    return id.compareTo(o.id);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ChartKey k && k.id.equals(id);
  }

  @Override
  public int hashCode() {
    return id.hashCode();
  }
}
