package org.govscore.methodology;

import java.util.Locale;

/** A text in both languages of the report and the site; neither may be blank. */
public record Text(String zh, String en) {
  public Text {
    if (zh == null || zh.isBlank() || en == null || en.isBlank()) {
      throw new IllegalArgumentException(
          "a methodology text needs both languages, got zh '" + zh + "', en '" + en + "'");
    }
  }

  /** The Chinese text for a Chinese locale, else the English one. */
  public String in(Locale locale) {
    return "zh".equals(locale.getLanguage()) ? zh : en;
  }
}
