package org.counterclaim.ingest;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Optical character recognition of scans and photographed pages, through Tika's Tesseract parser and Debian's
 * {@code tesseract-ocr} with its English data ({@code tesseract-ocr-eng}). Pictures (PNG, JPEG, TIFF) are read
 * whole; a PDF page with (almost) no text of its own is rendered and read, page by page, all within the file's
 * parse timeout. Where Tesseract is not installed such files are skipped with {@link #NOT_AVAILABLE}.
 *
 * @param available whether Tesseract with English is installed (or, in tests, whether OCR is to be used)
 */
public record Ocr(boolean available) {

  /** The reason a scan or picture is skipped on a machine without Tesseract. */
  public static final String NOT_AVAILABLE = "OCR not available: install tesseract-ocr";
  /** The metadata key (shown by the API) that says the text came from OCR, and its value. */
  public static final String TEXT_SOURCE = "text_source";
  public static final String FROM_OCR = "OCR (Tesseract)";

  private static final Logger LOG = LoggerFactory.getLogger(Ocr.class);
  private static final String LANGUAGE = "eng";
  /** Tika's name for the PDF pages it sent to OCR. */
  private static final String PDF_OCR_PAGES = "pdf:ocrPageCount";
  private static final String PARSED_BY = "X-TIKA:Parsed-By-Full-Set";

  /** Looks for {@code tesseract} on the PATH with English installed; logs once what it found. */
  public static Ocr detect() {
    boolean found = tesseractWithEnglish();
    if (!found) {
      LOG.info("Tesseract with English not found: scans and pictures will be skipped ({})", NOT_AVAILABLE);
    }
    return new Ocr(found);
  }

  private static boolean tesseractWithEnglish() {
    try {
      Process p = new ProcessBuilder("tesseract", "--list-langs").redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      if (!p.waitFor(10, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        return false;
      }
      return p.exitValue() == 0 && out.lines().map(String::strip).anyMatch(LANGUAGE::equals);
    } catch (IOException e) {
      LOG.debug("tesseract could not be run: {}", e.toString());
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** Puts the OCR settings for one parse into its context: on or off, English, bounded by the parse timeout. */
  void configure(ParseContext context, Duration timeout) {
    TesseractOCRConfig tesseract = new TesseractOCRConfig();
    tesseract.setSkipOcr(!available);
    tesseract.setLanguage(LANGUAGE);
    tesseract.setTimeoutSeconds((int) Math.max(1, Math.min(Integer.MAX_VALUE, timeout.toSeconds())));
    context.set(TesseractOCRConfig.class, tesseract);
    PDFParserConfig pdf = new PDFParserConfig();
    pdf.setOcrStrategy(available ? PDFParserConfig.OCR_STRATEGY.AUTO : PDFParserConfig.OCR_STRATEGY.NO_OCR);
    context.set(PDFParserConfig.class, pdf);
  }

  /** Whether the text of this part came from OCR: a picture Tesseract read, or a PDF with pages it read. */
  static boolean usedOn(Metadata m) {
    String pages = m.get(PDF_OCR_PAGES);
    if (pages != null && !pages.isBlank() && !pages.strip().equals("0")) {
      return true;
    }
    String[] parsers = m.getValues(PARSED_BY);
    return parsers != null && List.of(parsers).stream().anyMatch(p -> p.endsWith("TesseractOCRParser"));
  }
}
