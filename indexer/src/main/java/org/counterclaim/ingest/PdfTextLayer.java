package org.counterclaim.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether a PDF that gave no text has a text layer: its pages name fonts. A scan has pictures and no fonts, and
 * needs OCR; a PDF with fonts and no text has damaged content, and OCR would not help. Looked at only for a PDF
 * without text, inside the parse's time limit.
 *
 * @param pages          pages looked at (at most {@link #MAX_PAGES})
 * @param pagesWithFonts of those, the pages whose resources name a font
 */
record PdfTextLayer(int pages, int pagesWithFonts) {

  /** Metadata keys the parse records them under, for the ingester. */
  static final String PAGES = "counterclaim:pdf-pages";
  static final String PAGES_WITH_FONTS = "counterclaim:pdf-pages-with-fonts";
  private static final int MAX_PAGES = 100;
  private static final Logger LOG = LoggerFactory.getLogger(PdfTextLayer.class);

  /** The PDF's pages and fonts, or nothing when PDFBox cannot open it. */
  static Optional<PdfTextLayer> of(Path file) {
    try (PDDocument doc = Loader.loadPDF(file.toFile())) {
      int pages = 0;
      int withFonts = 0;
      for (PDPage page : doc.getPages()) {
        if (pages++ == MAX_PAGES) {
          pages--;
          break;
        }
        PDResources resources = page.getResources();
        if (resources != null && resources.getFontNames().iterator().hasNext()) {
          withFonts++;
        }
      }
      return Optional.of(new PdfTextLayer(pages, withFonts));
    } catch (IOException | RuntimeException e) {
      LOG.debug("cannot look for fonts in {}: {}", file, e.toString());
      return Optional.empty();
    }
  }

  /** True when some page has a font: text was there to read. */
  boolean hasText() {
    return pagesWithFonts > 0;
  }
}
