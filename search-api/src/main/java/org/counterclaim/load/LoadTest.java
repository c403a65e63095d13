package org.counterclaim.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.InetAddress;
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
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The load test: an index of at least {@code documents} synthetic statements (built once, kept in the work folder),
 * a server in its own JVM on 127.0.0.1, an {@code index} run in a third JVM adding documents, and closed-loop clients
 * measuring the search endpoint while it does.
 */
public final class LoadTest {

  private static final Logger LOG = LoggerFactory.getLogger(LoadTest.class);

  /** What to run. */
  public record Settings(Path work, int documents, int added, int clients, Duration warmUp, Duration duration,
      String serverHeap, String indexerHeap, int indexerThreads) {}

  /** The figures of a run. */
  public record Report(long documentsAtStart, long documentsAtEnd, LoadResult search,
      LoadResult contradictions, int clients, int added, int indexerThreads, boolean indexerRanThroughout) {}

  private final Settings settings;
  private final HttpClient http = HttpClient.newHttpClient();
  private final ObjectMapper json = new ObjectMapper();

  public LoadTest(Settings settings) {
    this.settings = settings;
  }

  public Report run() throws IOException, InterruptedException {
    Path corpus = settings.work().resolve("corpus");
    Path index = settings.work().resolve("index");
    prepare(corpus, index);
    Path added = settings.work().resolve("added");
    writeAdded(added);
    int port = freePort();
    URI base = URI.create("http://127.0.0.1:" + port + "/");
    try (ChildProcess server = ChildProcess.start("server", settings.serverHeap(),
        List.of("serve", "--index", index.toString(), "--port", String.valueOf(port)), log("server.log"))) {
      waitForHealth(server, base);
      long before = documents(base);
      List<String> ids = documentIds(base);
      LOG.info("{} documents indexed; {} clients for {} s after {} s warm-up, while {} documents are added",
          before, settings.clients(), settings.duration().toSeconds(), settings.warmUp().toSeconds(), settings.added());
      LoadResult search;
      boolean throughout;
      if (settings.added() == 0) {
        search = new LoadClient(base, settings.clients(), ids, Workload::new).run(settings.warmUp(), settings.duration());
        throughout = false;
      } else {
        try (ChildProcess indexer = ChildProcess.start("indexer", settings.indexerHeap(),
            List.of("index", added.toString(), "--index", index.toString(),
                "--threads", String.valueOf(settings.indexerThreads())), log("indexer.log"))) {
          search = new LoadClient(base, settings.clients(), ids, Workload::new).run(settings.warmUp(), settings.duration());
          throughout = indexer.isAlive();
        }
      }
      long after = documents(base);
      LoadResult contradictions = new LoadClient(base, 2, ids, ContradictionsWorkload::new)
          .run(Duration.ofSeconds(5), Duration.ofSeconds(Math.max(10, settings.duration().toSeconds() / 4)));
      return new Report(before, after, search, contradictions, settings.clients(), settings.added(),
          settings.indexerThreads(),
          throughout);
    }
  }

  /** Builds the corpus and its index unless a previous run left them complete. */
  private void prepare(Path corpus, Path index) throws IOException, InterruptedException {
    if (count(corpus) != settings.documents()) {
      LOG.info("writing {} synthetic documents to {}", settings.documents(), corpus);
      deleteFolder(corpus);
      new SyntheticCorpus(42).write(corpus, "statement", settings.documents());
    }
    LOG.info("bringing the index {} up to date (the first time takes a while: every document is analysed)", index);
    try (ChildProcess indexer = ChildProcess.start("indexer", settings.indexerHeap(),
        List.of("index", corpus.toString(), "--index", index.toString()), log("prepare.log"))) {
      int exit = indexer.waitFor();
      if (exit != 0) {
        throw new IllegalStateException("indexing the corpus failed (exit " + exit + "); see " + log("prepare.log"));
      }
    }
  }

  /** New documents each run (a new seed), so the indexer has real work while the clients measure. */
  private void writeAdded(Path added) throws IOException {
    deleteFolder(added);
    if (settings.added() > 0) {
      new SyntheticCorpus(System.nanoTime()).write(added, "added", settings.added());
    }
  }

  private void waitForHealth(ChildProcess server, URI base) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
    while (System.nanoTime() < deadline) {
      server.checkAlive();
      try {
        if (get(base, "api/health").statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        LOG.trace("server not up yet: {}", notYet.getMessage());
      }
      Thread.sleep(250);
    }
    throw new IllegalStateException("the server did not answer within 2 minutes; see " + log("server.log"));
  }

  private long documents(URI base) throws IOException, InterruptedException {
    return json.readTree(get(base, "api/health").body()).path("documents").asLong();
  }

  /** A few hundred ids to fetch documents by. */
  private List<String> documentIds(URI base) throws IOException, InterruptedException {
    List<String> ids = new ArrayList<>();
    for (int page = 1; page <= 3; page++) {
      JsonNode hits = json.readTree(get(base, "api/search?q=killed&size=100&page=" + page).body()).path("hits");
      hits.forEach(hit -> ids.add(hit.path("id").asText()));
    }
    return ids;
  }

  private HttpResponse<String> get(URI base, String path) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private Path log(String name) {
    return settings.work().resolve(name);
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  private static long count(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return -1;
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files.count();
    }
  }

  private static void deleteFolder(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path p : files.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
        Files.delete(p);
      }
    }
  }
}
