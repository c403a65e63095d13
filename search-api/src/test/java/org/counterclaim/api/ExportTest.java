package org.counterclaim.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.testtools.JavalinTest;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import io.javalin.testtools.Response;
import org.counterclaim.search.LuceneSearchService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code /api/search/export}: CSV a spreadsheet opens safely, JSON, the search's parameters, bad input. */
class ExportTest {

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

  private static String body(Response response) throws IOException {
    return response.body().string();
  }

  private static String header(Response response, String name) {
    return response.headers().get(name).get(0);
  }

  private static List<String> lines(String csv) {
    return List.of(csv.split("\r\n"));
  }

  @Test
  void csv_has_a_bom_a_header_and_one_quoted_row_per_document() {
    JavalinTest.test(App.create(service), (server, client) -> {
      Response response = client.get("/api/search/export?q=Raqqa&format=csv&sort=oldest");
      assertEquals(200, response.code());
      assertTrue(header(response, "Content-Type").startsWith("text/csv"));
      assertEquals("attachment; filename=\"counterclaim-search.csv\"", header(response, "Content-Disposition"));
      String csv = body(response);
      assertTrue(csv.startsWith("\uFEFF\"id\",\"title\",\"publisher\",\"date\",\"type\",\"path\",\"figure_count\""), csv);
      assertEquals(4, lines(csv).size(), csv);
      assertTrue(csv.contains("\"Raqqa, \"\"the toll\"\"\""), csv);
      assertTrue(csv.contains("\"1600 killed (civilians), according to Airwars; 23 killed (civilians), according to"
          + " Airwars\""), csv);
    });
  }

  @Test
  void a_cell_that_starts_like_a_formula_is_escaped() {
    JavalinTest.test(App.create(service), (server, client) -> {
      String csv = body(client.get("/api/search/export?q=Raqqa&format=csv&rows=figure"));
      assertTrue(csv.contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\""), csv);
      assertTrue(csv.contains("\"'@Side\""), csv);
      assertTrue(!csv.contains(",\"=") && !csv.contains(",\"@"), csv);
    });
  }

  @Test
  void one_row_per_figure_with_its_claimant() {
    JavalinTest.test(App.create(service), (server, client) -> {
      List<String> rows = lines(body(client.get("/api/search/export?q=Raqqa&format=csv&rows=figure")));
      assertEquals(5, rows.size()); // header and four figures
      assertTrue(rows.get(0).contains("\"min\",\"max\",\"qualifier\",\"category\",\"victims\""), rows.get(0));
      assertEquals(2, rows.stream().filter(r -> r.contains("\"Airwars\"")).count());
    });
  }

  @Test
  void json_export_holds_the_search_and_every_figure() {
    JavalinTest.test(App.create(service), (server, client) -> {
      Response response = client.get("/api/search/export?q=Raqqa&format=json&figure_min=300&figure_max=400");
      assertEquals(200, response.code());
      JsonNode body = new ObjectMapper().readTree(body(response));
      assertEquals(1, body.get("total").asInt());
      assertEquals(ExportIndex.INSIDE_ID, body.get("documents").get(0).get("id").asText());
      assertEquals(350, body.get("documents").get(0).get("figures").get(0).get("min").asInt());
      assertEquals(false, body.get("capped").asBoolean());
    });
  }

  @Test
  void the_documents_format_filter_is_doc_format_beside_the_export_format() {
    JavalinTest.test(App.create(service), (server, client) -> {
      assertEquals(3, lines(body(client.get("/api/search/export?q=Raqqa&format=csv&doc_format=Plain%20text"))).size() - 1);
      assertEquals(1, lines(body(client.get("/api/search/export?q=Raqqa&format=csv&doc_format=PDF"))).size());
    });
  }

  @Test
  void bad_parameters_are_a_400_that_says_what_to_fix() {
    JavalinTest.test(App.create(service), (server, client) -> {
      Response format = client.get("/api/search/export?q=Raqqa&format=xlsx");
      assertEquals(400, format.code());
      assertTrue(body(format).contains("format: must be csv or json"));
      assertEquals(400, client.get("/api/search/export?q=Raqqa&rows=sentence").code());
      assertEquals(400, client.get("/api/search/export?q=%22Raqqa&format=csv").code());
      assertEquals(400, client.get("/api/search/export?figure_min=-3").code());
      Response crossed = client.get("/api/search?figure_min=5&figure_max=1"); // no figure lies between: no hits
      assertEquals(200, crossed.code());
      assertTrue(body(crossed).contains("\"total\":0"), body(crossed));
    });
  }
}
