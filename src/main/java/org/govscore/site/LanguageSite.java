package org.govscore.site;

import org.govscore.render.text.Vocabulary;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.govscore.config.Parameters;
import org.govscore.metrics.Methodology;
import org.govscore.metrics.UnitKey;
import org.govscore.render.Templates;
import org.govscore.render.charts.ChartStyle;
import org.govscore.render.results.Manifest;
import org.govscore.render.results.PeriodResults;
import org.govscore.render.results.UnitScore;
import org.govscore.render.text.Formats;
import org.govscore.render.text.Messages;
import org.govscore.site.model.PageMeta;
import org.govscore.site.model.Pages;
import org.govscore.site.model.Pages.ArchiveRow;
import org.govscore.site.model.Pages.Definition;
import org.govscore.site.model.Pages.DownloadFile;
import org.govscore.site.model.Pages.DownloadPeriod;
import org.govscore.site.model.Pages.ParameterRow;

/** The site's pages in one language, under OUT/&lt;lang&gt;/. */
final class LanguageSite {
  private final SiteData data;
  private final Locale locale;
  private final Locale other;
  private final Path dir;
  private final SiteLinks links;
  private final ChartStyle style;
  private final List<Path> written = new ArrayList<>();

  LanguageSite(SiteData data, Locale locale, Locale other, Path outDir, SiteLinks links, ChartStyle style) {
    this.data = data;
    this.locale = locale;
    this.other = other;
    this.dir = outDir.resolve(locale.toLanguageTag());
    this.links = links;
    this.style = style;
  }

  List<Path> write(List<OpenData.Download> downloads) throws IOException {
    Files.createDirectories(dir);
    Manifest manifest = data.latest().manifest();
    Messages msg = Messages.of(locale);
    Formats fmt = new Formats(msg, manifest.zone());
    Vocabulary words = new Vocabulary(msg);
    Templates templates = new Templates(msg, fmt);
    RankingTables rankings = new RankingTables(words, new UnitCells(words, fmt), links);

    page(templates, SiteLinks.INDEX, "site/home.ftlh",
        rankingsPage(msg, fmt, words, rankings, data.latest(), SiteLinks.INDEX));
    for (PeriodResults p : data.periods()) {
      String file = links.periodPage(p.period());
      page(templates, file, "site/period.ftlh", rankingsPage(msg, fmt, words, rankings, p, file));
    }
    UnitPages units = new UnitPages(data, words, fmt, links, style, dir);
    for (Map.Entry<UnitKey, UnitScore> u : data.units().entrySet()) {
      String file = links.unitPage(u.getKey());
      page(templates, file, "site/unit.ftlh", units.build(meta(msg, fmt, file), u.getValue()));
      written.add(dir.resolve(links.chart(u.getKey())));
    }
    page(templates, SiteLinks.ARCHIVE, "site/archive.ftlh", archive(msg, fmt));
    page(templates, SiteLinks.METHODOLOGY, "site/methodology.ftlh", methodology(msg, fmt, words));
    page(templates, SiteLinks.DOWNLOADS, "site/downloads.ftlh", downloads(msg, fmt, downloads));
    return written.stream().filter(Files::exists).toList();
  }

  private PageMeta meta(Messages msg, Formats fmt, String file) {
    Manifest m = data.latest().manifest();
    return new PageMeta(locale.toLanguageTag(), other.toLanguageTag(), Messages.of(other).get("site.language"), file,
        msg.get("site.title"), data.latest().period().label(), m.engineVersion(), fmt.dateTime(m.finished()));
  }

  private Pages.RankingsPage rankingsPage(Messages msg, Formats fmt, Vocabulary words, RankingTables rankings,
      PeriodResults p, String file) {
    var previous = data.previous(p.period());
    String range = msg.format("meta.periodRange", fmt.date(p.period().start()), fmt.date(p.period().end().minusDays(1)));
    return new Pages.RankingsPage(meta(msg, fmt, file), p.period().label(), range,
        previous.map(r -> r.period().label()).orElse(""), rankings.of(p, previous, true), rankings.of(p, previous, false),
        p.manifest().missingDatasets().stream().map(words::dataset).toList());
  }

  private Pages.ArchivePage archive(Messages msg, Formats fmt) {
    List<ArchiveRow> rows = new ArrayList<>();
    for (PeriodResults p : newestFirst()) {
      long ranked = p.scores().stream().filter(s -> s.rank() != null).count();
      rows.add(new ArchiveRow(p.period().label(), links.periodPage(p.period()),
          msg.format("meta.periodRange", fmt.date(p.period().start()), fmt.date(p.period().end().minusDays(1))),
          fmt.count(p.scores().size()), fmt.count(ranked), fmt.dateTime(p.manifest().finished())));
    }
    return new Pages.ArchivePage(meta(msg, fmt, SiteLinks.ARCHIVE), rows);
  }

  private Pages.MethodologyPage methodology(Messages msg, Formats fmt, Vocabulary words) {
    Manifest m = data.latest().manifest();
    List<Definition> indicators = Methodology.HEADLINE_IDS.stream()
        .map(id -> new Definition(id, words.indicator(id), words.indicatorDefinition(id))).toList();
    List<Definition> grades = List.of(
        new Definition("VERY_HIGH", words.grade("VERY_HIGH"), msg.format("grade.rule.atLeast",
            m.parameter(Parameters.GRADE_VERY_HIGH))),
        new Definition("HIGH", words.grade("HIGH"), msg.format("grade.rule.atLeast", m.parameter(Parameters.GRADE_HIGH))),
        new Definition("MEDIUM", words.grade("MEDIUM"), msg.format("grade.rule.atLeast",
            m.parameter(Parameters.GRADE_MEDIUM))),
        new Definition("LOW", words.grade("LOW"), msg.format("grade.rule.below", m.parameter(Parameters.GRADE_MEDIUM))));
    List<ParameterRow> params = m.parameters().entrySet().stream()
        .map(e -> new ParameterRow(e.getKey(), fmt.parameter(e.getValue()), words.parameter(e.getKey()))).toList();
    return new Pages.MethodologyPage(meta(msg, fmt, SiteLinks.METHODOLOGY), m.period(), m.engineVersion(), indicators,
        grades, params);
  }

  private Pages.DownloadsPage downloads(Messages msg, Formats fmt, List<OpenData.Download> files) {
    List<DownloadPeriod> periods = new ArrayList<>();
    for (PeriodResults p : newestFirst()) {
      List<DownloadFile> mine = files.stream().filter(d -> d.period().equals(p.period().label()))
          .map(d -> new DownloadFile(d.relative().substring(d.relative().indexOf('/') + 1),
              "../" + SiteLinks.DATA + "/" + d.relative(), msg.format("unit.bytes", fmt.count(d.size())), d.sha256()))
          .toList();
      periods.add(new DownloadPeriod(p.period().label(), mine));
    }
    return new Pages.DownloadsPage(meta(msg, fmt, SiteLinks.DOWNLOADS), periods,
        "../" + SiteLinks.DATA + "/" + SiteLinks.CHECKSUMS);
  }

  private List<PeriodResults> newestFirst() {
    List<PeriodResults> out = new ArrayList<>(data.periods());
    java.util.Collections.reverse(out);
    return out;
  }

  private void page(Templates templates, String file, String template, Object model) throws IOException {
    Path target = dir.resolve(file).normalize();
    if (!dir.normalize().equals(target.getParent())) {
      throw new IllegalStateException("Page " + file + " would leave " + dir);
    }
    Files.writeString(target, templates.render(template, model), StandardCharsets.UTF_8);
    written.add(target);
  }
}
