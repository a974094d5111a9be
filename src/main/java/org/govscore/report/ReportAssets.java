package org.govscore.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.govscore.render.Templates;

/**
 * The stylesheets, copied beside the pages so the report opens from disk with no server or network.
 */
final class ReportAssets {
  static final List<String> FILES = List.of("report.css", "print.css");

  private ReportAssets() {}

  static List<Path> copy(Path outDir) throws IOException {
    return Templates.copyAssets("assets", FILES, outDir.resolve(UnitDirectory.ASSETS));
  }
}
