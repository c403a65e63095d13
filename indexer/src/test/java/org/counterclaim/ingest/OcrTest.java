package org.counterclaim.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.counterclaim.lexicon.OrganisationAliases;
import org.counterclaim.model.SourceDocument;
import org.counterclaim.testing.Scans;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Scans and photographed pages read with Tesseract, and skipped with the reason where it is not installed. */
class OcrTest {

  private static Ingester withOcr;
  private static Ingester withoutOcr;

  @TempDir
  Path dir;

  @BeforeAll
  static void open() {
    withOcr = new Ingester(IngestLimits.DEFAULT, OrganisationAliases.builtIn());
    withoutOcr = new Ingester(IngestLimits.DEFAULT, OrganisationAliases.builtIn(),
        new TikaExtractor(IngestLimits.DEFAULT, new Ocr(false)));
  }

  @AfterAll
  static void close() {
    withOcr.close();
    withoutOcr.close();
  }

  private static IngestResult ingest(Ingester ingester, Path file) throws IOException {
    return ingester.ingest(new FoundFile(file, file.getFileName().toString()), ContentHash.sha256(file));
  }

  private static void assumeTesseract() {
    assumeTrue(Ocr.detect().available(), "tesseract-ocr with tesseract-ocr-eng is not installed");
  }

  private static SourceDocument read(Path file) throws IOException {
    IngestResult result = ingest(withOcr, file);
    return assertInstanceOf(IngestResult.Ingested.class, result, () -> file + ": " + result).documents().get(0);
  }

  @ParameterizedTest
  @ValueSource(strings = {"png", "jpeg", "tiff"})
  void a_photographed_page_is_read_with_ocr_and_says_so(String format) throws IOException {
    assumeTesseract();
    SourceDocument page = read(Scans.picture(dir.resolve("page." + format), format, Scans.PARAGRAPH));
    String text = page.text().replaceAll("\\s+", " ");
    assertTrue(text.contains("At least 47 civilians were killed"), text);
    assertTrue(text.contains("health ministry said"), text);
    assertEquals(List.of(Ocr.FROM_OCR), page.metadata().get(Ocr.TEXT_SOURCE));
  }

  @Test
  void a_pdf_without_a_text_layer_is_read_page_by_page_with_ocr() throws IOException {
    assumeTesseract();
    SourceDocument scan = read(Scans.pdf(dir.resolve("scan.pdf"), Scans.PARAGRAPH));
    String text = scan.text().replaceAll("\\s+", " ");
    assertTrue(text.contains("At least 47 civilians were killed"), text);
    assertEquals("PDF", scan.format());
    assertEquals(List.of(Ocr.FROM_OCR), scan.metadata().get(Ocr.TEXT_SOURCE));
  }

  @Test
  void a_pdf_with_a_text_layer_is_not_marked_as_ocr() throws IOException {
    assumeTesseract();
    SourceDocument pdf = read(org.counterclaim.testing.TestFiles.fixture("good/statement.pdf"));
    assertEquals(null, pdf.metadata().get(Ocr.TEXT_SOURCE));
  }

  @Test
  void without_tesseract_a_picture_is_skipped_with_the_reason() throws IOException {
    IngestResult result = ingest(withoutOcr, Scans.picture(dir.resolve("page.png"), "png", Scans.PARAGRAPH));
    assertEquals(new IngestResult.Rejected(false, Ocr.NOT_AVAILABLE), result);
  }

  @Test
  void without_tesseract_a_scanned_pdf_is_skipped_with_the_reason() throws IOException {
    IngestResult result = ingest(withoutOcr, Scans.pdf(dir.resolve("scan.pdf"), Scans.PARAGRAPH));
    assertEquals(new IngestResult.Rejected(false, Ocr.NOT_AVAILABLE), result);
  }
}
