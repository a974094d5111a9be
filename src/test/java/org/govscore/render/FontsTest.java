package org.govscore.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.nio.file.Files;
import java.nio.file.Path;
import org.govscore.render.fonts.CjkFonts;
import org.govscore.render.fonts.PdfFontFile;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The machine's CJK fonts are found, display Chinese, and the PDF gets one with TrueType outlines.
 */
class FontsTest {
  @Test
  void chartFontDisplaysChineseInEveryStyle() {
    CjkFonts fonts = CjkFonts.locate();
    for (int style : new int[] {Font.PLAIN, Font.BOLD}) {
      Font f = fonts.chart(style, 12f);
      assertEquals(-1, f.canDisplayUpTo(CjkFonts.SAMPLE + "部门排名"), f.getFontName());
    }
    assertTrue(!fonts.chartFamily().isBlank());
  }

  @Test
  void pdfFontIsAnEmbeddableTrueTypeFace() throws Exception {
    PdfFontFile pdf = CjkFonts.locate().pdfFont();
    assertTrue(Files.isRegularFile(pdf.file()), pdf.file().toString());
    try (PdfFontFile.OpenFace face = pdf.open()) {
      assertNotNull(face.font());
      assertTrue(face.font().getUnicodeCmapLookup().getGlyphId("部".codePointAt(0)) > 0);
    }
  }

  @Test
  void cffCollectionsAreNotOfferedToThePdf() throws Exception {
    Path noto = Path.of("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc");
    Assumptions.assumeTrue(Files.isRegularFile(noto), "Noto Sans CJK is not installed");
    // PDFBox cannot embed CFF outlines; choosing this file would fail at PDF time.
    var method = PdfFontFile.class.getDeclaredMethod("embeddableFace", Path.class);
    method.setAccessible(true);
    assertNull(method.invoke(null, noto));
  }
}
