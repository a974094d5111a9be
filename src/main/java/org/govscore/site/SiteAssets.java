package org.govscore.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
    Path assets = outDir.resolve(SiteLinks.ASSETS);
    Files.createDirectories(assets);
    List<Path> out = new ArrayList<>();
    for (String name : FILES) {
      Path target = assets.resolve(name);
      Templates.copyAsset("site/assets/" + name, target);
      out.add(target);
    }
    return out;
  }
}
