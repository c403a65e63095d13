package org.counterclaim.solrcloud;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.counterclaim.index.IndexRun;
import org.counterclaim.index.Partition;
import org.counterclaim.index.RunSummary;
import org.counterclaim.ingest.IngestLimits;
import org.counterclaim.ingest.Ingester;
import org.counterclaim.lexicon.OrganisationAliases;
import org.counterclaim.load.SyntheticCorpus;
import org.counterclaim.run.IndexJob;
import org.counterclaim.run.Indexing;
import org.counterclaim.search.SolrSearchService;
import org.counterclaim.solr.SolrTarget;
import org.counterclaim.testing.SharedPipeline;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three indexer workers ({@code --worker K/3}) run at once over the same folder into one collection: each file is
 * read by exactly one of them, the collection holds each document once, and incremental runs (unchanged, changed,
 * removed files) behave as on the embedded index, each worker handling its own files.
 */
class SolrCloudWorkersTest {

  private static final int FILES = 36;
  private static final int WORKERS = 3;

  @TempDir
  static Path tmp;
  private static LocalSolrCloud cloud;
  private static SolrTarget target;

  @BeforeAll
  static void start() throws Exception {
    cloud = LocalSolrCloud.start(tmp.resolve("solr"), 3);
    target = SolrTarget.parse(cloud.zkAddress(), "workers", 2, 2).withReportDir(tmp.resolve("reports"));
  }

  @AfterAll
  static void stop() throws Exception {
    if (cloud != null) {
      cloud.close();
    }
  }

  @Test
  void workers_share_the_files_and_each_document_is_indexed_once() throws Exception {
    Path folder = tmp.resolve("statements");
    new SyntheticCorpus(7).write(folder, "statement", FILES);

    List<RunSummary> first = runWorkers(folder);
    assertEquals(FILES, first.stream().mapToInt(RunSummary::indexed).sum(), "every file indexed by one worker");
    for (int k = 1; k <= WORKERS; k++) {
      int mine = 0;
      try (var files = Files.list(folder)) {
        for (Path file : files.toList()) {
          mine += new Partition(k, WORKERS).contains(file.toAbsolutePath().normalize().toString()) ? 1 : 0;
        }
      }
      assertEquals(mine, first.get(k - 1).files(), "worker " + k + " read exactly its share");
      assertTrue(mine > 0, "each worker has files");
      assertTrue(Files.exists(tmp.resolve("reports").resolve("solr-workers-worker-" + k + "-of-3-report.jsonl")));
    }
    assertEquals(FILES, documents());

    List<RunSummary> again = runWorkers(folder);
    assertEquals(FILES, again.stream().mapToInt(RunSummary::unchanged).sum(), "a second run reads nothing");
    assertEquals(0, again.stream().mapToInt(RunSummary::indexed).sum());

    List<Path> files;
    try (var list = Files.list(folder)) {
      files = list.sorted().toList();
    }
    Files.delete(files.get(0));
    Files.delete(files.get(1));
    Files.writeString(files.get(2), Files.readString(files.get(2)) + "\nThe ministry later said 12 more were killed.\n");
    List<RunSummary> third = runWorkers(folder);
    assertEquals(2, third.stream().mapToInt(RunSummary::removed).sum(), "each gone file removed once");
    assertEquals(1, third.stream().mapToInt(RunSummary::replaced).sum(), "the changed file replaced");
    assertEquals(FILES - 3, third.stream().mapToInt(RunSummary::unchanged).sum());
    assertEquals(FILES - 2, documents(), "each document once");
  }

  private static List<RunSummary> runWorkers(Path folder) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(WORKERS);
    try {
      List<Future<RunSummary>> runs = new ArrayList<>();
      for (int k = 1; k <= WORKERS; k++) {
        Partition partition = new Partition(k, WORKERS);
        runs.add(pool.submit(() -> {
          try (Ingester ingester = new Ingester(IngestLimits.DEFAULT, OrganisationAliases.builtIn())) {
            IndexJob job = new IndexJob(List.of(folder.toString()), false,
                new IndexRun.Options(1, 500, java.time.Duration.ofSeconds(10)), partition);
            return Indexing.run(job, target, ingester, SharedPipeline::get, Listeners.quiet());
          }
        }));
      }
      List<RunSummary> summaries = new ArrayList<>();
      for (Future<RunSummary> run : runs) {
        summaries.add(run.get());
      }
      summaries.forEach(s -> assertEquals(0, s.failed(), s.toString()));
      summaries.forEach(s -> org.slf4j.LoggerFactory.getLogger(SolrCloudWorkersTest.class).info("worker: {}", s));
      return summaries;
    } finally {
      pool.shutdownNow();
    }
  }

  private static long documents() throws Exception {
    try (SolrSearchService search = SolrSearchService.open(target)) {
      long count = search.health().documents();
      List<org.counterclaim.model.Claim> claims = search.claims("");
      assertEquals(claims.stream().map(c -> c.docId() + "|" + c.start()).distinct().count(), claims.size(),
          "no figure of a document listed twice");
      return count;
    }
  }
}
