package org.counterclaim.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.counterclaim.model.AnalysedDocument;
import org.counterclaim.model.DocumentType;
import org.counterclaim.model.SourceDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file's documents go into the index as one block: all of them or none, replacing the last parse whole. */
class LuceneDocumentSinkTest {

  private static final String ROOT = "0123456789abcdef";
  private static final String FILE = "/data/letter.eml";

  @TempDir
  Path index;

  private static AnalysedDocument document(String id, String rootId, String parentId, String path) {
    SourceDocument source = new SourceDocument(id, rootId, parentId, path, "x", "text/plain", "Plain text",
        "A title", null, null, DocumentType.LETTER, "en", "Forty civilians were killed in Raqqa.", false, 38, Map.of());
    return new AnalysedDocument(source, null, List.of(), List.of(), List.of(), List.of());
  }

  private static AnalysedDocument root() {
    return document(ROOT, ROOT, null, FILE);
  }

  private static AnalysedDocument attachment(String id, String name) {
    return document(id, ROOT, ROOT, FILE + "!/" + name);
  }

  private IndexSnapshot committed() throws IOException {
    try (Directory dir = FSDirectory.open(index)) {
      return IndexSnapshot.of(dir);
    }
  }

  @Test
  void a_file_and_its_attachments_are_committed_together() throws IOException {
    try (LuceneDocumentSink sink = LuceneDocumentSink.open(index)) {
      sink.put(FILE, List.of(root(), attachment("1111111111111111", "a.txt"), attachment("2222222222222222", "b.pdf")));
      sink.commit();
    }
    assertEquals(Map.of(FILE, 1, FILE + "!/a.txt", 1, FILE + "!/b.pdf", 1), committed().paths());
  }

  @Test
  void a_new_parse_replaces_every_document_of_the_old_one() throws IOException {
    try (LuceneDocumentSink sink = LuceneDocumentSink.open(index)) {
      sink.put(FILE, List.of(root(), attachment("1111111111111111", "a.txt"), attachment("2222222222222222", "b.pdf")));
      sink.put(FILE, List.of(root(), attachment("1111111111111111", "a.txt")));
      sink.commit();
    }
    assertEquals(Map.of(FILE, 1, FILE + "!/a.txt", 1), committed().paths());
  }

  @Test
  void a_file_with_one_attachment_lucene_refuses_leaves_none_of_its_documents() throws IOException {
    // A keyword longer than Lucene's 32,766-byte term limit (a hostile archive's entry name) fails its document.
    String hugeName = "x".repeat(40_000);
    try (LuceneDocumentSink sink = LuceneDocumentSink.open(index)) {
      IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
          () -> sink.put(FILE, List.of(root(), attachment("1111111111111111", "a.txt"),
              attachment("2222222222222222", hugeName))));
      assertTrue(refused.getMessage().contains("immense term"), refused.getMessage());
      sink.commit();
      assertEquals(0, sink.documentCount());
    }
    assertEquals(0, committed().documents());
    assertEquals(Map.of(), committed().paths());
  }

  @Test
  void documents_of_two_files_in_one_put_are_refused() throws IOException {
    try (LuceneDocumentSink sink = LuceneDocumentSink.open(index)) {
      assertThrows(IllegalArgumentException.class, () -> sink.put(FILE,
          List.of(root(), document("fedcba9876543210", "fedcba9876543210", null, "/data/other.txt"))));
      assertEquals(0, sink.documentCount());
    }
  }
}
