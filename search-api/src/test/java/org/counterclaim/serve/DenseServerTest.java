package org.counterclaim.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.counterclaim.testing.ChildJvm;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real {@code serve} command, in a JVM held to {@value #HEAP} of heap, over an index of figure-dense documents
 * ({@link DenseIndex}): {@value #CLIENTS} clients at once ask for searches, document pages and contradiction
 * exports, and not one request gets a 500 (before the figures were capped, 18 of 24 did: out of memory reading
 * stored fields). The largest answer is printed for docs/guarantees.md.
 */
class DenseServerTest {

  static final String HEAP = "512m";
  static final int CLIENTS = 24;
  static final int ROUNDS = 2;
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  static Path work;
  private static Process server;
  private static Path log;
  private static int port;
  private static List<String> ids;
  private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  @BeforeAll
  static void serveTheDenseIndex() throws Exception {
    Path index = work.resolve("index");
    ids = DenseIndex.write(index);
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    log = work.resolve("serve.log");
    server = ChildJvm.start(HEAP, Counterclaim.class, List.of("serve", "--index", index.toString(), "--port",
        String.valueOf(port)), log);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
    while (true) {
      try {
        if (get("/api/health").statusCode() == 200) {
          break;
        }
      } catch (IOException e) {
        if (System.nanoTime() > deadline || !server.isAlive()) {
          throw new IllegalStateException("the server did not come up:\n" + Files.readString(log), e);
        }
        Thread.sleep(250);
      }
    }
  }

  @AfterAll
  static void stopServer() throws InterruptedException {
    if (server != null) {
      server.destroy();
      if (!server.waitFor(20, TimeUnit.SECONDS)) {
        server.destroyForcibly();
      }
    }
  }

  private static HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
    return CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .timeout(Duration.ofSeconds(120)).build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  /** The id of the contradiction group, once the server has computed the groups (on a background thread). */
  private static String groupId() throws Exception {
    for (int tries = 0; tries < 240; tries++) {
      JsonNode groups = JSON.readTree(get("/api/contradictions").body()).get("groups");
      if (groups.size() > 0) {
        return groups.get(0).get("id").asText();
      }
      Thread.sleep(250);
    }
    throw new IllegalStateException("no contradiction group after a minute");
  }

  @Test
  void concurrent_searches_document_pages_and_exports_never_answer_500() throws Exception {
    String group = groupId();
    List<String> paths = new ArrayList<>(List.of("/api/search?q=civilians&size=100", "/api/search?q=killed",
        "/api/search?q=%22at+least+12%22&size=100&sort=newest", "/api/facets", "/api/contradictions",
        "/api/contradictions?q=civilians", "/api/contradictions/" + group,
        "/api/contradictions/" + group + "/export?format=json", "/api/contradictions/" + group + "/export?format=csv"));
    for (String id : ids) {
      paths.add("/api/documents/" + id);
      paths.add("/api/documents/" + id + "?offset=6000000");
    }
    Map<Integer, AtomicLong> statuses = new ConcurrentHashMap<>();
    Map<String, Long> largest = new ConcurrentHashMap<>();
    ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
    long start = System.nanoTime();
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int c = 0; c < CLIENTS; c++) {
        int client = c;
        done.add(clients.submit(() -> {
          for (int r = 0; r < ROUNDS; r++) {
            for (int i = 0; i < paths.size(); i++) {
              String path = paths.get((i + client) % paths.size());
              HttpResponse<byte[]> response = get(path);
              statuses.computeIfAbsent(response.statusCode(), s -> new AtomicLong()).incrementAndGet();
              largest.merge(path, (long) response.body().length, Math::max);
            }
          }
          return null;
        }));
      }
      for (Future<?> f : done) {
        f.get(10, TimeUnit.MINUTES);
      }
    } finally {
      clients.shutdownNow();
    }
    long seconds = (System.nanoTime() - start) / 1_000_000_000L;
    Map<Integer, Long> counted = new TreeMap<>();
    statuses.forEach((status, n) -> counted.put(status, n.get()));
    Map.Entry<String, Long> biggest = largest.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
    System.out.printf("DenseServerTest: %d requests in %d s with -Xmx%s, statuses %s; largest answer %,d bytes (%s)%n",
        (long) CLIENTS * ROUNDS * paths.size(), seconds, HEAP, counted, biggest.getValue(), biggest.getKey());
    String output = Files.readString(log);
    assertEquals(Map.of(200, (long) CLIENTS * ROUNDS * paths.size()), counted, output.length() > 4_000
        ? output.substring(output.length() - 4_000) : output);
    assertFalse(output.contains("OutOfMemoryError"), "out of memory in the server log");
    assertTrue(server.isAlive());
    assertTrue(biggest.getValue() < 5_000_000, "largest answer " + biggest);
  }
}
