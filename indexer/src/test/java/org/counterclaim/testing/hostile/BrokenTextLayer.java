package org.counterclaim.testing.hostile;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * A PDF that has a text layer (a font on every page) whose compressed page content is damaged: no text comes out,
 * yet it is no scan, and telling the user it needs OCR would send them the wrong way.
 */
public final class BrokenTextLayer {

  private BrokenTextLayer() {}

  static void write(CorpusWriter out, long seed) throws IOException {
    out.family("damaged");
    out.write("text-layer-garbled.pdf", pdf(seed));
  }

  /**
   * Three pages, each with Helvetica as a resource and a Flate content stream that cannot be inflated: a zlib header,
   * then bytes no inflater reads (so no garbage decodes into operators). The seed is kept for the corpus's calls.
   */
  public static byte[] pdf(long seed) throws IOException {
    try (PDDocument doc = new PDDocument(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
      for (int page = 0; page < 3; page++) {
        PDPage p = new PDPage();
        PDResources resources = new PDResources();
        resources.put(COSName.getPDFName("F1"), new PDType1Font(Standard14Fonts.FontName.HELVETICA));
        p.setResources(resources);
        byte[] damaged = new byte[1_500]; // a zlib header, then a block of a type that does not exist
        java.util.Arrays.fill(damaged, (byte) 0xff);
        damaged[0] = 0x78;
        damaged[1] = (byte) 0x9c;
        p.setContents(new PDStream(doc, new ByteArrayInputStream(damaged), COSName.FLATE_DECODE));
        doc.addPage(p);
      }
      doc.save(bytes);
      return bytes.toByteArray();
    }
  }
}
