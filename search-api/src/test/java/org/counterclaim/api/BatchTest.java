package org.counterclaim.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.testtools.JavalinTest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.counterclaim.search.LuceneSearchService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code POST /api/batch}: one job for a list of terms, counts and top documents, as JSON or CSV. */
class BatchTest {

  @TempDir
  static Path work;
  private static LuceneSearchService service;

  @BeforeAll
  static void buildIndex() throws IOException {
    ExportIndex.write(work.resolve("index"));
    service = LuceneSearchService.open(work.resolve("index"));
  }

  @AfterAll
  static void close() {
    service.close();
  }

  private static HttpResponse<String> post(int port, String query, String body) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/batch" + query))
        .header("Content-Type", "text/plain; charset=utf-8").POST(HttpRequest.BodyPublishers.ofString(body)).build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void each_term_gets_its_count_and_top_documents() {
    JavalinTest.test(App.create(service), (server, client) -> {
      HttpResponse<String> response = post(server.port(), "", "Raqqa\n\n  hospital  \nRaqqa\n\"unbalanced\nnowhere\n");
      assertEquals(200, response.statusCode());
      JsonNode body = new ObjectMapper().readTree(response.body());
      assertEquals(4, body.get("terms").asInt()); // blank lines and repeats dropped
      JsonNode results = body.get("results");
      assertEquals(List.of(3L, 1L, 0L, 0L), List.of(results.get(0).get("count").asLong(),
          results.get(1).get("count").asLong(), results.get(2).get("count").asLong(), results.get(3).get("count").asLong()));
      assertEquals("hospital", results.get(1).get("term").asText());
      assertEquals(ExportIndex.INSIDE_ID, results.get(1).get("top").get(0).get("id").asText());
      assertTrue(results.get(2).get("error").asText().startsWith("query does not parse"), results.get(2).toString());
      assertTrue(results.get(3).get("error").isNull());
    });
  }

  @Test
  void the_csv_has_one_row_per_term_and_top_document() {
    JavalinTest.test(App.create(service), (server, client) -> {
      HttpResponse<String> response = post(server.port(), "?format=csv&figure_min=300", "Raqqa\nnowhere");
      assertEquals(200, response.statusCode());
      assertEquals("attachment; filename=\"counterclaim-batch.csv\"",
          response.headers().firstValue("Content-Disposition").orElse(""));
      List<String> rows = List.of(response.body().split("\r\n"));
      assertEquals("\uFEFF\"line\",\"term\",\"count\",\"rank\",\"id\",\"title\",\"publisher\",\"date\",\"path\",\"error\"",
          rows.get(0));
      assertEquals(4, rows.size(), rows.toString()); // 1,600 and 350 are ≥ 300: two documents, then "nowhere"
      assertTrue(rows.get(3).startsWith("\"2\",\"nowhere\",\"0\""), rows.get(3));
    });
  }

  @Test
  void an_empty_or_oversized_batch_is_a_400_that_says_why() {
    JavalinTest.test(App.create(service), (server, client) -> {
      HttpResponse<String> empty = post(server.port(), "", " \n\n");
      assertEquals(400, empty.statusCode());
      assertTrue(empty.body().contains("no terms: give one term or name per line"), empty.body());
      HttpResponse<String> many = post(server.port(), "", String.join("\n",
          java.util.stream.IntStream.range(0, 501).mapToObj(i -> "term" + i).toList()));
      assertEquals(400, many.statusCode());
      assertTrue(many.body().contains("at most 500"), many.body());
      assertEquals(400, post(server.port(), "?format=xml", "Raqqa").statusCode());
    });
  }
}
