package org.govscore.report.model;

import java.util.List;

/**
 * The executive summary, written from the data for a reader with thirty seconds: a strip of
 * headline figures, at most five plain sentences naming units (never codes), the changes to check
 * before publishing, what the data could not show, and the abbreviations used.
 */
public record SummarySection(
    List<Figure> figures,
    List<String> sentences,
    List<String> warnings,
    List<String> dataGaps,
    List<Term> glossary) {

  /** One headline figure: what it counts, the figure, and a line of context ("" for none). */
  public record Figure(String label, String value, String detail) {
    public boolean hasDetail() {
      return !detail.isEmpty();
    }
  }
}
