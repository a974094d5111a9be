package org.govscore.render.fonts;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.govscore.base.GovscoreException;

/**
 * The fonts that show Chinese: one for charts (Java 2D) and one font file for the PDF. Found once
 * per JVM; when none is installed the report fails with the Debian package to install, because
 * rendering boxes instead of characters would be silently wrong.
 */
public final class CjkFonts {
  /** A sample every chosen font must display completely. */
  public static final String SAMPLE = "部门排名服务纳入率资源共享率业务协同率标准规范率非常高无数据";

  /** System property naming a font file to use first (for machines with fonts in odd places). */
  public static final String FONT_FILE_PROPERTY = "govscore.cjk.font";

  /**
   * Families preferred for charts, best first; any other family that displays the sample also does.
   */
  static final List<String> CHART_FAMILIES =
      List.of(
          "Noto Sans CJK SC",
          "Noto Sans SC",
          "Source Han Sans SC",
          "Source Han Sans CN",
          "WenQuanYi Micro Hei",
          "WenQuanYi Zen Hei",
          "AR PL UMing CN",
          "AR PL UKai CN",
          "Droid Sans Fallback");

  static final String INSTALL_HINT =
      "install a CJK font: on Debian/Ubuntu 'apt-get install fonts-wqy-microhei'"
          + " (jobs/govscore does this itself on first use when it runs as root), or set GOVSCORE_CJK_FONT (or -D"
          + FONT_FILE_PROPERTY
          + ") to a TrueType .ttf/.ttc font with Chinese glyphs";

  private static volatile CjkFonts located;

  private final Font chartBase;
  private final PdfFontFile pdfFont;

  private CjkFonts(Font chartBase, PdfFontFile pdfFont) {
    this.chartBase = chartBase;
    this.pdfFont = pdfFont;
  }

  /** The installed CJK fonts, or a GovscoreException naming the package to install. */
  public static CjkFonts locate() {
    CjkFonts f = located;
    if (f == null) {
      synchronized (CjkFonts.class) {
        if (located == null) {
          located = new CjkFonts(findChartFont(), PdfFontFile.find());
        }
        f = located;
      }
    }
    return f;
  }

  /** The chart font at a style and size. */
  public Font chart(int style, float size) {
    return chartBase.deriveFont(style, size);
  }

  /** The family name of the chart font, for logs and diagnostics. */
  public String chartFamily() {
    return chartBase.getFamily(Locale.ROOT);
  }

  /** The TrueType font the PDF embeds. */
  public PdfFontFile pdfFont() {
    return pdfFont;
  }

  /** True when {@code font} can display every character of {@code text}. */
  public static boolean displays(Font font, String text) {
    return font.canDisplayUpTo(text) == -1;
  }

  static Font findChartFont() {
    Optional<Font> fromProperty =
        Optional.ofNullable(System.getProperty(FONT_FILE_PROPERTY))
            .flatMap(
                p ->
                    FontFiles.awtFonts(Path.of(p)).stream()
                        .filter(f -> displays(f, SAMPLE))
                        .findFirst());
    if (fromProperty.isPresent()) {
      return fromProperty.get().deriveFont(Font.PLAIN, 12f);
    }
    String[] installed;
    try {
      installed =
          GraphicsEnvironment.getLocalGraphicsEnvironment()
              .getAvailableFontFamilyNames(Locale.ROOT);
    } catch (InternalError | RuntimeException e) {
      // Java 2D cannot start without any font at all ("Fontconfig head is null"): the same advice
      // applies.
      throw new GovscoreException(
          "No installed font can display Chinese (Java finds no fonts at all); " + INSTALL_HINT);
    }
    List<String> families = List.of(installed);
    for (String preferred : CHART_FAMILIES) {
      if (families.contains(preferred)) {
        Font f = new Font(preferred, Font.PLAIN, 12);
        if (displays(f, SAMPLE)) {
          return f;
        }
      }
    }
    for (String family : installed) {
      // Logical fonts (Dialog, SansSerif, ...) map to whatever fontconfig finds; naming a real font
      // is reproducible.
      if (!isLogical(family)) {
        Font f = new Font(family, Font.PLAIN, 12);
        if (displays(f, SAMPLE)) {
          return f;
        }
      }
    }
    // Fonts on disk that Java's font list does not show (no fontconfig entry).
    for (Path file : FontFiles.candidates()) {
      for (Font f : FontFiles.awtFonts(file)) {
        if (displays(f, SAMPLE)) {
          return f.deriveFont(Font.PLAIN, 12f);
        }
      }
    }
    throw new GovscoreException(
        "No installed font can display Chinese (charts would show boxes); " + INSTALL_HINT);
  }

  private static boolean isLogical(String family) {
    return List.of("Dialog", "DialogInput", "Monospaced", "Serif", "SansSerif").contains(family);
  }
}
