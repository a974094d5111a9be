package org.govscore.report;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.govscore.render.fonts.PdfFontFile;

/**
 * The whole report as one PDF, from the print template's XHTML, with the CJK font embedded (a
 * subset) so Chinese shows on any reader. Only files under the report's folder may be loaded: the
 * PDF never reaches the network.
 */
final class PdfExporter {
  /** The family name the print stylesheet asks for. */
  static final String FONT_FAMILY = "govscore-cjk";

  /**
   * The family the print stylesheet asks for in headings and other bold text. The TrueType CJK
   * fonts Debian ships (WenQuanYi) have no bold face and PDFBox cannot embed Noto's CFF bold, so
   * Latin letters and figures come from a bold TrueType face and Chinese falls back to the CJK
   * face.
   */
  static final String BOLD_FAMILY = "govscore-bold";

  /** Bold TrueType faces with Latin letters and figures, best first. */
  static final List<Path> BOLD_FACES =
      List.of(
          Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"), // fonts-dejavu-core
          Path.of(
              "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf"), // fonts-liberation
          Path.of("/usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf"),
          Path.of("/usr/share/fonts/truetype/noto/NotoSans-Bold.ttf"));

  static {
    // The renderer's own logging would reach the terminal; its diagnostics are collected instead.
    XRLog.setLoggingEnabled(false);
  }

  private PdfExporter() {}

  /**
   * Writes {@code pdf} and returns the renderer's warnings (an image it could not load, a style it
   * did not understand), for the progress log.
   */
  static List<String> write(String xhtml, Path baseDir, Path pdf, PdfFontFile fontFile)
      throws IOException {
    List<String> problems = new ArrayList<>();
    Path tmp = pdf.resolveSibling(pdf.getFileName() + ".tmp");
    String base = baseDir.toAbsolutePath().toUri().toString();
    try (PdfFontFile.OpenFace face = fontFile.open();
        PDDocument doc = new PDDocument();
        OutputStream os = Files.newOutputStream(tmp)) {
      PDType0Font font = PDType0Font.load(doc, face.font(), true);
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.useFastMode();
      // Tagged PDF (PDF/UA): headings, tables, lists and figures with their alt text reach screen
      // readers.
      builder.usePdfUaAccessibility(true);
      builder.usePDDocument(doc);
      // The CJK face is registered at normal weight only: bold text then resolves to it (never to
      // a font without Chinese) and, because it asked for more weight than the face has, the
      // renderer draws it filled and stroked, a synthetic bold for Chinese, which has no bold face.
      builder.useFont(new PDFontSupplier(font), FONT_FAMILY, 400, FontStyle.NORMAL, true);
      builder.useFont(new PDFontSupplier(font), FONT_FAMILY, 400, FontStyle.ITALIC, true);
      for (Path bold : BOLD_FACES) {
        if (Files.isRegularFile(bold)) {
          builder.useFont(bold.toFile(), BOLD_FAMILY, 700, FontStyle.NORMAL, true);
          builder.useFont(bold.toFile(), BOLD_FAMILY, 400, FontStyle.NORMAL, true);
          break;
        }
      }
      Path root = baseDir.toAbsolutePath().normalize();
      builder.useExternalResourceAccessControl(
          (uri, type) -> insideOf(root, uri),
          ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
      builder.withDiagnosticConsumer(
          d -> {
            if (d.getLevel().intValue() >= Level.WARNING.intValue()) {
              problems.add(d.getFormattedMessage());
            }
          });
      builder.withHtmlContent(xhtml, base);
      builder.withProducer("govscore");
      builder.toStream(os);
      builder.run();
    }
    Files.move(tmp, pdf, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    return problems;
  }

  /** Only local files under the report's folder: no network, nothing elsewhere on disk. */
  static boolean insideOf(Path root, String uri) {
    try {
      URI u = URI.create(uri);
      return "file".equals(u.getScheme())
          && Path.of(u).toAbsolutePath().normalize().startsWith(root);
    } catch (RuntimeException e) {
      return false;
    }
  }
}
