package org.counterclaim.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.testtools.HttpClient;
import io.javalin.testtools.JavalinTest;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.counterclaim.search.Caps;
import org.counterclaim.search.LuceneSearchService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every endpoint against a document as large as ingest lets through ({@link HugeDocument}): each list is cut to its
 * cap, long strings are clipped, and the text comes in windows that never split a surrogate pair.
 */
class CapsTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String DOC = "/api/documents/" + HugeDocument.ID;

  @TempDir
  static Path work;
  private static LuceneSearchService service;

  @BeforeAll
  static void buildIndex() throws IOException {
    HugeDocument.write(work.resolve("index"));
    service = LuceneSearchService.open(work.resolve("index"));
  }

  @AfterAll
  static void close() {
    service.close();
  }

  /** The body of a GET, checked against the caps of its endpoint. */
  private static JsonNode get(HttpClient client, String path) throws IOException {
    String body = client.get(path).body().string();
    JsonNode json = JSON.readTree(body);
    CapsCheck.check(path, body, json);
    return json;
  }

  @Test
  void a_hit_lists_twenty_figures_and_short_snippets_of_a_one_sentence_text() {
    JavalinTest.test(App.create(service), (server, client) -> {
      JsonNode hit = get(client, "/api/search?q=Zorbatown").get("hits").get(0);
      assertEquals(HugeDocument.EVENT_FIGURES + HugeDocument.OTHER_PLACES, hit.get("figure_count").asInt());
      assertEquals(Caps.FIGURES_PER_HIT, hit.get("figures").size());
      String sentence = hit.get("figures").get(0).get("sentence").asText();
      assertEquals(org.counterclaim.model.CasualtyFigure.SENTENCE_WINDOW_CHARS, sentence.length()); // stored as a window
      assertTrue(sentence.startsWith("…x") && sentence.endsWith("y…") && sentence.contains(HugeDocument.FIGURE));
      JsonNode snippet = hit.get("snippets").get(0);
      assertEquals(Caps.SNIPPET_CHARS, snippet.get("text").asText().length());
      assertEquals(0, snippet.get("start").asInt());
    });
  }

  @Test
  void facets_leave_out_overlong_values_and_list_fifty() {
    JavalinTest.test(App.create(service), (server, client) -> {
      JsonNode facets = get(client, "/api/facets").get("facets");
      for (JsonNode dim : facets) {
        if (dim.get("dim").asText().equals("publisher")) {
          assertEquals(0, dim.get("values").size()); // its only value has 300 characters
        }
        if (dim.get("dim").asText().equals("person")) {
          assertEquals(Caps.FACET_VALUES, dim.get("values").size());
        }
      }
    });
  }

  @Test
  void the_document_comes_in_windows_with_its_lists_cut() {
    JavalinTest.test(App.create(service), (server, client) -> {
      JsonNode doc = get(client, DOC);
      assertEquals(HugeDocument.TEXT_LENGTH, doc.get("text_length").asInt());
      assertEquals(0, doc.get("text_start").asInt());
      assertEquals(HugeDocument.EMOJI_AT, doc.get("text_end").asInt()); // the emoji is not cut in half
      assertEquals(HugeDocument.EMOJI_AT, doc.get("text").asText().length());
      assertEquals('\uFFFD', doc.get("text").asText().charAt(HugeDocument.LONE_SURROGATE_AT)); // as Lucene stores it
      assertEquals(HugeDocument.MENTIONS, doc.get("annotation_count").asInt()
          - figuresIn(0, HugeDocument.EMOJI_AT));
      assertEquals(Caps.ANNOTATIONS, doc.get("annotations").size());
      assertEquals(HugeDocument.EVENT_FIGURES + HugeDocument.OTHER_PLACES, doc.get("figure_count").asInt());
      assertEquals(Caps.DOCUMENT_FIGURES, doc.get("figures").size());
      assertEquals(Caps.OFFICIALS, doc.get("officials").size());
      assertEquals(Caps.METADATA_VALUES, doc.get("metadata").get("author").size());
      assertEquals(Caps.METADATA_CHARS, doc.get("metadata").get("author").get(0).asText().length());

      JsonNode emoji = get(client, DOC + "?offset=" + (HugeDocument.EMOJI_AT + 1) + "&length=10");
      assertEquals(HugeDocument.EMOJI_AT, emoji.get("text_start").asInt());
      assertEquals("\uD83D\uDE00", emoji.get("text").asText().substring(0, 2));
      JsonNode last = get(client, DOC + "?offset=" + (HugeDocument.TEXT_LENGTH - 100));
      assertEquals(HugeDocument.TEXT_LENGTH, last.get("text_end").asInt());
      assertEquals(100, last.get("text").asText().length());
      JsonNode past = get(client, DOC + "?offset=2000000");
      assertEquals("", past.get("text").asText());
      assertEquals(0, past.get("annotation_count").asInt());
      assertEquals(400, client.get(DOC + "?length=" + (Caps.TEXT_WINDOW + 1)).code());
      assertEquals(400, client.get(DOC + "?offset=-1").code());
    });
  }

  /** Figures are annotations too: those that overlap [start, end). */
  private static int figuresIn(int start, int end) {
    int n = 0;
    for (int i = 0; i < HugeDocument.EVENT_FIGURES; i++) {
      n += i * 50 < end && i * 50 + HugeDocument.FIGURE.length() > start ? 1 : 0;
    }
    return n;
  }

  @Test
  void contradictions_come_in_pages_with_their_claims_cut() {
    JavalinTest.test(App.create(service), (server, client) -> {
      JsonNode first = get(client, "/api/contradictions");
      assertEquals(1 + HugeDocument.OTHER_PLACES, first.get("total").asInt());
      assertEquals(Caps.GROUPS_PER_PAGE, first.get("groups").size());
      assertEquals(HugeDocument.OTHER_PLACES + 1 - Caps.GROUPS_PER_PAGE,
          get(client, "/api/contradictions?page=2").get("groups").size());
      JsonNode big = first.get("groups").get(0);
      assertEquals(HugeDocument.EVENT_FIGURES, big.get("claim_count").asInt());
      assertEquals(Caps.CLAIMS_IN_LIST, big.get("claims").size());
      List<Integer> sideCounts = new ArrayList<>();
      big.get("sides").forEach(s -> sideCounts.add(s.get("claim_count").asInt()));
      assertEquals(List.of(HugeDocument.EVENT_FIGURES / 2, HugeDocument.EVENT_FIGURES / 2), sideCounts);
      big.get("sides").forEach(s -> s.get("claims").forEach(i -> assertTrue(i.asInt() < Caps.CLAIMS_IN_LIST)));
      assertTrue(big.get("reason").asText().endsWith("…"));
      assertEquals(1, big.get("disputes").size());
      assertEquals(399, big.get("disputes").get(0).get("text").asText().length());

      String id = big.get("id").asText();
      assertEquals(Caps.CLAIMS_IN_GROUP, get(client, "/api/contradictions/" + id).get("claims").size());
      JsonNode export = get(client, "/api/contradictions/" + id + "/export?format=json");
      assertEquals(Caps.CLAIMS_IN_EXPORT, export.get("claims").size());
      String csv = client.get("/api/contradictions/" + id + "/export?format=csv").body().string();
      CapsCheck.csv("csv", csv);
      assertEquals(Caps.CLAIMS_IN_EXPORT + 1, csv.split("\r\n").length);
    });
  }
}
