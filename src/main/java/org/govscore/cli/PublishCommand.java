package org.govscore.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.govscore.base.GovscoreException;
import org.govscore.config.Parameters;
import org.govscore.site.SiteBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "publish",
    mixinStandardHelpOptions = true,
    description =
        "Build the public ranking site of every period in the results store: static pages in Chinese"
            + " and English (OUT/zh-CN, OUT/en), and open data (OUT/data: CSV, JSON, SHA256SUMS).")
public final class PublishCommand extends GovscoreCommand {
  @Option(
      names = "--results",
      paramLabel = "DIR",
      description = "The results store written by evaluate.")
  String results;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description = "Where to write the site (OUT/index.html ...).")
  String out;

  @Option(
      names = "--licence",
      paramLabel = "SPDX",
      defaultValue = "CC-BY-4.0",
      description =
          "Licence of the open data: CC-BY-4.0 (default), CC0-1.0, CC-BY-SA-4.0 or ODbL-1.0.")
  String licence = "CC-BY-4.0";

  @Override
  protected int execute(Console console) throws Exception {
    if (results == null || results.isBlank()) {
      throw new GovscoreException(GovscoreException.Kind.USAGE, "Missing --results");
    }
    if (out == null || out.isBlank()) {
      throw new GovscoreException(GovscoreException.Kind.USAGE, "Missing --out");
    }
    SiteBuilder.checkLicence(licence);
    long started = System.nanoTime();
    // The site reads only aggregated tables; the zone of its dates comes from each manifest.
    SparkSession spark = spark("govscore publish", Parameters.TIME_ZONE_DEFAULT, Map.of(), console);
    try {
      List<Path> files = SiteBuilder.build(spark, results, Path.of(out), console, licence);
      long pages = files.stream().filter(f -> f.toString().endsWith(".html")).count();
      console.println(
          String.format(
              Locale.ROOT,
              "publish: %d pages, %d files in %s (%.1f s)",
              pages,
              files.size(),
              out,
              (System.nanoTime() - started) / 1e9));
      return ExitCodes.OK;
    } finally {
      release(spark);
    }
  }
}
