package org.counterclaim.solrcloud;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.counterclaim.index.IndexRun;
import org.counterclaim.index.RunSummary;
import org.counterclaim.ingest.IngestLimits;
import org.counterclaim.ingest.Ingester;
import org.counterclaim.lexicon.OrganisationAliases;
import org.counterclaim.load.SyntheticCorpus;
import org.counterclaim.model.Claim;
import org.counterclaim.run.IndexJob;
import org.counterclaim.run.Indexing;
import org.counterclaim.search.SearchRequest;
import org.counterclaim.search.SolrSearchService;
import org.counterclaim.search.SortOrder;
import org.counterclaim.solr.SolrTarget;
import org.counterclaim.testing.SharedPipeline;
import org.apache.solr.embedded.JettySolrRunner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Solr node stopped in the middle of an index run (2 shards × 2 replicas on 3 nodes): the run retries on the
 * other nodes and ends with every document present exactly once, and searches keep answering while the node's
 * replicas are down.
 */
class SolrCloudFaultsTest {

  private static final int FILES = 20;

  @TempDir
  static Path tmp;
  private static LocalSolrCloud cloud;

  @BeforeAll
  static void start() throws Exception {
    cloud = LocalSolrCloud.start(tmp.resolve("solr"), 3);
  }

  @AfterAll
  static void stop() throws Exception {
    if (cloud != null) {
      cloud.close();
    }
  }

  @Test
  void a_node_stopped_mid_run_loses_nothing_and_duplicates_nothing() throws Exception {
    SolrTarget target = SolrTarget.parse(cloud.zkAddress(), "faults", 2, 2).withReportDir(tmp.resolve("reports"));
    Path folder = tmp.resolve("statements");
    new SyntheticCorpus(11).write(folder, "statement", FILES);
    try (SolrSearchService search = SolrSearchService.open(target)) {
      CompletableFuture<JettySolrRunner> stopped = new CompletableFuture<>();
      AtomicInteger searchesWhileDown = new AtomicInteger();
      IndexRun.Listener stopAfterSix = Listeners.after(6, () -> CompletableFuture.runAsync(() -> {
        try {
          JettySolrRunner node = cloud.stopNode(1);
          for (int i = 0; i < 5; i++) { // searches keep answering while the node's replicas are down
            search.search(new SearchRequest("killed", Map.of(), 1, 10, SortOrder.RELEVANCE));
            searchesWhileDown.incrementAndGet();
          }
          stopped.complete(node);
        } catch (Exception e) {
          stopped.completeExceptionally(e);
        }
      }));
      RunSummary run;
      try (Ingester ingester = new Ingester(IngestLimits.DEFAULT, OrganisationAliases.builtIn())) {
        IndexJob job = new IndexJob(List.of(folder.toString()), false,
            new IndexRun.Options(2, 5, java.time.Duration.ofSeconds(2)), null);
        run = Indexing.run(job, target, ingester, SharedPipeline::get, stopAfterSix);
      }
      JettySolrRunner node = stopped.get();
      org.slf4j.LoggerFactory.getLogger(SolrCloudFaultsTest.class).info("run with a node stopped: {}", run);
      assertEquals(0, run.failed(), run.toString());
      assertEquals(FILES, run.indexed(), run.toString());
      assertEquals(5, searchesWhileDown.get());

      assertEquals(FILES, search.health().documents(), "every document present, once, with a node down");
      assertEquals(FILES, search.search(new SearchRequest("", Map.of(), 1, 10, SortOrder.RELEVANCE)).total());
      cloud.startNode(node);
      try (var connection = org.counterclaim.solr.SolrConnection.open(target)) {
        connection.waitUntilActive(java.time.Duration.ofSeconds(120));
      }
      assertEquals(FILES, search.health().documents(), "and once after the node is back");
      List<Claim> claims = search.claims("");
      assertEquals(claims.stream().map(c -> c.docId() + "|" + c.start()).distinct().count(), claims.size());
      assertTrue(claims.stream().map(Claim::docId).distinct().count() > FILES / 2, "figures were indexed");
    }
  }
}
