package org.counterclaim.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.counterclaim.index.LuceneDocumentSink;
import org.counterclaim.model.AnalysedDocument;
import org.counterclaim.model.DocumentType;
import org.counterclaim.model.SourceDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A text as long as ingest keeps (20 million characters) on one line, a sentence with a phrase repeated all along
 * it: the hostile corpus's 50 MB line. A phrase search on it once kept a server thread busy for over ten minutes in the highlighter.
 * The time limit below is a guard against a hang, not a speed target.
 */
class LongLineSearchTest {

  private static final int LENGTH = 20_000_000;
  private static final String PHRASE = "look into the reports";

  @TempDir
  static Path work;
  private static LuceneSearchService service;

  @BeforeAll
  static void buildIndex() throws IOException {
    StringBuilder text = new StringBuilder(LENGTH);
    while (text.length() < LENGTH) {
      text.append("Officials said the strike killed civilians and wounded many more, and the coalition said it would ")
          .append(PHRASE).append(" and the figures in them. ");
    }
    text.setLength(LENGTH);
    String id = "00000000000000bb";
    SourceDocument source = new SourceDocument(id, id, null, "line.txt", "0".repeat(64), "text/plain", "Plain text",
        "One long line", null, null, DocumentType.OTHER, "en", text.toString(), true, LENGTH, Map.of());
    try (LuceneDocumentSink sink = LuceneDocumentSink.open(work.resolve("index"))) {
      sink.put(work.resolve("line.txt").toString(), List.of(new AnalysedDocument(source, null, List.of(), List.of(),
          List.of(), List.of())));
      sink.commit();
    }
    service = LuceneSearchService.open(work.resolve("index"));
  }

  @AfterAll
  static void close() {
    service.close();
  }

  private static SearchResponse search(String query) {
    return assertTimeoutPreemptively(Duration.ofSeconds(60),
        () -> service.search(new SearchRequest(query, Map.of(), 1, 10, SortOrder.RELEVANCE)));
  }

  @Test
  void a_phrase_found_all_along_the_line_gets_a_short_snippet() {
    SearchResponse response = search("\"" + PHRASE + "\"");
    assertEquals(1, response.total());
    List<SearchResponse.Snippet> snippets = response.hits().get(0).snippets();
    assertTrue(!snippets.isEmpty() && snippets.size() <= Caps.SNIPPETS_PER_HIT, snippets.toString());
    for (SearchResponse.Snippet snippet : snippets) {
      assertTrue(snippet.text().length() <= Caps.SNIPPET_CHARS, "snippet of " + snippet.text().length());
      assertTrue(snippet.text().contains(PHRASE), snippet.text());
    }
  }

  @Test
  void a_word_found_all_along_the_line_gets_a_short_snippet() {
    SearchResponse response = search("figures");
    assertEquals(1, response.total());
    assertTrue(response.hits().get(0).snippets().get(0).text().contains("figures"));
  }
}
