package org.govscore.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.govscore.config.Parameters;
import org.govscore.contract.UnitKey;
import org.govscore.render.Templates;
import org.govscore.render.results.PeriodResults;
import org.govscore.render.text.Formats;
import org.govscore.render.text.Messages;
import org.govscore.render.text.UncertaintyText;
import org.govscore.render.text.Vocabulary;
import org.govscore.site.model.PageMeta;
import org.govscore.site.model.Pages;
import org.govscore.site.model.Pages.ArchiveRow;
import org.govscore.site.model.Pages.Definition;
import org.govscore.site.model.Pages.DownloadFile;
import org.govscore.site.model.Pages.DownloadPeriod;
import org.govscore.site.model.Pages.Licence;
import org.govscore.site.model.Pages.ParameterRow;
import org.govscore.store.Manifest;
import org.govscore.store.ScoreRecord;

/** The site's pages in one language, under OUT/&lt;lang&gt;/. */
final class LanguageSite {
  private final SiteData data;
  private final RegionTree tree;
  private final Locale locale;
  private final Locale other;
  private final Path dir;
  private final SiteLinks links;
  private final Licence licence;
  private final List<Path> written = new ArrayList<>();

  LanguageSite(
      SiteData data,
      RegionTree tree,
      Locale locale,
      Locale other,
      Path outDir,
      SiteLinks links,
      Licence licence) {
    this.data = data;
    this.tree = tree;
    this.locale = locale;
    this.other = other;
    this.dir = outDir.resolve(locale.toLanguageTag());
    this.links = links;
    this.licence = licence;
  }

  List<Path> write(List<OpenData.Download> downloads) throws IOException {
    Files.createDirectories(dir);
    Manifest manifest = data.latest().manifest();
    Messages msg = Messages.of(locale);
    Formats fmt = new Formats(msg, manifest.zone());
    Vocabulary words =
        new Vocabulary(
            msg,
            data.periods().stream()
                .flatMap(p -> p.manifest().methodology().external().stream())
                .toList());
    Templates templates = new Templates(msg, fmt).indicatorNames(words::indicator);
    UnitCells cells = new UnitCells(words, fmt);
    RankingTables rankings = new RankingTables(data, words, cells, links);

    page(
        templates,
        SiteLinks.INDEX,
        "site/home.ftlh",
        rankingsPage(msg, fmt, words, rankings, data.latest(), SiteLinks.INDEX));
    for (PeriodResults p : data.periods()) {
      String file = links.periodPage(p.period());
      page(templates, file, "site/period.ftlh", rankingsPage(msg, fmt, words, rankings, p, file));
    }
    UnitPages units = new UnitPages(data, tree, words, fmt, links, intervalNote(data.latest()));
    for (Map.Entry<UnitKey, ScoreRecord> u : data.units().entrySet()) {
      String file = links.unitPage(u.getKey());
      page(templates, file, "site/unit.ftlh", units.build(meta(msg, fmt, file), u.getValue()));
    }
    page(
        templates,
        SiteLinks.UNITS,
        "site/units.ftlh",
        new AllUnits(data, tree, words, cells, links, units)
            .page(meta(msg, fmt, SiteLinks.UNITS), memberDefinitions(words, data.latest())));
    page(templates, SiteLinks.ARCHIVE, "site/archive.ftlh", archive(msg, fmt));
    page(templates, SiteLinks.METHODOLOGY, "site/methodology.ftlh", methodology(msg, fmt, words));
    page(templates, SiteLinks.DOWNLOADS, "site/downloads.ftlh", downloads(msg, fmt, downloads));
    Codebook book = new Codebook(data, words);
    page(
        templates,
        SiteLinks.CODEBOOK,
        "site/codebook.ftlh",
        new Pages.CodebookPage(
            meta(msg, fmt, SiteLinks.CODEBOOK),
            book.tables(),
            List.copyOf(book.codeLists().values()),
            dataHref(OpenData.DATAPACKAGE),
            licence));
    return written.stream().filter(Files::exists).toList();
  }

  /**
   * The one explanation of the rank interval, for the draws and seed the period was evaluated with.
   */
  private String intervalNote(PeriodResults p) {
    Manifest m = p.manifest();
    return UncertaintyText.of(
        locale.toLanguageTag(),
        (int) m.numericParameter(Parameters.UNCERTAINTY_DRAWS),
        (long) m.numericParameter(Parameters.UNCERTAINTY_SEED));
  }

  private PageMeta meta(Messages msg, Formats fmt, String file) {
    Manifest m = data.latest().manifest();
    return new PageMeta(
        locale.toLanguageTag(),
        other.toLanguageTag(),
        Messages.of(other).get("site.language"),
        file,
        msg.get("site.title"),
        data.latest().period().label(),
        m.engineVersion(),
        fmt.dateTime(m.finished()));
  }

  /**
   * The composite's members of a period with their names and meanings: the visible legend of
   * abbreviations.
   */
  static List<Definition> memberDefinitions(Vocabulary words, PeriodResults p) {
    return SiteData.members(p).stream()
        .map(id -> new Definition(id, words.indicator(id), words.indicatorDefinition(id)))
        .toList();
  }

