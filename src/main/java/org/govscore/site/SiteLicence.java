package org.govscore.site;

import java.util.List;
import java.util.Locale;
import org.govscore.base.GovscoreException;
import org.govscore.site.model.Pages.Licence;

/**
 * The licences the open data can be published under (publish --licence), by SPDX identifier. CC BY
 * 4.0 is the default: reuse by anyone for any purpose, with attribution, which is what open
 * government data portals commonly ask for.
 */
final class SiteLicence {
  static final String DEFAULT = "CC-BY-4.0";
  static final List<Licence> KNOWN =
      List.of(
          new Licence(
              "CC-BY-4.0",
              "Creative Commons Attribution 4.0 International",
              "https://creativecommons.org/licenses/by/4.0/"),
          new Licence(
              "CC0-1.0",
              "Creative Commons Zero v1.0 Universal (public domain dedication)",
              "https://creativecommons.org/publicdomain/zero/1.0/"),
          new Licence(
              "CC-BY-SA-4.0",
              "Creative Commons Attribution Share Alike 4.0 International",
              "https://creativecommons.org/licenses/by-sa/4.0/"),
          new Licence(
              "ODbL-1.0",
              "Open Data Commons Open Database License v1.0",
              "https://opendatacommons.org/licenses/odbl/1-0/"));

  private SiteLicence() {}

  /**
   * The licence of an SPDX identifier (any letter case), or a usage error naming the value and the
   * choices.
   */
  static Licence of(String id) {
    String wanted = id == null ? "" : id.trim();
    for (Licence l : KNOWN) {
      if (l.id().toLowerCase(Locale.ROOT).equals(wanted.toLowerCase(Locale.ROOT))) {
        return l;
      }
    }
    throw new GovscoreException(
        GovscoreException.Kind.USAGE,
        "Unknown --licence '"
            + id
            + "'; supported: "
            + String.join(", ", KNOWN.stream().map(Licence::id).toList()));
  }
}
