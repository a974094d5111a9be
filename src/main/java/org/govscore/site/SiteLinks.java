package org.govscore.site;

import org.govscore.config.Period;
import org.govscore.contract.UnitKey;
import org.govscore.render.SafeFileNames;

/**
 * The site's file names. Pages of both languages share names (the language switch swaps only the
 * folder); names derived from codes or period labels go through {@link SafeFileNames}, so a code
 * such as {@code ../../x} can neither leave the output folder nor take another unit's page.
 */
final class SiteLinks {
  static final String INDEX = "index.html";
  static final String ARCHIVE = "archive.html";
  static final String METHODOLOGY = "methodology.html";
  static final String DOWNLOADS = "downloads.html";
  static final String UNITS = "units.html";
  static final String CODEBOOK = "codebook.html";
  static final String ASSETS = "assets";
  static final String DATA = "data";
  static final String CHARTS = "charts";
  static final String CHECKSUMS = "SHA256SUMS";

  private final SafeFileNames names = new SafeFileNames();

  String unitPage(UnitKey unit) {
    return names.name(
            UnitKey.DEPARTMENT.equals(unit.unitType()) ? "dept" : "region", unit.unitCode())
        + ".html";
  }

  String periodPage(Period period) {
    return periodName(period) + ".html";
  }

  /** The folder under data/ holding a period's downloads. */
  String periodName(Period period) {
    return names.name("period", period.label());
  }

  String chart(UnitKey unit) {
    return CHARTS + "/" + unitPage(unit).replace(".html", ".png");
  }
}
