package org.govscore.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.govscore.render.Templates;

/** The stylesheets, copied beside the pages so the report opens from disk with no server or network. */
final class ReportAssets {
  static final List<String> FILES = List.of("report.css", "print.css");

  private ReportAssets() {}

  static List<Path> copy(Path outDir) throws IOException {
    Path assets = outDir.resolve(UnitDirectory.ASSETS);
    Files.createDirectories(assets);
    List<Path> out = new ArrayList<>();
    for (String name : FILES) {
      String resource = Templates.CLASSPATH_ROOT + "/assets/" + name;
      Path target = assets.resolve(name);
      String folder = System.getProperty(Templates.FOLDER_PROPERTY);
      Path edited = folder == null ? null : Path.of(folder, "assets", name);
      if (edited != null && Files.isRegularFile(edited)) {
        Files.copy(edited, target, StandardCopyOption.REPLACE_EXISTING);
      } else {
        try (InputStream in = ReportAssets.class.getResourceAsStream(resource)) {
          if (in == null) {
            throw new IOException("Missing report asset " + resource + " on the classpath");
          }
          Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
      out.add(target);
    }
    return out;
  }
}
