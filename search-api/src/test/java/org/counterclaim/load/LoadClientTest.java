package org.counterclaim.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.testtools.JavalinTest;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.counterclaim.api.App;
import org.counterclaim.search.LuceneSearchService;
import org.counterclaim.search.SearchRequest;
import org.counterclaim.search.SearchResponse;
import org.counterclaim.search.SortOrder;
import org.counterclaim.testing.TestIndexes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The load test's pieces on a small synthetic index: its requests are valid, the client counts right. */
class LoadClientTest {

  @TempDir
  static Path work;
  private static LuceneSearchService service;

  @BeforeAll
  static void buildIndex() throws IOException {
    Path corpus = work.resolve("corpus");
    new SyntheticCorpus(7).write(corpus, "statement", 30);
    TestIndexes.build(work.resolve("index"), corpus);
    service = LuceneSearchService.open(work.resolve("index"));
  }

  @AfterAll
  static void close() {
    service.close();
  }

  @Test
  void the_same_seed_writes_the_same_files() throws IOException {
    new SyntheticCorpus(7).write(work.resolve("again"), "statement", 30);
    for (int i = 1; i <= 30; i++) {
      String name = String.format("statement-%05d.txt", i);
      assertEquals(Files.readString(work.resolve("corpus").resolve(name)), Files.readString(work.resolve("again").resolve(name)));
    }
  }

  @Test
  void synthetic_statements_have_figures_claimants_and_places() {
    SearchResponse all = service.search(new SearchRequest("", Map.of(), null, 1, 10, SortOrder.RELEVANCE));
    assertEquals(30, all.total());
    Map<String, Integer> valuesPerDimension = new TreeMap<>();
    for (SearchResponse.FacetDimension dim : all.facets()) {
      valuesPerDimension.put(dim.dim(), dim.values().size());
    }
    assertTrue(valuesPerDimension.get("category") >= 2, valuesPerDimension.toString());
    assertTrue(valuesPerDimension.get("claimant") >= 5, valuesPerDimension.toString());
    assertTrue(valuesPerDimension.get("place") >= 5, valuesPerDimension.toString());
    assertTrue(valuesPerDimension.get("year") >= 3, valuesPerDimension.toString());
  }

  @Test
  void every_request_of_the_mix_is_answered_200() {
    List<String> ids = service.search(new SearchRequest("", Map.of(), null, 1, 30, SortOrder.RELEVANCE)).hits()
        .stream().map(SearchResponse.Hit::id).toList();
    JavalinTest.test(App.create(service), (server, client) -> {
      Workload workload = new Workload(1, ids);
      Map<String, Integer> kinds = new TreeMap<>();
      for (int i = 0; i < 400; i++) {
        RequestMix.Request request = workload.next();
        assertEquals(200, client.get(request.path()).code(), request.path());
        kinds.merge(request.kind(), 1, Integer::sum);
      }
      assertEquals(List.of("all", "dates", "document", "facet", "figures", "paging", "phrase", "words"),
          new ArrayList<>(kinds.keySet()));
    });
  }

  @Test
  void the_client_counts_every_request_and_no_errors_on_a_healthy_server() {
    JavalinTest.test(App.create(service), (server, client) -> {
      LoadClient load = new LoadClient(URI.create("http://127.0.0.1:" + server.port() + "/"), 2, List.of(),
          Workload::new);
      LoadResult result = load.run(Duration.ZERO, Duration.ofSeconds(1));
      assertEquals(0, result.errors(), result.errorsByReason().toString());
      assertTrue(result.requests() > 0);
      assertEquals(result.requests(), result.requestsByKind().values().stream().mapToLong(Long::longValue).sum());
      assertTrue(result.p50() <= result.p99() && result.p99() <= result.max(), result.toString());
    });
  }

  @Test
  void errors_are_counted_with_their_reason() throws InterruptedException {
    JavalinTest.test(App.create(service), (server, client) -> {
      RequestMix.Factory bad = (seed, ids) -> () -> new RequestMix.Request("bad", "/api/search?size=0");
      LoadResult result = new LoadClient(URI.create("http://127.0.0.1:" + server.port() + "/"), 1, List.of(), bad)
          .run(Duration.ZERO, Duration.ofMillis(300));
      assertEquals(result.requests(), result.errors());
      assertEquals(List.of("HTTP 400 (bad)"), List.copyOf(result.errorsByReason().keySet()));
    });
  }

  @Test
  void only_this_machine_is_load_tested() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new LoadClient(URI.create("http://example.org/"), 1, List.of(), Workload::new));
    assertTrue(e.getMessage().contains("only runs against this machine"), e.getMessage());
  }

  @Test
  void quantiles_are_nearest_rank() {
    Latencies one = new Latencies();
    for (int ms = 1; ms <= 100; ms++) {
      one.add(ms * 1_000_000L);
    }
    Latencies merged = Latencies.merge(List.of(one));
    assertEquals(50.0, merged.quantileMillis(0.50));
    assertEquals(99.0, merged.quantileMillis(0.99));
    assertEquals(100.0, merged.quantileMillis(1.0));
    assertEquals(0.0, Latencies.merge(List.of()).quantileMillis(0.99));
  }
}
