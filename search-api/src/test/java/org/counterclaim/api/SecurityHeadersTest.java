package org.counterclaim.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.counterclaim.search.LuceneSearchService;
import org.counterclaim.testing.TestIndexes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every response carries the security headers (pages, scripts, API answers, every kind of error), and errors that
 * repeat their input are JSON, never HTML a browser would run.
 */
class SecurityHeadersTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PAYLOAD = "<script>alert(1)</script>";
  private static final Map<String, String> EXPECTED = Map.of(
      "Content-Security-Policy", "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
          + "connect-src 'self'; font-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
      "X-Content-Type-Options", "nosniff",
      "X-Frame-Options", "DENY",
      "Referrer-Policy", "same-origin");

  @TempDir
  static Path work;
  private static LuceneSearchService service;

  @BeforeAll
  static void buildIndex() throws IOException {
    Path docs = Files.createDirectories(work.resolve("docs"));
    Files.writeString(docs.resolve("statement.txt"), "The ministry said 23 civilians were killed in Mariupol.\n");
    TestIndexes.build(work.resolve("index"), docs);
    service = LuceneSearchService.open(work.resolve("index"));
  }

  @AfterAll
  static void close() {
    service.close();
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /** Asserts the status, the content type and that each header is there once, with its value. */
  private static void assertHeaders(Response response, int status, String contentType, String path) {
    assertEquals(status, response.code(), path);
    assertEquals(List.of(contentType), response.headers().get("Content-Type"), path);
    EXPECTED.forEach((name, value) -> assertEquals(List.of(value), response.headers().get(name), name + " on " + path));
  }

  /** A JSON error body whose {@code field} is exactly {@code expected}: the input is in it, as a JSON string. */
  private static void assertJsonError(Response response, String field, String expected) throws IOException {
    JsonNode body = JSON.readTree(response.body().string());
    assertEquals(expected, body.get(field).asText());
  }

  @Test
  void pages_scripts_styles_and_api_answers_carry_the_headers() {
    JavalinTest.test(App.create(service), (server, client) -> {
      assertHeaders(client.get("/"), 200, "text/html", "/");
      assertHeaders(client.get("/document.html"), 200, "text/html", "/document.html");
      assertHeaders(client.get("/search.js"), 200, "text/javascript", "/search.js");
      assertHeaders(client.get("/app.css"), 200, "text/css", "/app.css");
      assertHeaders(client.get("/favicon.svg"), 200, "image/svg+xml", "/favicon.svg");
      assertHeaders(client.get("/api/search?q=Mariupol"), 200, "application/json", "/api/search");
      assertHeaders(client.get("/api/health"), 200, "application/json", "/api/health");
    });
  }

  @Test
  void errors_carry_the_headers_and_echo_input_only_inside_json() {
    JavalinTest.test(App.create(service), (server, client) -> {
      Response document = client.get("/api/documents/" + encode(PAYLOAD));
      assertHeaders(document, 404, "application/json", "unknown document");
      assertJsonError(document, "error", "no document with id '" + PAYLOAD + "'");

      Response group = client.get("/api/contradictions/" + encode(PAYLOAD));
      assertHeaders(group, 404, "application/json", "unknown group");
      assertJsonError(group, "error", "no contradiction group with id '" + PAYLOAD + "'");

      Response query = client.get("/api/search?q=" + encode(PAYLOAD + "("));
      assertHeaders(query, 400, "application/json", "bad query");
      assertJsonError(query, "error", "query does not parse");

      Response size = client.get("/api/search?size=" + encode(PAYLOAD));
      assertHeaders(size, 400, "application/json", "bad size");
      assertJsonError(size, "detail", "size: '" + PAYLOAD + "' is not a whole number");

      assertHeaders(client.get("/" + encode(PAYLOAD)), 404, "text/html;charset=utf-8", "unknown page"); // a browser's 404
      assertHeaders(client.post("/api/search", ""), 405, "application/json", "POST");
      // Jetty refuses a NUL in a path before the app sees it, and closes the connection: sent on a socket of its
      // own so that no pooled connection of the client is the one closed. Its error is JSON with the headers too.
      RawHttp.Reply nul = RawHttp.send(server.port(), "GET", "/api/documents/%00", Map.of());
      assertEquals(400, nul.status(), "NUL in the path");
      assertEquals("application/json", nul.header("Content-Type"), "NUL in the path");
      EXPECTED.forEach((name, value) -> assertEquals(value, nul.header(name), name + " on NUL"));
    });
  }
}
