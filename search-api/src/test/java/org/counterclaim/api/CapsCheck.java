package org.counterclaim.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import org.counterclaim.search.Caps;

/** Asserts that a response is within the caps docs/api.md states for its endpoint. */
final class CapsCheck {

  /** No response may be larger, whatever the index holds (the document endpoint's worst case is about 8 MB). */
  static final int MAX_BYTES = 10 * 1024 * 1024;

  private CapsCheck() {}

  static void check(String path, String body, JsonNode json) {
    int bytes = body.getBytes(StandardCharsets.UTF_8).length;
    assertTrue(bytes <= MAX_BYTES, bytes + " bytes for " + path);
    if (json == null || json.has("error")) {
      return;
    }
    String route = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
    if (route.equals("/api/search")) {
      search(path, json);
    } else if (route.equals("/api/facets")) {
      facets(path, json.get("facets"));
    } else if (route.startsWith("/api/documents/")) {
      document(path, json);
    } else if (route.equals("/api/contradictions")) {
      assertTrue(json.get("groups").size() <= Caps.GROUPS_PER_PAGE, path);
      json.get("groups").forEach(g -> group(path, g, Caps.CLAIMS_IN_LIST));
    } else if (route.startsWith("/api/contradictions/")) {
      group(path, json, route.endsWith("/export") ? Caps.CLAIMS_IN_EXPORT : Caps.CLAIMS_IN_GROUP);
    }
  }

  /** A CSV export: a header and at most {@link Caps#CLAIMS_IN_EXPORT} rows. */
  static void csv(String path, String body) {
    assertTrue(body.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES, path);
    assertTrue(body.split("\r\n").length <= Caps.CLAIMS_IN_EXPORT + 1, path);
  }

  private static void search(String path, JsonNode json) {
    assertTrue(json.get("hits").size() <= Caps.PAGE_SIZE, path);
    assertTrue(json.get("hits").size() <= json.get("size").asInt(), path);
    for (JsonNode hit : json.get("hits")) {
      assertTrue(hit.get("snippets").size() <= Caps.SNIPPETS_PER_HIT, path);
      for (JsonNode snippet : hit.get("snippets")) {
        assertTrue(snippet.get("text").asText().length() <= Caps.SNIPPET_CHARS, path);
        assertEquals(snippet.get("end").asInt() - snippet.get("start").asInt(), snippet.get("text").asText().length(), path);
      }
      figures(path, hit.get("figures"), Caps.FIGURES_PER_HIT);
    }
    facets(path, json.get("facets"));
  }

  private static void facets(String path, JsonNode facets) {
    for (JsonNode dim : facets) {
      int listed = 0;
      for (JsonNode value : dim.get("values")) {
        if (!value.get("selected").asBoolean()) {
          listed++;
          assertTrue(value.get("value").asText().length() <= Caps.FACET_LABEL_CHARS, path);
        }
      }
      assertTrue(listed <= Caps.FACET_VALUES, path);
    }
  }

  private static void document(String path, JsonNode doc) {
    String text = doc.get("text").asText();
    assertTrue(text.length() <= Caps.TEXT_WINDOW, path);
    assertEquals(doc.get("text_end").asInt() - doc.get("text_start").asInt(), text.length(), path);
    assertTrue(doc.get("annotations").size() <= Caps.ANNOTATIONS, path);
    doc.get("annotations").forEach(a -> {
      assertTrue(a.get("text").asText().length() <= Caps.ANNOTATION_CHARS, path);
      assertTrue(a.get("label").asText().length() <= Caps.ANNOTATION_CHARS, path);
    });
    assertTrue(doc.get("officials").size() <= Caps.OFFICIALS, path);
    assertTrue(doc.get("children").size() <= Caps.CHILDREN, path);
    doc.get("metadata").forEach(values -> {
      assertTrue(values.size() <= Caps.METADATA_VALUES, path);
      values.forEach(v -> assertTrue(v.asText().length() <= Caps.METADATA_CHARS, path));
    });
    figures(path, doc.get("figures"), Caps.DOCUMENT_FIGURES);
  }

  private static void figures(String path, JsonNode figures, int max) {
    assertTrue(figures.size() <= max, path);
    figures.forEach(f -> assertTrue(f.get("sentence").asText().length() <= Caps.SENTENCE_CHARS, path));
  }

  private static void group(String path, JsonNode group, int maxClaims) {
    assertTrue(group.get("claims").size() <= maxClaims, path);
    assertTrue(group.get("claims").size() <= group.get("claim_count").asInt(), path);
    assertTrue(group.get("reason").asText().length() <= Caps.SENTENCE_CHARS, path);
    group.get("claims").forEach(c -> assertTrue(c.get("sentence").asText().length() <= Caps.SENTENCE_CHARS, path));
    group.get("disputes").forEach(d -> assertTrue(d.get("text").asText().length() <= Caps.SENTENCE_CHARS, path));
  }
}
