package org.counterclaim.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.javalin.testtools.JavalinTest;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.counterclaim.search.LuceneSearchService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * DNS rebinding: a page on another name that resolves to 127.0.0.1 sends its requests with its own name as Host.
 * Only localhost, IP addresses (which cannot be rebound) and the names the server is configured with are served;
 * any other Host is a 421 JSON error, on the API and on the pages alike.
 */
class HostHeaderTest {

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

  private static RawHttp.Reply get(int port, String target, String host) throws IOException {
    return RawHttp.send(port, "GET", target, Map.of("Host", host));
  }

  @Test
  void another_name_is_refused_with_421_on_the_api_and_the_pages() {
    JavalinTest.test(App.create(service), (server, client) -> {
      int port = server.port();
      for (String target : List.of("/api/health", "/api/search?q=Raqqa", "/api/documents/" + SmallIndex.FIRST_ID,
          "/api/contradictions", "/", "/index.html", "/api/nothing-here")) {
        for (String host : List.of("rebind.attacker.example", "rebind.attacker.example:" + port, "localhost.evil",
            "127.0.0.1.nip.io:" + port)) {
          RawHttp.Reply reply = get(port, target, host);
          assertEquals(421, reply.status(), target + " with Host " + host);
          assertEquals("{\"error\":\"misdirected request\",\"detail\":\"this server answers to localhost, its IP"
              + " addresses and the names given with serve --allowed-host, not to '" + host.replaceAll(":\\d+$", "")
              + "'\"}", reply.body(), target + " with Host " + host);
          assertEquals("application/json", reply.header("Content-Type").split(";")[0]);
          assertEquals("nosniff", reply.header("X-Content-Type-Options"));
        }
      }
    });
  }

  @Test
  void localhost_and_ip_addresses_are_served() {
    JavalinTest.test(App.create(service), (server, client) -> {
      int port = server.port();
      for (String host : List.of("localhost", "localhost:" + port, "LOCALHOST:" + port, "127.0.0.1",
          "127.0.0.1:" + port, "[::1]:" + port, "192.168.1.20:" + port)) {
        assertEquals(200, get(port, "/api/health", host).status(), host);
        assertEquals(200, get(port, "/", host).status(), host);
      }
    });
  }

  @Test
  void configured_names_are_served() {
    AccessPolicy access = new AccessPolicy(null, List.of(), List.of("newsroom.internal"));
    JavalinTest.test(App.create(service, IndexService.NONE, access), (server, client) -> {
      int port = server.port();
      assertEquals(200, get(port, "/api/health", "newsroom.internal:" + port).status());
      assertEquals(200, get(port, "/api/health", "Newsroom.Internal").status());
      assertEquals(421, get(port, "/api/health", "other.internal:" + port).status());
    });
  }

  @Test
  void allowed_host_names_are_checked() {
    IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> new AccessPolicy(null, List.of(), List.of("http://newsroom.internal")));
    assertEquals("'http://newsroom.internal' is not a host name: give the name alone, e.g. newsroom.internal"
        + " (no scheme, port or path)", e.getMessage());
  }
}
