package org.counterclaim.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.counterclaim.search.LuceneSearchService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Queries that parse but cost too much to run: regular expressions too complex to determinize and hundreds of
 * fuzzy terms. Each is a 400 that says what is too complex, on search and on contradictions, never a 500.
 */
class QueryComplexityTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String FUZZY_500 =
      IntStream.range(0, 500).mapToObj(n -> "ab" + n + "~2").collect(Collectors.joining(" "));

  @TempDir
  static Path work;
  private static LuceneSearchService service;

  @BeforeAll
  static void buildIndex() throws IOException {
    SmallIndex.write(work.resolve("index"));
    service = LuceneSearchService.open(work.resolve("index"));
  }

  @AfterAll
  static void close() {
    service.close();
  }

  private static String errorOf(Response response, int status) throws IOException {
    String body = response.body().string();
    assertEquals(status, response.code(), body);
    JsonNode json = JSON.readTree(body);
    return json.get("error").asText() + ": " + json.get("detail").asText();
  }

  private static String q(String query) {
    return URLEncoder.encode(query, StandardCharsets.UTF_8);
  }

  @Test
  void regular_expressions_too_complex_to_determinize_are_a_400_on_search_and_contradictions() {
    JavalinTest.test(App.create(service), (server, client) -> {
      for (String regexp : List.of("/a{1,100000}/", "/[a-z]{1,1000}{1,1000}/", "/a{2147483647}/")) {
        for (String endpoint : List.of("/api/search?q=", "/api/contradictions?q=")) {
          assertEquals("query too complex: the regular expression " + regexp + " is too complex to run; use"
                  + " fewer alternatives and smaller repeat counts",
              errorOf(client.get(endpoint + q(regexp)), 400), endpoint + regexp);
        }
      }
    });
  }

  @Test
  void five_hundred_fuzzy_terms_are_a_400_on_search_and_contradictions() {
    JavalinTest.test(App.create(service), (server, client) -> {
      for (String endpoint : List.of("/api/search?q=", "/api/contradictions?q=")) {
        assertEquals("query too complex: it has 500 fuzzy, wildcard, prefix or regular-expression terms; at most 20"
            + " are allowed", errorOf(client.get(endpoint + q(FUZZY_500)), 400), endpoint);
      }
    });
  }

  @Test
  void twenty_fuzzy_terms_that_expand_past_the_clause_limit_are_a_400_not_a_500() {
    String twenty = IntStream.range(0, 20).mapToObj(n -> "ab" + n + "~2").collect(Collectors.joining(" OR "));
    JavalinTest.test(App.create(service), (server, client) -> {
      assertEquals("query too broad: it expands to more than 1024 terms; use fewer fuzzy or wildcard terms, or"
          + " longer ones", errorOf(client.get("/api/search?q=" + q(twenty)), 400));
    });
  }

  @Test
  void figure_bounds_beyond_the_largest_count_are_a_400_not_an_overflow() {
    JavalinTest.test(App.create(service), (server, client) -> {
      assertEquals("query does not parse: '9223372036854775807'"
          + " is not a count from 0 to 10000000000",
          errorOf(client.get("/api/search?q=" + q("killed:{9223372036854775807 TO *]")), 400));
      Response within = client.get("/api/search?q=" + q("killed:{11 TO 10000000000]"));
      assertEquals(SmallIndex.DOCUMENTS, JSON.readTree(within.body().string()).get("total").asInt());
    });
  }

  @Test
  void a_few_fuzzy_terms_and_a_simple_regular_expression_still_work() {
    JavalinTest.test(App.create(service), (server, client) -> {
      Response fuzzy = client.get("/api/search?q=" + q("ab7~1 AND Raqqa"));
      assertEquals(200, fuzzy.code());
      assertEquals(28, JSON.readTree(fuzzy.body().string()).get("total").asInt()); // ab0-ab9, ab70-ab79, ab17…ab97
      Response regexp = client.get("/api/search?q=" + q("/ab4[0-9]/"));
      assertEquals(200, regexp.code());
      assertEquals(10, JSON.readTree(regexp.body().string()).get("total").asInt());
    });
  }
}
