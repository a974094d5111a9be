package org.govscore.render.fonts;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.fontbox.ttf.OpenTypeFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.govscore.base.GovscoreException;

/**
 * A font the PDF can embed: a file and the name of a face in it. PDFBox embeds only TrueType
 * outlines, so CFF-based OpenType fonts (Noto Sans CJK's .ttc on Debian) are passed over for
 * WenQuanYi Micro Hei (fonts-wqy-microhei) or another TrueType CJK font.
 */
public record PdfFontFile(Path file, String faceName) {
  static final String INSTALL_HINT =
      "install a TrueType CJK font for the PDF: on Debian/Ubuntu "
          + "'apt-get install fonts-wqy-microhei' (or set -D"
          + CjkFonts.FONT_FILE_PROPERTY
          + "=FILE to a .ttf/.ttc "
          + "font with TrueType outlines and Chinese glyphs)";

  static PdfFontFile find() {
    for (Path file : FontFiles.candidates()) {
      String face = embeddableFace(file);
      if (face != null) {
        return new PdfFontFile(file, face);
      }
    }
    throw new GovscoreException("No font for Chinese text in the PDF; " + INSTALL_HINT);
  }

  /**
   * The first face of the file that has TrueType outlines and every glyph of the sample, or null.
   */
  static String embeddableFace(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    try {
      if (name.endsWith(".ttc") || name.endsWith(".otc")) {
        AtomicReference<String> found = new AtomicReference<>();
        try (TrueTypeCollection collection = new TrueTypeCollection(file.toFile())) {
          collection.processAllFonts(
              font -> {
                if (found.get() == null && usable(font)) {
                  found.set(font.getName());
                }
              });
        }
        return found.get();
      }
      try (TrueTypeFont font =
          new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()))) {
        return usable(font) ? font.getName() : null;
      }
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  private static boolean usable(TrueTypeFont font) throws IOException {
    if (font instanceof OpenTypeFont otf && otf.isPostScript()) {
      return false;
    }
    var cmap = font.getUnicodeCmapLookup(false);
    if (cmap == null) {
      return false;
    }
    return CjkFonts.SAMPLE.codePoints().allMatch(cp -> cmap.getGlyphId(cp) > 0);
  }

  /** Opens the face for embedding; the caller closes the returned handle after the PDF is saved. */
  public OpenFace open() throws IOException {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".ttc") || name.endsWith(".otc")) {
      TrueTypeCollection collection = new TrueTypeCollection(file.toFile());
      TrueTypeFont font = collection.getFontByName(faceName);
      if (font == null) {
        collection.close();
        throw new IOException("Font " + faceName + " is no longer in " + file);
      }
      return new OpenFace(font, collection);
    }
    TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()));
    return new OpenFace(font, font);
  }

  /** A parsed face and what must stay open until the PDF is written. */
  public record OpenFace(TrueTypeFont font, Closeable owner) implements Closeable {
    @Override
    public void close() throws IOException {
      owner.close();
    }
  }
}