  private Pages.RankingsPage rankingsPage(
      Messages msg,
      Formats fmt,
      Vocabulary words,
      RankingTables rankings,
      PeriodResults p,
      String file) {
    var previous = data.previous(p.period());
    String range =
        msg.format(
            "meta.periodRange",
            fmt.date(p.period().start()),
            fmt.date(p.period().end().minusDays(1)));
    return new Pages.RankingsPage(
        meta(msg, fmt, file),
        p.period().label(),
        range,
        previous.map(r -> r.period().label()).orElse(""),
        rankings.of(p, previous, true),
        rankings.of(p, previous, false),
        p.manifest().missingEvidence().stream().map(words::dataset).toList(),
        memberDefinitions(words, p),
        intervalNote(p));
  }

  private Pages.ArchivePage archive(Messages msg, Formats fmt) {
    List<ArchiveRow> rows = new ArrayList<>();
    for (PeriodResults p : newestFirst()) {
      long ranked = p.scores().stream().filter(s -> s.rank() != null).count();
      rows.add(
          new ArchiveRow(
              p.period().label(),
              links.periodPage(p.period()),
              msg.format(
                  "meta.periodRange",
                  fmt.date(p.period().start()),
                  fmt.date(p.period().end().minusDays(1))),
              fmt.count(p.scores().size()),
              fmt.count(ranked),
              fmt.dateTime(p.manifest().finished())));
    }
    return new Pages.ArchivePage(meta(msg, fmt, SiteLinks.ARCHIVE), rows);
  }

  private Pages.MethodologyPage methodology(Messages msg, Formats fmt, Vocabulary words) {
    PeriodResults latest = data.latest();
    Manifest m = latest.manifest();
    Manifest.Composite c = m.methodology().composite();
    List<Definition> indicators = new ArrayList<>();
    for (String id : c.members()) {
      Double w = c.weights().get(id);
      indicators.add(
          new Definition(
              id,
              words.indicator(id),
              words.indicatorDefinition(id)
                  + " "
                  + msg.format("site.methodology.weight", w == null ? fmt.na() : fmt.percent(w))));
    }
    for (Manifest.ExternalIndicator e : m.methodology().external()) {
      if (!c.members().contains(e.id())) {
        indicators.add(
            new Definition(
                e.id(),
                e.name().isEmpty() ? words.indicator(e.id()) : e.name(),
                msg.format("site.methodology.external", e.source())));
      }
    }
    String scale = fmt.number(c.scale());
    List<Definition> grades =
        List.of(
            new Definition(
                "VERY_HIGH",
                words.grade("VERY_HIGH"),
                msg.format("grade.rule.atLeast", c.gradeVeryHigh())),
            new Definition(
                "HIGH", words.grade("HIGH"), msg.format("grade.rule.atLeast", c.gradeHigh())),
            new Definition(
                "MEDIUM", words.grade("MEDIUM"), msg.format("grade.rule.atLeast", c.gradeMedium())),
            new Definition(
                "LOW", words.grade("LOW"), msg.format("grade.rule.below", c.gradeMedium())));
    List<ParameterRow> params =
        m.parameters().entrySet().stream()
            .map(
                e ->
                    new ParameterRow(
                        e.getKey(), fmt.parameter(e.getValue()), words.parameter(e.getKey())))
            .toList();
    String composite =
        msg.format(
            "site.methodology.composite",
            scale,
            String.valueOf(c.members().size()),
            c.normalization(),
            c.aggregation(),
            String.valueOf(c.minIndicators()));
    return new Pages.MethodologyPage(
        meta(msg, fmt, SiteLinks.METHODOLOGY),
        m.period(),
        m.engineVersion(),
        composite,
        indicators,
        grades,
        params,
        intervalNote(latest));
  }

  private String dataHref(String relative) {
    return "../" + SiteLinks.DATA + "/" + relative;
  }

  private Pages.DownloadsPage downloads(Messages msg, Formats fmt, List<OpenData.Download> files) {
    List<DownloadPeriod> periods = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    labels.add("");
    newestFirst().forEach(p -> labels.add(p.period().label()));
    for (String label : labels) {
      List<DownloadFile> mine =
          files.stream()
              .filter(
                  d ->
                      d.period().equals(label)
                          && (!label.isEmpty() || d.relative().startsWith(OpenData.ALL_PERIODS)))
              .map(
                  d ->
                      new DownloadFile(
                          d.relative().substring(d.relative().indexOf('/') + 1),
                          dataHref(d.relative()),
                          msg.format("unit.bytes", fmt.count(d.size())),
                          d.sha256()))
              .toList();
      periods.add(
          new DownloadPeriod(label.isEmpty() ? msg.get("site.downloads.allPeriods") : label, mine));
    }
    return new Pages.DownloadsPage(
        meta(msg, fmt, SiteLinks.DOWNLOADS),
        periods,
        dataHref(SiteLinks.CHECKSUMS),
        dataHref(OpenData.DATAPACKAGE),
        dataHref(OpenData.LICENCE_FILE),
        licence);
  }

  private List<PeriodResults> newestFirst() {
    List<PeriodResults> out = new ArrayList<>(data.periods());
    Collections.reverse(out);
    return out;
  }

  private void page(Templates templates, String file, String template, Object model)
      throws IOException {
    Path target = dir.resolve(file).normalize();
    if (!dir.normalize().equals(target.getParent())) {
      throw new IllegalStateException("Page " + file + " would leave " + dir);
    }
    Files.writeString(target, templates.render(template, model), StandardCharsets.UTF_8);
    written.add(target);
  }
}
