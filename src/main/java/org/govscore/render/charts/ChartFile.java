package org.govscore.render.charts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;

/** A chart saved as a PNG beside the pages, with the size and alternative text the page needs. */
public record ChartFile(Path file, int width, int height) {
  /** Renders headless into {@code file} (parent folders are created). */
  public static ChartFile write(JFreeChart chart, Path file, int width, int height)
      throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    ChartUtils.saveChartAsPNG(file.toFile(), chart, width, height);
    return new ChartFile(file, width, height);
  }
}
