package org.govscore.site.model;

/**
 * What every page of the site shares: its language, the same page in the other language (the
 * language switch), the site's title and the provenance shown in the footer.
 *
 * @param file this page's file name, identical in both language folders
 */
public record PageMeta(String lang, String otherLang, String otherLangName, String file, String siteTitle,
    String latestPeriod, String engineVersion, String generatedAt) {

  /** The same page in the other language. */
  public String switchHref() {
    return "../" + otherLang + "/" + file;
  }
}
