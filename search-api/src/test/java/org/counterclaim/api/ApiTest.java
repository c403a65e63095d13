package org.counterclaim.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.testtools.HttpClient;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.counterclaim.search.LuceneSearchService;
import org.counterclaim.testing.TestFiles;
import org.counterclaim.testing.TestIndexes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HTTP API end to end through JavalinTest, on an index of the seeds and an e-mail with attachments. */
class ApiTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  static Path work;
  private static LuceneSearchService service;

  @BeforeAll
  static void buildIndex() throws IOException {
    Path mail = Files.createDirectories(work.resolve("mail"));
    Files.copy(TestFiles.fixture("good/letter.eml"), mail.resolve("letter.eml"));
    TestIndexes.build(work.resolve("index"), TestFiles.corpus(), mail);
    service = LuceneSearchService.open(work.resolve("index"));
  }

  @AfterAll
  static void close() {
    service.close();
  }

  private static JsonNode json(Response response) throws IOException {
    return JSON.readTree(response.body().string());
  }

  private static void assertError(Response response, int status, String error) throws IOException {
    assertEquals(status, response.code());
    assertTrue(response.headers().get("Content-Type").get(0).startsWith("application/json"));
    JsonNode body = json(response);
    assertEquals(error, body.get("error").asText());
    assertTrue(body.has("detail"));
  }


  @Test
  void search_returns_hits_snippets_totals_and_facets() {
    JavalinTest.test(App.create(service), (server, client) -> {
      JsonNode body = json(client.get("/api/search?q=Raqqa&size=10"));
      assertEquals(8, body.get("total").asInt()); // five seeds, the e-mail and its two attachments
      assertEquals(8, body.get("hits").size());
      assertTrue(body.has("took_ms"));
      JsonNode snippet = body.get("hits").get(0).get("snippets").get(0);
      assertTrue(snippet.get("highlights").size() > 0);
      List<String> dims = new ArrayList<>();
      body.get("facets").forEach(f -> dims.add(f.get("dim").asText()));
      assertEquals(List.of("type", "publisher", "year", "month", "official", "person", "organization", "place",
          "category", "claimant", "victims", "figure_range", "language", "format"), dims);
    });
  }

  @Test
  void facet_filters_come_from_repeated_parameters() {
    JavalinTest.test(App.create(service), (server, client) -> {
      JsonNode body = json(client.get("/api/search?q=Raqqa&publisher=Al%20Jazeera&publisher=Voice%20of%20America"));
      assertEquals(2, body.get("total").asInt());
      assertEquals("[\"Al Jazeera\",\"Voice of America\"]", body.get("filters").get("publisher").toString());
    });
  }

  @Test
  void figures_are_filterable_by_size_and_category_and_listed_on_hits() {
    JavalinTest.test(App.create(service), (server, client) -> {
      JsonNode big = json(client.get("/api/search?figure_min=1000&figure_category=killed&size=20"));
      assertEquals(1, big.get("total").asInt()); // 1,600 killed: the Voice of America article
      assertTrue(big.get("hits").get(0).get("path").asText().endsWith("002_9c680c97a9407c02.txt"));
      JsonNode figure = big.get("hits").get(0).get("figures").get(0);
      assertEquals("killed", figure.get("category").asText());
      assertEquals("Amnesty International", figure.get("claimant").asText());
      assertEquals(1, json(client.get("/api/search?q=killed:%5B1000+TO+*%5D")).get("total").asInt());
      assertEquals(1, json(client.get("/api/search?q=killed:1600")).get("total").asInt()); // exactly 1,600
      assertEquals(1, json(client.get("/api/search?q=killed:1,600")).get("total").asInt());
      assertEquals(0, json(client.get("/api/search?q=killed:1599")).get("total").asInt());
      assertEquals(0, json(client.get("/api/search?figure_min=1000&figure_max=1500&figure_category=killed"))
          .get("total").asInt()); // no killed figure lies between 1,000 and 1,500
      JsonNode claimants = json(client.get("/api/search?claimant=Coalition")).get("facets");
      claimants.forEach(f -> {
        if (f.get("dim").asText().equals("claimant")) {
          assertTrue(f.get("values").toString().contains("\"Coalition\""));
        }
      });
      assertEquals(4, json(client.get("/api/search?claimant=Coalition")).get("total").asInt());
      assertError(client.get("/api/search?figure_min=-1"), 400, "invalid parameter");
      assertError(client.get("/api/search?figure_category=eaten"), 400, "invalid parameter");
    });
  }

  @Test
  void contradictions_put_each_sides_figures_side_by_side_and_export() {
    JavalinTest.test(App.create(service), (server, client) -> {
      JsonNode body = json(client.get("/api/contradictions?q=Raqqa"));
      JsonNode first = body.get("groups").get(0);
      assertTrue(first.get("contradiction").asBoolean());
      assertEquals("Raqqa", first.get("event").get("location").asText());
      assertEquals("killed", first.get("event").get("category").asText());
      List<String> sides = new ArrayList<>();
      first.get("sides").forEach(side -> sides.add(side.get("claimant").asText()));
      assertEquals(List.of("Coalition", "Amnesty International"), sides);
      String id = first.get("id").asText();
      assertEquals(first.toString(), json(client.get("/api/contradictions/" + id)).toString());
      Response csv = client.get("/api/contradictions/" + id + "/export?format=csv");
      assertEquals(200, csv.code());
      assertTrue(csv.headers().get("Content-Type").get(0).startsWith("text/csv"));
      String[] rows = csv.body().string().split("\r\n");
      assertEquals("group,event,claimant,speaker,stance,date,min,max,qualifier,category,victims,location,text,file,doc_id,start,end", rows[0]);
      assertEquals(first.get("claims").size() + 1, rows.length);
      assertEquals(id, json(client.get("/api/contradictions/" + id + "/export?format=json")).get("id").asText());
      assertEquals(0, json(client.get("/api/contradictions?location=Atlantis")).get("total").asInt());
      assertError(client.get("/api/contradictions/0123456789abcdef"), 404, "no contradiction group with id '0123456789abcdef'");
      assertError(client.get("/api/contradictions?category=eaten"), 400, "invalid parameter");
      assertError(client.get("/api/contradictions?q=%22open"), 400, "query does not parse");
      assertError(client.get("/api/contradictions/" + id + "/export?format=xls"), 400, "invalid parameter");
    });
  }

  @Test
  void bad_input_is_a_400_with_a_json_error() {
    JavalinTest.test(App.create(service), (server, client) -> {
      assertError(client.get("/api/search?q=%22unbalanced"), 400, "query does not parse");
      assertError(client.get("/api/search?q=Raqqa&page=0"), 400, "invalid parameter");
      assertError(client.get("/api/search?q=Raqqa&page=abc"), 400, "invalid parameter");
      assertError(client.get("/api/search?q=Raqqa&size=1000"), 400, "invalid parameter");
      assertError(client.get("/api/search?q=Raqqa&size=-5"), 400, "invalid parameter");
      assertError(client.get("/api/search?q=Raqqa&sort=random"), 400, "invalid parameter");
      assertError(client.get("/api/search?q=Raqqa&page=10000&size=100"), 400, "page too deep");
      assertError(client.get("/api/search?q=" + "x".repeat(4100)), 400, "query too long");
    });
  }

  @Test
  void unknown_parameters_are_ignored() {
    JavalinTest.test(App.create(service), (server, client) ->
        assertEquals(200, client.get("/api/search?q=Raqqa&utm_source=newsletter").code()));
  }

  @Test
  void document_has_text_family_and_unknown_ids_are_404() {
    JavalinTest.test(App.create(service), (server, client) -> {
      JsonNode hits = json(client.get("/api/search?q=%22response+to+the+Coalition%22&type=e-mail")).get("hits");
      assertEquals(1, hits.size());
      String id = hits.get(0).get("id").asText();
      JsonNode mail = json(client.get("/api/documents/" + id));
      assertEquals("Raqqa: response to the Coalition", mail.get("title").asText());
      assertTrue(mail.get("parent").isNull());
      assertEquals(2, mail.get("children").size());
      assertTrue(mail.get("annotations").size() > 0);
      String childId = mail.get("children").get(0).get("id").asText();
      JsonNode child = json(client.get("/api/documents/" + childId));
      assertEquals(id, child.get("parent").get("id").asText());
      assertEquals("Raqqa: response to the Coalition", child.get("parent").get("title").asText());
      assertError(client.get("/api/documents/0123456789abcdef"), 404, "no document with id '0123456789abcdef'");
      assertError(client.get("/api/documents/..%2F..%2Fetc%2Fpasswd"), 404, "no document with id '../../etc/passwd'");
    });
  }

  @Test
  void facets_health_and_openapi_describe_the_service() {
    JavalinTest.test(App.create(service), (server, client) -> {
      assertEquals(8, json(client.get("/api/facets")).get("total").asInt());
      JsonNode health = json(client.get("/api/health"));
      assertEquals("ok", health.get("status").asText());
      assertEquals(8, health.get("documents").asInt());
      JsonNode openApi = json(client.get("/api/openapi.json"));
      List<String> paths = new ArrayList<>();
      openApi.get("paths").fieldNames().forEachRemaining(paths::add);
      assertEquals(List.of("/api/search", "/api/search/export", "/api/batch", "/api/documents/{id}",
          "/api/documents/{id}/file", "/api/facets", "/api/health", "/api/openapi.json",
          "/api/contradictions", "/api/contradictions/{id}", "/api/contradictions/{id}/export", "/api/index"), paths);
    });
  }

  @Test
  void unknown_api_paths_and_writes_get_json_errors() {
    JavalinTest.test(App.create(service), (server, client) -> {
      assertEquals(404, client.get("/api/nothing").code());
      assertEquals("application/json", client.get("/api/nothing").headers().get("Content-Type").get(0));
      HttpClient c = client;
      Response post = c.request("/api/search", builder -> builder.post(java.net.http.HttpRequest.BodyPublishers.ofString("{}")));
      assertError(post, 405, "method not allowed");
    });
  }

  @Test
  void ui_is_served_at_the_root_with_module_scripts() {
    JavalinTest.test(App.create(service), (server, client) -> {
      Response index = client.get("/");
      assertEquals(200, index.code());
      assertTrue(index.body().string().contains("id=\"search-form\""));
      Response script = client.get("/search.js");
      assertEquals(200, script.code());
      assertEquals("text/javascript", script.headers().get("Content-Type").get(0));
      assertEquals(200, client.get("/document.html").code());
    });
  }
}
