package org.govscore.site.model;

import java.util.ArrayList;
import java.util.List;

/**
 * What every page of the site shares: its language, the same page in the other language (the
 * language switch), the site's title and the provenance shown in the footer.
 *
 * @param file this page's file name, identical in both language folders
 */
public record PageMeta(
    String lang,
    String otherLang,
    String otherLangName,
    String file,
    String siteTitle,
    String latestPeriod,
    String engineVersion,
    String generatedAt) {

  /**
   * A text cut into runs of Chinese characters and the rest, the Chinese runs marked {@code zh-CN}
   * when the page is not Chinese: captions such as "Departments of 广安市, 2026-Q3" mix an English
   * sentence with a name from the data.
   */
  public List<Pages.Name> parts(String text) {
    List<Pages.Name> out = new ArrayList<>();
    if (text == null || text.isEmpty()) {
      return out;
    }
    boolean mark = !lang.startsWith("zh");
    StringBuilder run = new StringBuilder();
    Boolean han = null;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      boolean h = mark && Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
      if (han != null && h != han) {
        out.add(new Pages.Name(run.toString(), han ? "zh-CN" : null));
        run.setLength(0);
      }
      han = h;
      run.appendCodePoint(c);
      i += Character.charCount(c);
    }
    out.add(new Pages.Name(run.toString(), Boolean.TRUE.equals(han) ? "zh-CN" : null));
    return out;
  }

  /** The same page in the other language. */
  public String switchHref() {
    return "../" + otherLang + "/" + file;
  }
}
