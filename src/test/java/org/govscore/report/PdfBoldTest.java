package org.govscore.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.govscore.render.fonts.CjkFonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Chinese has no bold TrueType face here, so bold Chinese text is drawn filled and stroked (text
 * rendering mode 2); regular text is only filled. Without this, headings in Chinese print in the
 * same weight as body text.
 */
class PdfBoldTest {
  @TempDir Path dir;

  private List<Integer> renderingModes(String body) throws Exception {
    String xhtml =
        "<html><head><style>* { font-family: 'govscore-cjk'; } b { font-family: 'govscore-bold',"
            + " 'govscore-cjk'; font-weight: bold; }</style></head><body>"
            + body
            + "</body></html>";
    Path pdf = dir.resolve("t.pdf");
    PdfExporter.write(xhtml, dir, pdf, CjkFonts.locate().pdfFont());
    List<Integer> modes = new ArrayList<>();
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      PDFStreamParser parser = new PDFStreamParser(doc.getPage(0));
      Object previous = null;
      for (Object token = parser.parseNextToken(); token != null; token = parser.parseNextToken()) {
        if (token instanceof Operator op
            && "Tr".equals(op.getName())
            && previous instanceof COSNumber n) {
          modes.add(n.intValue());
        }
        previous = token;
      }
    }
    return modes;
  }

  @Test
  void boldChineseIsStroked() throws Exception {
    assertEquals(true, renderingModes("<p><b>部门排名</b></p>").contains(2));
  }

  @Test
  void regularChineseIsOnlyFilled() throws Exception {
    assertEquals(false, renderingModes("<p>部门排名</p>").contains(2));
  }
}
