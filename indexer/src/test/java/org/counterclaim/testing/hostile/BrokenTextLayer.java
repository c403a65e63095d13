package org.counterclaim.testing.hostile;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Random;
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
   * Three pages, each with Helvetica as a resource and a content stream of seeded garbage marked as Flate, without
   * the zlib header (so that no garbage decodes into operators).
   */
  public static byte[] pdf(long seed) throws IOException {
    Random random = new Random(seed);
    try (PDDocument doc = new PDDocument(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
      for (int page = 0; page < 3; page++) {
        PDPage p = new PDPage();
        PDResources resources = new PDResources();
        resources.put(COSName.getPDFName("F1"), new PDType1Font(Standard14Fonts.FontName.HELVETICA));
        p.setResources(resources);
        byte[] garbage = new byte[1_500];
        random.nextBytes(garbage);
        garbage[0] = 0; // no zlib header: the page's content cannot be inflated at all
        garbage[1] = 0;
        p.setContents(new PDStream(doc, new ByteArrayInputStream(garbage), COSName.FLATE_DECODE));
        doc.addPage(p);
      }
      doc.save(bytes);
      return bytes.toByteArray();
    }
  }
}
