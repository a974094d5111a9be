package org.govscore.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.govscore.base.Progress;
import org.govscore.config.Period;
import org.govscore.contract.FindingKinds;
import org.govscore.contract.UnitKey;
import org.govscore.render.Templates;
import org.govscore.render.charts.ChartStyle;
import org.govscore.render.fonts.CjkFonts;
import org.govscore.render.text.Formats;
import org.govscore.render.text.Messages;
import org.govscore.render.text.UncertaintyText;
import org.govscore.render.text.Vocabulary;
import org.govscore.report.model.GradeSection;
import org.govscore.report.model.GroupSection;
import org.govscore.report.model.MethodologySection;
import org.govscore.report.model.Pages;
import org.govscore.report.model.PlatformSection;
import org.govscore.report.model.QualitySection;
import org.govscore.report.model.ReportMeta;
import org.govscore.report.model.SummarySection;
import org.govscore.report.model.Term;
import org.govscore.report.model.UnitSection;
import org.govscore.store.FindingRecord;
import org.govscore.store.Manifest;

/** The report in one language: models, charts, pages, stylesheets and the PDF under OUT/<lang>/. */
final class LanguageReport {
  static final String PDF = "report.pdf";

  /**
   * The short edition for leaders: summary, rankings and findings (the full report is the annex).
   */
  static final String LEADERSHIP_PDF = "leadership.pdf";

  static final int DIGEST_LINES = 2;

  private final ReportData data;
  private final Locale locale;
  private final Path out;
  private final CjkFonts fonts;
  private final Progress console;
  private final List<Path> written = new ArrayList<>();

  LanguageReport(ReportData data, Locale locale, Path out, CjkFonts fonts, Progress console) {
    this.data = data;
    this.locale = locale;
    this.out = out;
    this.fonts = fonts;
    this.console = console;
  }

  List<Path> write() throws IOException {
    Files.createDirectories(out);
    Manifest manifest = data.current().manifest();
    Messages msg = Messages.of(locale);
    Formats fmt = new Formats(msg, manifest.zone());
    Vocabulary words = new Vocabulary(msg, manifest.methodology().external());
    UnitDirectory dir = new UnitDirectory(data.current().scores());
    ReportCharts charts = new ReportCharts(out, new ChartStyle(fonts), words, data, dir);
    DatasetNeeds needs = new DatasetNeeds(manifest.missingEvidence());
    ReportMeta meta = meta(msg, fmt, words);
    String lang = locale.toLanguageTag();

    console.progress(
        "report " + lang + ": rankings and charts of " + data.groups().size() + " rank groups");
    GroupSections groupSections = new GroupSections(words, fmt, data, dir, charts);
    List<GroupSection> groups = groupSections.all();
    GradeSection grades = new GradeSections(words, fmt, data, dir, charts, groupSections).build();
    SummarySection summary = new SummaryWriter(words, fmt, data, needs, groupSections).build();
    console.progress("report " + lang + ": " + data.current().scores().size() + " unit pages");
    List<UnitSection> units =
        new UnitSections(words, fmt, data, dir, charts, groupSections, needs).all();
    QualitySection quality = new QualitySections(words, fmt, data, needs).build();
    MethodologySection methodology = new MethodologySections(words, fmt, data, needs).build();
    PlatformSection platform = new PlatformSections(words, fmt, data, dir).build();

    Templates templates = new Templates(msg, fmt);
    page(
        templates,
        UnitDirectory.INDEX,
        "report/index.ftlh",
        new Pages.IndexPage(
            meta,
            summary,
            grades,
            groups.stream().filter(GroupSection::ofRegions).toList(),
            groups.stream().filter(g -> !g.ofRegions()).toList(),
            platform));
    for (GroupSection g : groups) {
      page(templates, g.href(), "report/group.ftlh", new Pages.GroupPage(meta, g));
    }
    for (UnitSection u : units) {
      page(templates, u.unit().href(), "report/unit.ftlh", new Pages.UnitPage(meta, u));
    }
    page(
        templates,
        UnitDirectory.QUALITY,
        "report/quality.ftlh",
        new Pages.QualityPage(meta, quality));
    page(
        templates,
        UnitDirectory.METHODOLOGY,
        "report/methodology.ftlh",
        new Pages.MethodologyPage(meta, methodology));
    written.addAll(ReportAssets.copy(out));
    written.addAll(charts.written());

    console.progress("report " + lang + ": PDF");
    pdf(
        templates,
        PDF,
        Pages.PrintDocument.full(
            meta, summary, grades, groups, units, quality, methodology, platform));
    console.progress("report " + lang + ": leadership edition");
    pdf(
        templates,
        LEADERSHIP_PDF,
        Pages.PrintDocument.leadership(
            meta,
            summary,
            grades,
            groups,
            digest(units, new FindingTexts(words, fmt, data), words),
            platform));
    return written;
  }

