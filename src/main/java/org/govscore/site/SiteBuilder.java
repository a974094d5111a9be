package org.govscore.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.SparkSession;
import org.govscore.base.GovscoreException;
import org.govscore.base.Progress;
import org.govscore.config.Period;
import org.govscore.render.results.PeriodResults;
import org.govscore.render.results.ResultsLoader;
import org.govscore.render.text.Messages;
import org.govscore.site.model.Pages.Licence;
import org.govscore.store.ResultsStore;

/**
 * The public ranking site of every period in the results store (never the inputs): OUT/zh-CN/ and
 * OUT/en/ with the home page (latest rankings), a page per unit and per period, the archive, the
 * methodology and the downloads; OUT/data/ with CSV, JSON and SHA256SUMS; OUT/assets/ with the
 * stylesheet and script; OUT/index.html sending readers to the Chinese site.
 */
public final class SiteBuilder {
  private SiteBuilder() {}

  /** A usage error (before any Spark work) when the licence is not one the site knows. */
  public static void checkLicence(String licence) {
    SiteLicence.of(licence);
  }

  /**
   * Builds the site with the open data under the default licence (CC BY 4.0); returns every file
   * written.
   */
  public static List<Path> build(
      SparkSession spark, String resultsDir, Path outDir, Progress console) throws IOException {
    return build(spark, resultsDir, outDir, console, SiteLicence.DEFAULT);
  }

  /**
   * Builds the site and returns every file written.
   *
   * @param licence the SPDX identifier of the open data's licence (CC-BY-4.0, CC0-1.0,
   *     CC-BY-SA-4.0, ODbL-1.0)
   */
  public static List<Path> build(
      SparkSession spark, String resultsDir, Path outDir, Progress console, String licence)
      throws IOException {
    Licence chosen = SiteLicence.of(licence);
    ResultsLoader loader = new ResultsLoader(ResultsStore.openExisting(spark, resultsDir));
    List<Period> periods = loader.periods();
    if (periods.isEmpty()) {
      throw new GovscoreException(
          "Results store " + resultsDir + " has no period; run evaluate first");
    }
    List<PeriodResults> loaded = new ArrayList<>();
    for (Period p : periods) {
      console.progress("publish: reading " + p + " from " + resultsDir);
      loaded.add(loader.load(p));
    }
    SiteData data = new SiteData(List.copyOf(loaded));
    Files.createDirectories(outDir);
    SiteLinks links = new SiteLinks();
    List<Path> written = new ArrayList<>();
    console.progress("publish: open data of " + periods.size() + " periods");
    OpenData openData = new OpenData(outDir, links);
    RegionTree tree = new RegionTree(data.units().values());
    List<OpenData.Download> downloads = openData.write(data, tree, chosen);
    downloads.forEach(d -> written.add(outDir.resolve(SiteLinks.DATA).resolve(d.relative())));
    written.add(openData.checksums());
    written.addAll(SiteAssets.copy(outDir));
    List<Locale> languages = Messages.SUPPORTED;
    for (Locale language : languages) {
      Locale other = languages.stream().filter(l -> !l.equals(language)).findFirst().orElseThrow();
      console.progress(
          "publish: " + language.toLanguageTag() + " pages of " + data.units().size() + " units");
      written.addAll(
          new LanguageSite(data, tree, language, other, outDir, links, chosen).write(downloads));
    }
    written.add(rootIndex(outDir, languages));
    return written;
  }

  /**
   * OUT/index.html: sends readers to the Chinese site, with plain links for browsers that do not
   * follow.
   */
  private static Path rootIndex(Path outDir, List<Locale> languages) throws IOException {
    String first = languages.get(0).toLanguageTag();
    StringBuilder b =
        new StringBuilder(
            "<!DOCTYPE html>\n<html lang=\""
                + first
                + "\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<meta http-equiv=\"refresh\" content=\"0; url="
                + first
                + "/index.html\">\n"
                + "<title>"
                + Messages.of(languages.get(0)).get("site.title")
                + "</title>\n"
                + "<link rel=\"stylesheet\" href=\"assets/site.css\">\n</head>\n<body>\n<main>\n<ul>\n");
    for (Locale l : languages) {
      Messages m = Messages.of(l);
      b.append("<li><a href=\"")
          .append(l.toLanguageTag())
          .append("/index.html\" lang=\"")
          .append(l.toLanguageTag())
          .append("\">")
          .append(m.get("site.title"))
          .append(" (")
          .append(m.get("site.language"))
          .append(")</a></li>\n");
    }
    b.append("</ul>\n</main>\n</body>\n</html>\n");
    Path index = outDir.resolve(SiteLinks.INDEX);
    Files.writeString(index, b.toString(), StandardCharsets.UTF_8);
    return index;
  }
}
