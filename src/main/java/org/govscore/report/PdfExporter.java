package org.govscore.report;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.govscore.render.fonts.PdfFontFile;

/**
 * The whole report as one PDF, from the print template's XHTML, with the CJK font embedded (a
 * subset) so Chinese shows on any reader. Only files under the report's folder may be loaded:
 * the PDF never reaches the network.
 */
final class PdfExporter {
  /** The family name the print stylesheet asks for. */
  static final String FONT_FAMILY = "govscore-cjk";

  static {
    // The renderer's own logging would reach the terminal; its diagnostics are collected instead.
    com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
  }

  private PdfExporter() {}

  /**
   * Writes {@code pdf} and returns the renderer's warnings (an image it could not load, a style it
   * did not understand), for the progress log.
   */
  static List<String> write(String xhtml, Path baseDir, Path pdf, PdfFontFile fontFile) throws IOException {
    List<String> problems = new ArrayList<>();
    Path tmp = pdf.resolveSibling(pdf.getFileName() + ".tmp");
    String base = baseDir.toAbsolutePath().toUri().toString();
    try (PdfFontFile.OpenFace face = fontFile.open();
        PDDocument doc = new PDDocument();
        OutputStream os = Files.newOutputStream(tmp)) {
      PDType0Font font = PDType0Font.load(doc, face.font(), true);
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.useFastMode();
      builder.usePDDocument(doc);
      // One face for every weight: a missing bold must not fall back to a font without Chinese.
      for (int weight : new int[] {400, 700}) {
        builder.useFont(new PDFontSupplier(font), FONT_FAMILY, weight, FontStyle.NORMAL, true);
        builder.useFont(new PDFontSupplier(font), FONT_FAMILY, weight, FontStyle.ITALIC, true);
      }
      Path root = baseDir.toAbsolutePath().normalize();
      builder.useExternalResourceAccessControl((uri, type) -> insideOf(root, uri),
          com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
      builder.withDiagnosticConsumer(d -> {
        if (d.getLevel().intValue() >= java.util.logging.Level.WARNING.intValue()) {
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
      return "file".equals(u.getScheme()) && Path.of(u).toAbsolutePath().normalize().startsWith(root);
    } catch (RuntimeException e) {
      return false;
    }
  }
}
