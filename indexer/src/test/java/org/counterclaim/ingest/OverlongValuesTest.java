package org.counterclaim.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.counterclaim.index.LuceneDocumentSink;
import org.counterclaim.lexicon.OrganisationAliases;
import org.counterclaim.model.AnalysedDocument;
import org.counterclaim.model.SourceDocument;
import org.counterclaim.testing.hostile.OverlongValues;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One overlong name or metadata value is cut to a safe length with a warning; the file and its siblings are indexed
 * (Lucene refuses a term over 32,766 bytes, and used to fail the whole file with it).
 */
class OverlongValuesTest {

  @TempDir
  static Path work;
  private static Ingester ingester;

  @BeforeAll
  static void open() {
    ingester = new Ingester(IngestLimits.DEFAULT, OrganisationAliases.builtIn());
  }

  @AfterAll
  static void close() {
    ingester.close();
  }

  /** Ingests a file and writes its documents to an index (analysis left out: it is not what is tested). */
  private static IngestResult.Ingested ingestAndIndex(Path file) throws IOException {
    IngestResult.Ingested ingested = assertInstanceOf(IngestResult.Ingested.class,
        ingester.ingest(new FoundFile(file, file.getFileName().toString()), ContentHash.sha256(file)));
    List<AnalysedDocument> analysed = new ArrayList<>();
    for (SourceDocument d : ingested.documents()) {
      analysed.add(new AnalysedDocument(d, d.date(), List.of(), List.of(), List.of(), List.of()));
    }
    try (LuceneDocumentSink sink = LuceneDocumentSink.open(work.resolve("index-" + file.getFileName()))) {
      sink.put(file.toString(), analysed);
      sink.commit();
      assertEquals(1, sink.catalog().size()); // the file, whose documents are one block
    }
    return ingested;
  }

  @Test
  void an_entry_name_of_40000_bytes_is_cut_and_the_archive_indexed_whole() throws IOException {
    Path zip = Files.write(work.resolve("long-entry-name.zip"), OverlongValues.zipWithLongEntryName());
    IngestResult.Ingested ingested = ingestAndIndex(zip);
    List<String> paths = ingested.documents().stream().map(SourceDocument::path).toList();
    String cut = "long-entry-name.zip!/" + "n".repeat(1000 - 2) + "…";
    assertEquals(List.of("long-entry-name.zip", "long-entry-name.zip!/first.txt", cut,
        "long-entry-name.zip!/last.txt"), paths);
    String label = "embedded /" + "n".repeat(298) + "…: ";
    assertEquals(List.of(label + "name cut to 1000 of 40001 characters",
        label + "metadata 'file_name' cut (at most 20 values of 1000 characters each)"), ingested.warnings());
  }

  @Test
  void a_publisher_of_9000_characters_is_cut() throws IOException {
    Path html = Files.writeString(work.resolve("long-publisher.html"), OverlongValues.htmlWithLongPublisher());
    IngestResult.Ingested ingested = ingestAndIndex(html);
    assertEquals("P".repeat(200 - 1) + "…", ingested.documents().get(0).publisher());
    assertEquals(List.of("publisher cut to 200 of 9000 characters"), ingested.warnings());
  }

  @Test
  void a_sender_of_9000_characters_is_cut_in_the_publisher_and_the_metadata() throws IOException {
    Path mail = Files.writeString(work.resolve("long-sender.eml"), OverlongValues.mailWithLongSender());
    IngestResult.Ingested ingested = ingestAndIndex(mail);
    SourceDocument doc = ingested.documents().get(0);
    assertEquals(200, doc.publisher().length());
    assertEquals(1000, doc.metadata().get("from").get(0).length());
    assertEquals(List.of("publisher cut to 200 of 9000 characters",
        "metadata 'author' cut (at most 20 values of 1000 characters each)",
        "metadata 'from' cut (at most 20 values of 1000 characters each)"), ingested.warnings());
  }
}
