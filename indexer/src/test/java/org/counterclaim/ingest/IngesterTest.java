package org.counterclaim.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.counterclaim.lexicon.OrganisationAliases;
import org.counterclaim.model.DocumentType;
import org.counterclaim.model.SourceDocument;
import org.counterclaim.testing.TestFiles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ingest on real files of every supported format, broken files, and the limits. */
class IngesterTest {

  private static Ingester ingester;

  @BeforeAll
  static void open() {
    ingester = new Ingester(IngestLimits.DEFAULT, OrganisationAliases.builtIn());
  }

  @AfterAll
  static void close() {
    ingester.close();
  }

  private static IngestResult ingest(Path file) throws IOException {
    return ingester.ingest(new FoundFile(file, file.getFileName().toString()), ContentHash.sha256(file));
  }

  private static List<SourceDocument> documents(String fixture) throws IOException {
    IngestResult result = ingest(TestFiles.fixture(fixture));
    return assertInstanceOf(IngestResult.Ingested.class, result, () -> fixture + ": " + result).documents();
  }

  private static String reason(String fixture) throws IOException {
    return assertInstanceOf(IngestResult.Rejected.class, ingest(TestFiles.fixture(fixture))).reason();
  }

  @Test
  void pdf_gives_text_and_metadata_title_date_and_publisher() throws IOException {
    SourceDocument pdf = documents("good/statement.pdf").get(0);
    assertEquals("Syria: Flaws in the US-led Coalition's reporting on civilian casualties in Raqqa", pdf.title());
    assertEquals("2018-07-17", pdf.date());
    assertEquals("Amnesty International", pdf.publisher());
    assertEquals("PDF", pdf.format());
    assertEquals("application/pdf", pdf.contentType());
    assertEquals(DocumentType.PRESS_STATEMENT, pdf.type());
    assertEquals("en", pdf.language());
    assertTrue(pdf.text().contains("Raqqa"));
    assertEquals(List.of("3"), pdf.metadata().get("pages"));
  }

  @Test
  void docx_gives_title_from_core_properties_and_date_from_creation() throws IOException {
    SourceDocument docx = documents("good/article.docx").get(0);
    assertEquals("Amnesty: Anti-IS Coalition Strikes Killed 1,600 Civilians in Syria\u2019s Raqqa", docx.title());
    assertEquals("2017-11-16", docx.date());
    assertEquals("Voice of America", docx.publisher());
    assertEquals("DOCX", docx.format());
    assertEquals(DocumentType.NEWS_ARTICLE, docx.type());
  }

  @Test
  void html_drops_scripts_and_takes_site_name_and_dotted_date() throws IOException {
    SourceDocument html = documents("good/article.html").get(0);
    assertEquals("Amnesty: US-led coalition in denial over civilian deaths in Raqqa", html.title());
    assertEquals("2018-07-18", html.date());
    assertEquals("Al Jazeera", html.publisher());
    assertEquals("HTML", html.format());
    assertFalse(html.text().contains("alert("), "script text must not reach the index");
  }

  @Test
  void email_attachments_become_documents_of_their_own_tied_to_the_message() throws IOException {
    List<SourceDocument> docs = documents("good/letter.eml");
    assertEquals(3, docs.size());
    SourceDocument mail = docs.get(0);
    assertEquals(DocumentType.EMAIL, mail.type());
    assertEquals("Raqqa: response to the Coalition", mail.title());
    assertEquals("2019-01-17", mail.date());
    assertEquals("Lynn Maalouf", mail.publisher());
    assertEquals(List.of("Lynn Maalouf <press@amnesty.example>"), mail.metadata().get("from"));
    assertEquals(List.of("letter.eml!/findings.txt", "letter.eml!/statement.pdf"),
        docs.subList(1, 3).stream().map(SourceDocument::path).toList());
    for (SourceDocument attachment : docs.subList(1, 3)) {
      assertEquals(mail.id(), attachment.parentId());
      assertEquals(mail.id(), attachment.rootId());
      assertTrue(attachment.text().contains("Raqqa"), attachment.path());
    }
  }

  @Test
  void zip_entries_become_documents_with_their_own_ids() throws IOException {
    List<SourceDocument> docs = documents("good/bundle.zip");
    assertEquals(3, docs.size());
    assertEquals("ZIP", docs.get(0).format());
    assertEquals(List.of("bundle.zip", "bundle.zip!/a/seed-000.txt", "bundle.zip!/b/seed-004.txt"),
        docs.stream().map(SourceDocument::path).toList());
    assertEquals("2019-01", docs.get(2).date());
    assertEquals(3, docs.stream().map(SourceDocument::id).distinct().count());
  }

  @Test
  void mailbox_messages_become_documents() throws IOException {
    List<SourceDocument> docs = documents("good/mailbox.mbox");
    assertEquals(List.of("Raqqa survivors still waiting", "Raqqa crowdsourcing project"),
        docs.subList(1, docs.size()).stream().map(SourceDocument::title).toList());
    assertEquals(List.of("2019-01-17", "2019-01-18"),
        docs.subList(1, docs.size()).stream().map(SourceDocument::date).toList());
  }

  @Test
  void rtf_and_odt_are_read() throws IOException {
    assertEquals("RTF", documents("good/report.rtf").get(0).format());
    assertEquals("ODT", documents("good/report.odt").get(0).format());
    assertTrue(documents("good/report.odt").get(0).text().contains("Raqqa"));
  }

