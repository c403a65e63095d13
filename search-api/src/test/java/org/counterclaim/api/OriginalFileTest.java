package org.counterclaim.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.counterclaim.index.LuceneDocumentSink;
import org.counterclaim.ingest.ContentHash;
import org.counterclaim.model.AnalysedDocument;
import org.counterclaim.model.DocumentType;
import org.counterclaim.model.SourceDocument;
import org.counterclaim.search.LuceneSearchService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code /api/documents/{id}/file}: the original file, always a download, only while it is what was indexed. */
class OriginalFileTest {

  private static final String HTML = "<html><body><script>alert('x')</script>Raqqa: 12 killed</body></html>";
  private static final String ROOT = "0000000000000aa1";
  private static final String ATTACHMENT = "0000000000000aa2";

  @TempDir
  Path work;

  private LuceneSearchService indexOf(Path file) throws IOException {
    String sha = ContentHash.sha256(file);
    SourceDocument root = new SourceDocument(ROOT, ROOT, null, "statement é.html", sha, "text/html", "HTML",
        "Statement", "2024-05-01", null, DocumentType.PRESS_STATEMENT, "en", "Raqqa: 12 killed", false,
        Files.size(file), Map.of());
    SourceDocument attachment = new SourceDocument(ATTACHMENT, ROOT, ROOT, "statement é.html!/a.txt", "1".repeat(64),
        "text/plain", "Plain text", "Attachment", null, null, DocumentType.OTHER, "en", "inner", false, 5, Map.of());
    Path index = work.resolve("index");
    try (LuceneDocumentSink sink = LuceneDocumentSink.open(index)) {
      sink.put(file.toString(), List.of(
          new AnalysedDocument(root, "2024-05-01", List.of(), List.of(), List.of(), List.of()),
          new AnalysedDocument(attachment, null, List.of(), List.of(), List.of(), List.of())));
      sink.commit();
    }
    return LuceneSearchService.open(index);
  }

  @Test
  void the_original_is_served_as_an_attachment_never_inline() throws IOException {
    Path file = Files.writeString(work.resolve("statement é.html"), HTML);
    try (LuceneSearchService service = indexOf(file)) {
      JavalinTest.test(App.create(service), (server, client) -> {
        Response response = client.get("/api/documents/" + ROOT + "/file");
        assertEquals(200, response.code());
        assertEquals(HTML, response.body().string());
        assertEquals("application/octet-stream", response.headers().get("Content-Type").get(0));
        assertEquals("attachment; filename=\"statement _.html\"; filename*=UTF-8''statement%20%C3%A9.html",
            response.headers().get("Content-Disposition").get(0));
        Response fromAttachment = client.get("/api/documents/" + ATTACHMENT + "/file");
        assertEquals(HTML, fromAttachment.body().string()); // the e-mail or archive that holds it
      });
    }
  }

  @Test
  void a_changed_file_is_a_409_and_a_vanished_one_a_404() throws IOException {
    Path file = Files.writeString(work.resolve("statement é.html"), HTML);
    try (LuceneSearchService service = indexOf(file)) {
      JavalinTest.test(App.create(service), (server, client) -> {
        Files.writeString(file, HTML + " edited");
        Response changed = client.get("/api/documents/" + ROOT + "/file");
        assertEquals(409, changed.code());
        assertTrue(changed.body().string().contains("changed since it was indexed"));
        Files.delete(file);
        assertEquals(404, client.get("/api/documents/" + ROOT + "/file").code());
        assertEquals(404, client.get("/api/documents/ffffffffffffffff/file").code());
        assertEquals(404, client.get("/api/documents/..%2F..%2Fetc%2Fpasswd/file").code());
      });
    }
  }
}
