package org.counterclaim.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.testtools.JavalinTest;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.counterclaim.search.LuceneSearchService;
import org.counterclaim.testing.TestFiles;
import org.counterclaim.testing.TestIndexes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A seeded fuzz of every endpoint and parameter ({@link HostileRequests}), sent over a raw socket so that nothing
 * is tidied on the way. No answer may be a 500; every error is a JSON {error, detail} with the right 4xx and no
 * stack trace or class name; every answer is within the caps; no answer grants CORS to an origin not configured.
 */
class QueryFuzzTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String TOKEN = "fuzz-write-token-0123456789";
  private static final String ORIGIN = "https://newsroom.example";
  /** What leaks from a stack trace or an exception's toString: class and package names, source lines. */
  private static final Pattern LEAK = Pattern.compile(
      "(?i)exception|\\bat [a-z]+\\.[a-z]|\\.java:\\d|\\b(org|io|com|java|javax|jakarta|kotlin|sun)\\.[a-z]+\\.");

  @TempDir
  static Path work;
  private static LuceneSearchService service;

  @BeforeAll
  static void buildIndex() throws IOException {
    TestIndexes.build(work.resolve("index"), TestFiles.corpus());
    service = LuceneSearchService.open(work.resolve("index"));
  }

  @AfterAll
  static void close() {
    service.close();
  }

  private static List<HostileRequests.Probe> probes(String docId, String groupId) {
    List<HostileRequests.Probe> probes = new ArrayList<>();
    probes.addAll(HostileRequests.parameters(docId, groupId));
    probes.addAll(HostileRequests.lucene(20261122L, 600));
    probes.addAll(HostileRequests.ids());
    probes.addAll(HostileRequests.methods(docId, groupId));
    probes.addAll(HostileRequests.headers(TOKEN, false));
    probes.add(new HostileRequests.Probe("GET", "/api/search?q=Raqqa", Map.of("Origin", ORIGIN), HostileRequests.OK));
    probes.add(new HostileRequests.Probe("OPTIONS", "/api/search", Map.of("Origin", ORIGIN,
        "Access-Control-Request-Method", "GET"), Set.of(405)));
    return probes;
  }

  @Test
  void no_input_gets_a_500_and_every_error_is_json_within_the_caps() {
    AccessPolicy access = new AccessPolicy(TOKEN, List.of());
    JavalinTest.test(App.create(service, IndexService.NONE, access), (server, client) -> {
      String docId = JSON.readTree(client.get("/api/search?q=Raqqa").body().string()).get("hits").get(0).get("id").asText();
      String groupId = JSON.readTree(client.get("/api/contradictions").body().string()).get("groups").get(0).get("id").asText();
      List<HostileRequests.Probe> probes = probes(docId, groupId);
      assertTrue(probes.size() > 1_200, "probes: " + probes.size());
      for (HostileRequests.Probe probe : probes) {
        check(probe, RawHttp.send(server.port(), probe.method(), probe.target(), probe.headers()), false);
      }
    });
  }

  /**
   * With CORS for one origin, the plugin answers every OPTIONS with a 200 (a preflight), granting nothing to other
   * origins; the configured one may read (GET), never write.
   */
  @Test
  void cors_grants_reading_to_the_configured_origin_only() {
    AccessPolicy access = new AccessPolicy(TOKEN, List.of(ORIGIN));
    JavalinTest.test(App.create(service, IndexService.NONE, access), (server, client) -> {
      List<HostileRequests.Probe> probes = new ArrayList<>(HostileRequests.headers(TOKEN, true));
      for (String method : List.of("GET", "HEAD")) {
        probes.add(new HostileRequests.Probe("OPTIONS", "/api/search", Map.of("Origin", ORIGIN,
            "Access-Control-Request-Method", method), HostileRequests.OK));
      }
      for (String method : List.of("POST", "PUT", "DELETE", "PATCH")) {
        probes.add(new HostileRequests.Probe("OPTIONS", "/api/index", Map.of("Origin", ORIGIN,
            "Access-Control-Request-Method", method, "Access-Control-Request-Headers", "authorization"), Set.of(403)));
      }
      probes.add(new HostileRequests.Probe("GET", "/api/search?q=Raqqa", Map.of("Origin", ORIGIN), HostileRequests.OK));
      probes.add(new HostileRequests.Probe("OPTIONS", "/api/health", Map.of(), HostileRequests.OK));
      for (HostileRequests.Probe probe : probes) {
        check(probe, RawHttp.send(server.port(), probe.method(), probe.target(), probe.headers()), true);
      }
    });
  }

  @Test
  void a_read_only_server_answers_every_write_with_403() {
    JavalinTest.test(App.create(service), (server, client) -> {
      for (String auth : List.of("", "Bearer " + TOKEN, "Bearer x", "Basic dXNlcjpwYXNz")) {
        HostileRequests.Probe probe = new HostileRequests.Probe("POST", "/api/index",
            auth.isEmpty() ? Map.of() : Map.of("Authorization", auth), Set.of(403));
        check(probe, RawHttp.send(server.port(), probe.method(), probe.target(), probe.headers()), false);
      }
    });
  }

  private static void check(HostileRequests.Probe probe, RawHttp.Reply reply, boolean cors) throws IOException {
    int status = reply.status();
    String body = reply.body().length() > 300 ? reply.body().substring(0, 300) + "…" : reply.body();
    assertTrue(status < 500, status + " for " + probe + ": " + body);
    assertTrue(probe.expected().isEmpty() || probe.expected().contains(status),
        status + " for " + probe + ", expected " + probe.expected() + ": " + body);
    boolean json = reply.header("Content-Type") != null && reply.header("Content-Type").startsWith("application/json");
    if (status >= 400) {
      assertTrue(json, "not JSON: " + status + " for " + probe);
      JsonNode error = JSON.readTree(reply.body());
      assertTrue(error.isObject() && error.get("error").isTextual() && !error.get("error").asText().isBlank(),
          "no error for " + probe + ": " + reply.body());
      assertTrue(error.has("detail") && (error.get("detail").isTextual() || error.get("detail").isNull()),
          "no detail for " + probe + ": " + reply.body());
      assertEquals(2, error.size(), "more than error and detail for " + probe + ": " + reply.body());
      assertFalse(LEAK.matcher(reply.body()).find(), "a class name or trace for " + probe + ": " + reply.body());
    } else if (json && probe.method().equals("GET") && !probe.target().startsWith("/api/openapi.json")) {
      CapsCheck.check(probe.target(), reply.body(), JSON.readTree(reply.body()));
    }
    if (status == 401) {
      assertNotNull(reply.header("WWW-Authenticate"), "no WWW-Authenticate for " + probe);
    }
    String origin = probe.headers().get("Origin");
    String wanted = probe.headers().get("Access-Control-Request-Method");
    if (cors && ORIGIN.equals(origin) && (probe.method().equals("GET") || "GET".equals(wanted) || "HEAD".equals(wanted))) {
      assertEquals(ORIGIN, reply.header("Access-Control-Allow-Origin"), probe.toString());
    } else {
      assertNull(reply.header("Access-Control-Allow-Origin"), "CORS granted for " + probe);
    }
  }
}