  @Test
  void file_with_the_wrong_extension_is_read_by_its_content() throws IOException {
    SourceDocument doc = documents("good/wrong-extension.docx").get(0);
    assertEquals("PDF", doc.format());
    assertTrue(doc.text().contains("wrong extension"));
  }

  @Test
  void truncated_pdf_fails_with_the_parser_reason() throws IOException {
    assertEquals("TikaException (IOException): Page tree root must be a dictionary", reason("broken/truncated.pdf"));
  }

  @Test
  void encrypted_pdf_fails_as_password_protected() throws IOException {
    assertEquals("encrypted: the file is password-protected", reason("broken/encrypted.pdf"));
  }

  @Test
  void empty_file_fails_as_empty() throws IOException {
    assertEquals("empty file (0 bytes)", reason("broken/empty.txt"));
  }

  @Test
  void garbage_with_a_pdf_name_fails() throws IOException {
    assertEquals("TikaException (IOException): Missing root object specification in trailer.",
        reason("broken/garbage.pdf"));
  }

  @Test
  void pdf_with_a_damaged_text_layer_fails_and_is_not_sent_to_ocr(@TempDir Path dir) throws IOException {
    Path pdf = Files.write(dir.resolve("garbled.pdf"),
        org.counterclaim.testing.hostile.BrokenTextLayer.pdf(1L));
    IngestResult result = ingester.ingest(new FoundFile(pdf, "garbled.pdf"), ContentHash.sha256(pdf));
    assertEquals(new IngestResult.Rejected(true, "no text could be read from its text layer (PDF with fonts on 3"
        + " of 3 pages, damaged content); it is not a scan, OCR would not help"), result);
  }

  @Test
  void file_over_the_size_limit_is_skipped_unread(@TempDir Path dir) throws IOException {
    Path big = Files.writeString(dir.resolve("big.txt"), "Raqqa ".repeat(200_000));
    try (Ingester small = new Ingester(
        new IngestLimits(1024 * 1024, 1000, Duration.ofSeconds(30), 10, 2), OrganisationAliases.builtIn())) {
      IngestResult result = small.ingest(new FoundFile(big, "big.txt"), ContentHash.sha256(big));
      IngestResult.Rejected rejected = assertInstanceOf(IngestResult.Rejected.class, result);
      assertFalse(rejected.failure());
      assertEquals("file is 1.2 MB, over the 1.0 MB limit", rejected.reason());
    }
  }

  @Test
  void text_over_the_limit_is_cut_and_reported(@TempDir Path dir) throws IOException {
    Path longText = Files.writeString(dir.resolve("long.txt"), "Raqqa civilians. ".repeat(1000));
    try (Ingester small = new Ingester(
        new IngestLimits(1024 * 1024, 1000, Duration.ofSeconds(30), 10, 2), OrganisationAliases.builtIn())) {
      IngestResult.Ingested result = assertInstanceOf(IngestResult.Ingested.class,
          small.ingest(new FoundFile(longText, "long.txt"), ContentHash.sha256(longText)));
      SourceDocument doc = result.documents().get(0);
      assertTrue(doc.truncated());
      assertTrue(doc.text().length() <= 1000, "length " + doc.text().length());
      assertEquals(List.of("text cut at 1000 characters"), result.warnings());
    }
  }

  @Test
  void text_over_the_analysis_limit_is_kept_whole_and_the_limit_reported(@TempDir Path dir) throws IOException {
    Path longText = Files.writeString(dir.resolve("long.txt"), "Raqqa civilians. ".repeat(1000));
    try (Ingester capped = new Ingester(IngestLimits.DEFAULT.withMaxAnalysedChars(5000), OrganisationAliases.builtIn())) {
      IngestResult.Ingested result = assertInstanceOf(IngestResult.Ingested.class,
          capped.ingest(new FoundFile(longText, "long.txt"), ContentHash.sha256(longText)));
      assertEquals(16_999, result.documents().get(0).text().length());
      assertEquals(List.of("entities and figures looked for in the first 5000 of 16999 characters only; all of the"
          + " text is searchable"), result.warnings());
    }
  }

  @Test
  void parse_that_outlasts_the_timeout_fails_and_the_ingester_goes_on(@TempDir Path dir) throws IOException {
    Path slow = Files.writeString(dir.resolve("slow.txt"), "Raqqa civilians were killed. ".repeat(400_000));
    try (Ingester impatient = new Ingester(
        new IngestLimits(512L * 1024 * 1024, 20_000_000, Duration.ofMillis(1), 10, 2), OrganisationAliases.builtIn())) {
      IngestResult result = impatient.ingest(new FoundFile(slow, "slow.txt"), ContentHash.sha256(slow));
      assertEquals(new IngestResult.Rejected(true, "parse timed out after 0 s"), result);
    }
    assertInstanceOf(IngestResult.Ingested.class, ingest(TestFiles.fixture("good/article.html")));
  }

  @Test
  void same_content_gets_the_same_id_wherever_it_lies(@TempDir Path dir) throws IOException {
    Path a = Files.copy(TestFiles.fixture("good/article.html"), dir.resolve("a.html"));
    Path b = Files.copy(TestFiles.fixture("good/article.html"), dir.resolve("b.html"));
    assertEquals(ContentHash.idOf(ContentHash.sha256(a)), ContentHash.idOf(ContentHash.sha256(b)));
    assertEquals(documents("good/article.html").get(0).id(), ContentHash.idOf(ContentHash.sha256(a)));
  }
}
