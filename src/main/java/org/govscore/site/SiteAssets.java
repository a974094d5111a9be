package org.govscore.site;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.govscore.render.Templates;

/**
 * The stylesheet and the sorting script, copied to OUT/assets/ so the site needs no network and
 * opens from disk as well as over HTTP.
 */
final class SiteAssets {
  static final List<String> FILES = List.of("site.css", "site.js");

  private SiteAssets() {}

  static List<Path> copy(Path outDir) throws IOException {
    return Templates.copyAssets("site/assets", FILES, outDir.resolve(SiteLinks.ASSETS));
  }
}