  private void pdf(Templates templates, String file, Pages.PrintDocument doc) throws IOException {
    String print = templates.render("report/print.ftlh", doc);
    Path pdf = out.resolve(file);
    for (String problem : PdfExporter.write(print, out, pdf, fonts.pdfFont())) {
      console.progress("report " + locale.toLanguageTag() + ": " + file + ": " + problem);
    }
    written.add(pdf);
  }

  /**
   * The leadership edition's findings: per department with any, its {@value #DIGEST_LINES} most
   * telling (falls, islands and refusals come first), the rest left to the annex. A fall no larger
   * than report.material_change (composite points, or percentage points of an indicator) is not
   * telling: it stays in the annex.
   */
  List<Pages.FindingDigest> digest(List<UnitSection> units, FindingTexts texts, Vocabulary words) {
    double material = data.settings().materialChange();
    List<Pages.FindingDigest> out = new ArrayList<>();
    for (UnitSection u : units) {
      if (!u.department()) {
        continue;
      }
      UnitKey key = new UnitKey(u.unit().type(), u.unit().code());
      List<FindingRecord> all =
          data.current().findingsOf(key).stream().sorted(FindingTexts.order()).toList();
      List<UnitSection.FindingLine> telling =
          all.stream()
              .filter(f -> telling(f, material))
              .map(
                  f ->
                      new UnitSection.FindingLine(
                          f.kind(), words.findingKind(f.kind()), texts.text(key, f)))
              .toList();
      if (!telling.isEmpty()) {
        int n = Math.min(DIGEST_LINES, telling.size());
        out.add(new Pages.FindingDigest(u.unit(), telling.subList(0, n), all.size() - n));
      }
    }
    return out;
  }

  static boolean telling(FindingRecord f, double material) {
    if (!FindingKinds.FALL.equals(f.kind()) || f.metric() == null) {
      return true;
    }
    double points =
        "COMPOSITE".equals(f.subjectCode()) ? Math.abs(f.metric()) : Math.abs(f.metric()) * 100;
    return points > material + 1e-9; // 0.05 * 100 is 5.000000000000001 in binary
  }

  private void page(Templates templates, String file, String template, Object model)
      throws IOException {
    Path target = out.resolve(file);
    if (!target.normalize().getParent().equals(out.normalize())) {
      throw new IllegalStateException("Page " + file + " would leave " + out);
    }
    Files.writeString(target, templates.render(template, model), StandardCharsets.UTF_8);
    written.add(target);
  }

  private ReportMeta meta(Messages msg, Formats fmt, Vocabulary words) {
    Period p = data.current().period();
    Manifest m = data.current().manifest();
    String range =
        msg.format("meta.periodRange", fmt.date(p.start()), fmt.date(p.end().minusDays(1)));
    int draws = (int) m.numericParameter("uncertainty.draws");
    long seed = (long) m.numericParameter("uncertainty.seed");
    return new ReportMeta(
        locale.toLanguageTag(),
        msg.format("report.title", p.label()),
        p.label(),
        range,
        data.previous().map(s -> s.period().label()).orElse(""),
        fmt.dateTime(m.finished()),
        m.zone().getId(),
        m.engineVersion(),
        UncertaintyText.of(locale.toLanguageTag(), draws, seed),
        m.members().stream().map(id -> new Term(id, words.indicator(id))).toList());
  }
}
