package org.counterclaim.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.testtools.HttpClient;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.counterclaim.index.LuceneDocumentSink;
import org.counterclaim.index.RunSummary;
import org.counterclaim.search.LuceneSearchService;
import org.counterclaim.serve.BackgroundIndexService;
import org.counterclaim.testing.TestIndexes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Who may write and who may read from elsewhere: read-only by default (403), a write token as a bearer token
 * (401 without it), one re-index at a time (409), a lock held by another writer as a failed state; CORS off
 * unless an origin is configured.
 */
class AccessTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String TOKEN = "s3cret-token-for-tests-0123";
  private static final String ORIGIN = "https://newsroom.example";
  private static final RunSummary NOTHING = new RunSummary(0, 0, 0, 0, 0, 0, 0, 0, Duration.ZERO, null, 0);

  @TempDir
  static Path work;
  private static Path news;
  private static Path indexDir;
  private static LuceneSearchService service;

  @BeforeAll
  static void buildIndex() throws IOException {
    news = Files.createDirectories(work.resolve("news"));
    Files.writeString(news.resolve("first.txt"), "PRESS STATEMENT\n\nThe ministry said the talks in Geneva"
        + " would resume on Monday.\n");
    indexDir = work.resolve("index");
    TestIndexes.build(indexDir, news);
    service = LuceneSearchService.open(indexDir);
  }

  @AfterAll
  static void close() {
    service.close();
  }

  private static JsonNode json(Response response) throws IOException {
    return JSON.readTree(response.body().string());
  }

  private static Response post(HttpClient client, String path, Map<String, String> headers) {
    return client.request(path, builder -> {
      builder.post(HttpRequest.BodyPublishers.noBody());
      headers.forEach(builder::header);
    });
  }

  private static void assertError(Response response, int status, String error) throws IOException {
    assertEquals(status, response.code());
    assertTrue(response.headers().get("Content-Type").get(0).startsWith("application/json"));
    JsonNode body = json(response);
    assertEquals(error, body.get("error").asText());
    assertTrue(body.get("detail").isTextual());
  }

  /** Waits for a condition; the deadline only keeps a broken run from hanging the build (it is no speed target). */
  private static void await(BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
    while (!condition.getAsBoolean()) {
      assertTrue(System.nanoTime() < deadline, "the condition never held");
      Thread.sleep(20);
    }
  }

  private static String state(HttpClient client) {
    try {
      return json(client.get("/api/index")).get("state").asText();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void a_server_without_a_token_is_read_only() {
    JavalinTest.test(App.create(service), (server, client) -> {
      Response refused = post(client, "/api/index", Map.of("Authorization", "Bearer " + TOKEN));
      assertError(refused, 403, "read-only");
      assertTrue(json(post(client, "/api/index", Map.of())).get("detail").asText().contains("COUNTERCLAIM_WRITE_TOKEN"));
      assertEquals("idle", state(client));
      assertError(client.put("/api/index", ""), 405, "method not allowed");
      assertError(client.delete("/api/documents/0123456789abcdef"), 405, "method not allowed");
      assertError(post(client, "/api/search", Map.of()), 405, "method not allowed");
    });
  }

  @Test
  void writes_need_the_token_as_a_bearer_token() {
    CountingIndex index = new CountingIndex();
    JavalinTest.test(App.create(service, index, new AccessPolicy(TOKEN, List.of())), (server, client) -> {
      Response missing = post(client, "/api/index", Map.of());
      assertError(missing, 401, "unauthorized");
      assertEquals("Bearer realm=\"counterclaim\"", missing.headers().get("WWW-Authenticate").get(0));
      Response wrong = post(client, "/api/index", Map.of("Authorization", "Bearer " + TOKEN + "x"));
      assertError(wrong, 401, "unauthorized");
      assertEquals("Bearer realm=\"counterclaim\", error=\"invalid_token\"", wrong.headers().get("WWW-Authenticate").get(0));
      assertError(post(client, "/api/index", Map.of("Authorization", "Basic " + TOKEN)), 401, "unauthorized");
      assertEquals(0, index.starts);
      Response accepted = post(client, "/api/index", Map.of("Authorization", "Bearer " + TOKEN));
      assertEquals(202, accepted.code());
      assertEquals("running", json(accepted).get("state").asText());
      assertEquals(1, index.starts);
    });
  }

  @Test
  void the_right_token_reindexes_the_folders_and_a_new_file_becomes_searchable() throws IOException {
    Files.writeString(news.resolve("second.txt"), "PRESS STATEMENT\n\nThe ministry said 12 civilians were killed"
        + " in Zorbatown on Tuesday.\n");
    BackgroundIndexService indexing = new BackgroundIndexService(List.of(news.toString()),
        folders -> TestIndexes.build(indexDir, folders.stream().map(Path::of).toArray(Path[]::new)));
    JavalinTest.test(App.create(service, indexing, new AccessPolicy(TOKEN, List.of())), (server, client) -> {
      assertEquals(0, json(client.get("/api/search?q=Zorbatown")).get("total").asInt());
      Response accepted = post(client, "/api/index", Map.of("Authorization", "Bearer " + TOKEN));
      assertEquals(202, accepted.code());
      assertEquals(List.of(news.toString()), JSON.convertValue(json(accepted).get("folders"), List.class));
      await(() -> !state(client).equals("running"));
      JsonNode status = json(client.get("/api/index"));
      assertEquals("finished", status.get("state").asText());
      assertEquals(1, status.get("last").get("indexed").asInt());
      assertEquals(1, status.get("last").get("unchanged").asInt());
      assertTrue(status.get("error").isNull());
      await(() -> searchTotal(client, "Zorbatown") == 1); // the reader refreshes within a second of the commit
      assertEquals(2, json(client.get("/api/health")).get("documents").asInt());
    });
    indexing.close();
  }

  private static int searchTotal(HttpClient client, String q) {
    try {
      return json(client.get("/api/search?q=" + q)).get("total").asInt();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void a_second_run_while_one_runs_is_a_409() throws InterruptedException {
    CountDownLatch release = new CountDownLatch(1);
    BackgroundIndexService indexing = new BackgroundIndexService(List.of("news"), folders -> {
      release.await();
      return NOTHING;
    });
    Map<String, String> auth = Map.of("Authorization", "Bearer " + TOKEN);
    JavalinTest.test(App.create(service, indexing, new AccessPolicy(TOKEN, List.of())), (server, client) -> {
      assertEquals(202, post(client, "/api/index", auth).code());
      assertError(post(client, "/api/index", auth), 409, "already running");
      assertEquals("running", state(client));
      release.countDown();
      await(() -> state(client).equals("finished"));
      assertEquals(202, post(client, "/api/index", auth).code());
      await(() -> state(client).equals("finished"));
    });
    indexing.close();
  }

  @Test
  void a_lock_held_by_another_writer_is_a_failed_run_not_a_500() throws IOException {
    BackgroundIndexService indexing = new BackgroundIndexService(List.of(news.toString()),
        folders -> TestIndexes.build(indexDir, folders.stream().map(Path::of).toArray(Path[]::new)));
    try (LuceneDocumentSink other = LuceneDocumentSink.open(indexDir)) { // as an `index` command would
      JavalinTest.test(App.create(service, indexing, new AccessPolicy(TOKEN, List.of())), (server, client) -> {
        assertEquals(202, post(client, "/api/index", Map.of("Authorization", "Bearer " + TOKEN)).code());
        await(() -> !state(client).equals("running"));
        JsonNode status = json(client.get("/api/index"));
        assertEquals("failed", status.get("state").asText());
        assertEquals("another process is writing to this index (an 'index' command?); try again when it has"
            + " finished", status.get("error").asText());
        assertEquals(200, client.get("/api/search?q=Geneva").code());
      });
    }
    indexing.close();
  }

  @Test
  void a_server_without_folders_has_nothing_to_reindex() {
    JavalinTest.test(App.create(service, IndexService.NONE, new AccessPolicy(TOKEN, List.of())), (server, client) ->
        assertError(post(client, "/api/index", Map.of("Authorization", "Bearer " + TOKEN)), 409, "nothing to index"));
  }

  @Test
  void cors_is_off_by_default() {
    JavalinTest.test(App.create(service), (server, client) -> {
      Response read = client.get("/api/search?q=Geneva", b -> b.header("Origin", ORIGIN));
      assertEquals(200, read.code());
      assertNull(read.headers().get("Access-Control-Allow-Origin"));
      RawHttp.Reply preflight = RawHttp.send(server.port(), "OPTIONS", "/api/search",
          Map.of("Origin", ORIGIN, "Access-Control-Request-Method", "GET"));
      assertEquals(405, preflight.status());
      assertNull(preflight.header("Access-Control-Allow-Origin"));
    });
  }

  @Test
  void cors_lets_a_configured_origin_read_and_nothing_more() {
    AccessPolicy access = new AccessPolicy(TOKEN, List.of(ORIGIN));
    JavalinTest.test(App.create(service, IndexService.NONE, access), (server, client) -> {
      Response read = client.get("/api/search?q=Geneva", b -> b.header("Origin", ORIGIN));
      assertEquals(200, read.code());
      assertEquals(List.of(ORIGIN), read.headers().get("Access-Control-Allow-Origin"));
      Response other = client.get("/api/search?q=Geneva", b -> b.header("Origin", "https://evil.example"));
      assertError(other, 403, "origin not allowed");
      assertNull(other.headers().get("Access-Control-Allow-Origin"));
      Response plain = client.get("/api/search?q=Geneva");
      assertEquals(200, plain.code());
      assertNull(plain.headers().get("Access-Control-Allow-Origin"));
      RawHttp.Reply readPreflight = RawHttp.send(server.port(), "OPTIONS", "/api/search",
          Map.of("Origin", ORIGIN, "Access-Control-Request-Method", "GET"));
      assertEquals(200, readPreflight.status());
      assertEquals(ORIGIN, readPreflight.header("Access-Control-Allow-Origin"));
      RawHttp.Reply writePreflight = RawHttp.send(server.port(), "OPTIONS", "/api/index", Map.of("Origin", ORIGIN,
          "Access-Control-Request-Method", "POST", "Access-Control-Request-Headers", "authorization"));
      assertEquals(403, writePreflight.status());
      assertNull(writePreflight.header("Access-Control-Allow-Origin"));
      assertNull(writePreflight.header("Access-Control-Allow-Methods"));
    });
  }

  @Test
  void a_token_must_be_long_and_an_origin_an_origin() {
    assertThrows(IllegalArgumentException.class, () -> new AccessPolicy("short-token", List.of()));
    assertThrows(IllegalArgumentException.class, () -> new AccessPolicy("sixteen chars ok", List.of()));
    assertThrows(IllegalArgumentException.class, () -> new AccessPolicy(null, List.of("*")));
    assertThrows(IllegalArgumentException.class, () -> new AccessPolicy(null, List.of("https://a.example/path")));
    assertEquals("AccessPolicy[writes with a token, CORS origins [http://localhost:8080]]",
        new AccessPolicy(TOKEN, List.of("http://localhost:8080")).toString());
  }

  /** Counts the runs asked for; every one starts. */
  private static final class CountingIndex implements IndexService {
    private int starts;

    @Override
    public Status status() {
      return new Status(IDLE, List.of("news"), null, null, null, null);
    }

    @Override
    public Start start() {
      starts++;
      return new Started(new Status(RUNNING, List.of("news"), "2026-01-01T00:00:00Z", null, null, null));
    }
  }
}
