package org.govscore.site;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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
      String folder = System.getProperty(Templates.FOLDER_PROPERTY);
      Path edited = folder == null ? null : Path.of(folder, "site", "assets", name);
      if (edited != null && Files.isRegularFile(edited)) {
        Files.copy(edited, target, StandardCopyOption.REPLACE_EXISTING);
      } else {
        String resource = Templates.CLASSPATH_ROOT + "/site/assets/" + name;
        try (InputStream in = SiteAssets.class.getResourceAsStream(resource)) {
          if (in == null) {
            throw new IOException("Missing site asset " + resource + " on the classpath");
          }
          Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
      out.add(target);
    }
    return out;
  }
}
