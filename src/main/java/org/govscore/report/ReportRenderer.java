package org.govscore.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.spark.sql.SparkSession;
import org.govscore.base.GovscoreException;
import org.govscore.base.Progress;
import org.govscore.config.Period;
import org.govscore.render.fonts.CjkFonts;
import org.govscore.render.results.PeriodResults;
import org.govscore.render.results.PeriodSnapshot;
import org.govscore.render.results.ResultsLoader;
import org.govscore.render.text.Messages;
import org.govscore.store.PeriodStore;
import org.govscore.store.ResultsStore;

/**
 * The leadership report of one period, rendered from the results store alone (never the inputs):
 * for each language, OUT/&lt;lang&gt;/index.html with a page per rank group and per unit, data
 * quality and methodology pages, charts and stylesheets beside them, and report.pdf.
 */
public final class ReportRenderer {
  private ReportRenderer() {}

  /** Both languages, Chinese first. */
  public static List<Locale> allLanguages() {
    return Messages.SUPPORTED;
  }

  /**
   * Renders the report and returns every file written.
   *
   * @param languages the report's languages (see {@link #allLanguages()}); each goes to
   *     OUT/&lt;tag&gt;/
   */
  public static List<Path> render(
      SparkSession spark,
      String resultsDir,
      Period period,
      Path outDir,
      List<Locale> languages,
      Progress console)
      throws IOException {
    return render(spark, resultsDir, period, outDir, languages, ReportSettings.DEFAULTS, console);
  }

  /**
   * As {@link #render(SparkSession, String, Period, Path, List, Progress)}, with the report's own
   * settings.
   */
  public static List<Path> render(
      SparkSession spark,
      String resultsDir,
      Period period,
      Path outDir,
      List<Locale> languages,
      ReportSettings settings,
      Progress console)
      throws IOException {
    if (languages.isEmpty()) {
      throw new GovscoreException("No report language given");
    }
    // Charts are drawn off-screen; without this a machine with no display fails in AWT.
    System.setProperty("java.awt.headless", "true");
    // Fail before any work when Chinese cannot be drawn, rather than after minutes of boxes.
    CjkFonts fonts = CjkFonts.locate();
    ReportData data = load(spark, resultsDir, period, settings, console);
    List<Path> written = new ArrayList<>();
    for (Locale language : languages) {
      Messages.parseLanguage(language.toLanguageTag());
      Path dir = outDir.resolve(language.toLanguageTag());
      written.addAll(new LanguageReport(data, language, dir, fonts, console).write());
    }
    return written;
  }

  static ReportData load(
      SparkSession spark,
      String resultsDir,
      Period period,
      ReportSettings settings,
      Progress console) {
    console.progress("reading results for " + period + " from " + resultsDir);
    return load(ResultsStore.openExisting(spark, resultsDir), period, settings);
  }

  /** The period's results, its history and its base libraries, through the store's records. */
  static ReportData load(PeriodStore store, Period period, ReportSettings settings) {
    ResultsLoader loader = new ResultsLoader(store);
    PeriodResults current = loader.load(period);
    List<PeriodSnapshot> history = new ArrayList<>();
    for (Period p : loader.periods()) {
      // Trends compare like with like: periods of the report's length, up to the report's period.
      if (p.sameLength(period) && p.compareTo(period) < 0) {
        history.add(loader.snapshot(p));
      }
    }
    history.add(current.snapshot());
    Period previous = period.previous();
    Optional<PeriodSnapshot> before =
        history.stream().filter(s -> s.period().equals(previous)).findFirst();
    return new ReportData(
        current, List.copyOf(history), before, loader.baseLibraries(period), settings);
  }
}
