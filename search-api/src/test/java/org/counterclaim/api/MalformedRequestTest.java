package org.counterclaim.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.testtools.JavalinTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.counterclaim.search.LuceneSearchService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Requests broken below the level of parameters: bad percent-encoding, an HTTP/2 preface on an HTTP/1.1 port. */
class MalformedRequestTest {

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

  @Test
  void malformed_percent_encoding_is_a_400_not_a_parameter_dropped() {
    JavalinTest.test(App.create(service), (server, client) -> {
      for (String query : List.of("q=Raqqa%zz", "q=Raqqa%", "q=Raqqa%2", "q=Raqqa&page=%g1", "q%zz=Raqqa")) {
        RawHttp.Reply reply = RawHttp.send(server.port(), "GET", "/api/search?" + query, Map.of());
        assertEquals(400, reply.status(), query);
        assertEquals("{\"error\":\"invalid parameter\",\"detail\":\"the query string is not valid percent-encoding:"
            + " '%' must be followed by two hexadecimal digits\"}", reply.body(), query);
      }
      RawHttp.Reply contradictions = RawHttp.send(server.port(), "GET", "/api/contradictions?q=Raqqa%zz", Map.of());
      assertEquals(400, contradictions.status());
      RawHttp.Reply good = RawHttp.send(server.port(), "GET", "/api/search?q=Raqqa%20ab1%2A", Map.of());
      assertEquals(200, good.status(), good.body());
      assertTrue(good.body().contains("\"total\":111"), good.body().substring(0, 200));
    });
  }

  @Test
  void an_http2_preface_gets_a_json_answer_with_the_security_headers() {
    JavalinTest.test(App.create(service), (server, client) -> {
      RawHttp.Reply reply = RawHttp.sendBytes(server.port(),
          "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n".getBytes(StandardCharsets.US_ASCII), false);
      assertEquals(426, reply.status());
      assertEquals("application/json", reply.header("Content-Type").split(";")[0]);
      assertEquals(SecurityHeaders.CONTENT_SECURITY_POLICY, reply.header("Content-Security-Policy"));
      assertEquals("nosniff", reply.header("X-Content-Type-Options"));
      assertEquals("{\"error\":\"upgrade required\",\"detail\":\"this server speaks HTTP/1.1 only\"}", reply.body());
    });
  }
}
