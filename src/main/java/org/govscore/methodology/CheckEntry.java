package org.govscore.methodology;

import java.util.List;

/**
 * One compliance check of the SCR: its id, name and rule in both languages, what it applies to and
 * which department owns it (as the table of docs/methodology.md says), and the datasets without
 * which it applies to nothing.
 */
public record CheckEntry(
    String id, Text name, Text rule, String appliesTo, String owner, List<Dataset> needs) {
  public CheckEntry {
    needs = List.copyOf(needs);
  }
}
