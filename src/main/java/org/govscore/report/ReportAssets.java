package org.govscore.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
      Path target = assets.resolve(name);
      Templates.copyAsset("assets/" + name, target);
      out.add(target);
    }
    return out;
  }
}
