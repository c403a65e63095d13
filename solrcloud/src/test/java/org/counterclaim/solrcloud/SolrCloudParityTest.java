package org.counterclaim.solrcloud;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.counterclaim.index.DocumentSink;
import org.counterclaim.index.IndexRun;
import org.counterclaim.index.LuceneDocumentSink;
import org.counterclaim.index.RunSummary;
import org.counterclaim.ingest.IngestLimits;
import org.counterclaim.ingest.Ingester;
import org.counterclaim.lexicon.OrganisationAliases;
import org.counterclaim.model.AnalysedDocument;
import org.counterclaim.run.IndexJob;
import org.counterclaim.run.Indexing;
import org.counterclaim.run.LuceneIndex;
import org.counterclaim.search.LuceneSearchService;
import org.counterclaim.search.SearchRequest;
import org.counterclaim.search.SearchResponse;
import org.counterclaim.search.SearchService;
import org.counterclaim.search.SolrSearchService;
import org.counterclaim.search.SortOrder;
import org.counterclaim.solr.SolrTarget;
import org.counterclaim.testing.SharedPipeline;
import org.counterclaim.testing.TestFiles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The same answers from the embedded index and from a SolrCloud collection of 2 shards × 2 replicas on 3 nodes:
 * the seed corpus (through the real index job, CoreNLP included) and 1,200 synthetic files with attachments, each
 * test query with the same ids, totals, facet counts and snippets, in the same order where scores are not tied.
 */
class SolrCloudParityTest {

  private static final Logger LOG = LoggerFactory.getLogger(SolrCloudParityTest.class);

  private static final int SYNTHETIC_FILES = 1_200;

  @TempDir
  static Path tmp;
  private static LocalSolrCloud cloud;
  private static SearchService seedLucene;
  private static SearchService seedSolr;
  private static SearchService synthLucene;
  private static SearchService synthSolr;

  @BeforeAll
  static void indexBothBackends() throws Exception {
    cloud = LocalSolrCloud.start(tmp.resolve("solr"), 3);
    SolrTarget seed = SolrTarget.parse(cloud.zkAddress(), "seed", 2, 2);
    SolrTarget synthetic = SolrTarget.parse(cloud.zkAddress(), "synthetic", 2, 2);
    IndexJob job = IndexJob.of(List.of(TestFiles.corpus().toString()), IndexRun.Options.DEFAULT);
    try (Ingester ingester = new Ingester(IngestLimits.DEFAULT, OrganisationAliases.builtIn())) {
      RunSummary onLucene = Indexing.run(job, new LuceneIndex(tmp.resolve("seed-index")), ingester,
          SharedPipeline::get, Listeners.quiet());
      RunSummary onSolr = Indexing.run(job, seed, ingester, SharedPipeline::get, Listeners.quiet());
      assertEquals(onLucene.documents(), onSolr.documents());
      assertTrue(onSolr.indexed() > 0);
    }
    List<List<AnalysedDocument>> files = new SyntheticDocuments(13).files(SYNTHETIC_FILES);
    try (DocumentSink lucene = LuceneDocumentSink.open(tmp.resolve("synthetic-index"));
         DocumentSink solr = synthetic.open()) {
      long luceneNanos = 0;
      long solrNanos = 0;
      for (int i = 0; i < files.size(); i++) {
        String file = "/synthetic/doc-" + i + ".txt";
        long t0 = System.nanoTime();
        lucene.put(file, files.get(i));
        long t1 = System.nanoTime();
        solr.put(file, files.get(i));
        luceneNanos += t1 - t0;
        solrNanos += System.nanoTime() - t1;
      }
      long t2 = System.nanoTime();
      lucene.commit();
      long t3 = System.nanoTime();
      solr.commit();
      luceneNanos += t3 - t2;
      solrNanos += System.nanoTime() - t3;
      long documents = files.stream().mapToLong(List::size).sum();
      LOG.info("synthetic corpus, {} files, {} documents, one file per request: Lucene {} documents/s, SolrCloud"
          + " (2 shards × 2 replicas, 3 nodes, one JVM) {} documents/s", files.size(), documents,
          documents * 1_000_000_000L / luceneNanos, documents * 1_000_000_000L / solrNanos);
      assertEquals(lucene.documentCount(), solr.documentCount());
    }
    long bytes;
    long chars = files.stream().flatMap(List::stream).mapToLong(d -> d.source().text().length()).sum();
    try (var walk = java.nio.file.Files.walk(tmp.resolve("synthetic-index"))) {
      bytes = walk.filter(java.nio.file.Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }
    LOG.info("synthetic Lucene index: {} bytes for {} characters of text ({} bytes per character)", bytes, chars,
        String.format("%.2f", (double) bytes / chars));
    seedLucene = LuceneSearchService.open(tmp.resolve("seed-index"));
    seedSolr = SolrSearchService.open(seed);
    synthLucene = LuceneSearchService.open(tmp.resolve("synthetic-index"));
    synthSolr = SolrSearchService.open(synthetic);
  }

  @AfterAll
  static void stop() throws Exception {
    for (SearchService service : new SearchService[] {seedLucene, seedSolr, synthLucene, synthSolr}) {
      if (service != null) {
        service.close();
      }
    }
    if (cloud != null) {
      cloud.close();
    }
  }

  /** Queries of every kind the query syntax has. */
  private static final List<String> QUERIES = List.of("", "killed", "civilians killed", "\"air strike\"",
      "\"killed in the strike\"~3", "raq*", "strike~1", "title:report", "killed AND NOT children", "hospital OR school",
      "-killed", "date:[2018-01-01 TO 2018-06-30]", "date:2017", "year:[2015 TO 2016]", "killed:[100 TO *]",
      "injured:[* TO 50]", "Syria: Flaws", "(strike OR shelling) AND (civilians OR children)^3",
      "place:mosul", "organization:\"alpha organisation a\"", "path:synthetic\\/doc-1*", "/stri[a-z]+/",
      "text:bridge^0.5 OR title:bridge", "the", "killed -\"the strike\"", "coalition strikes raqqa",
      "statement said", "type:letter", "publisher:amnesty", "claimant:bravo");

  @Test
  void seed_corpus_gives_the_same_answers() {
    List<String> failures = new java.util.ArrayList<>();
    for (String query : QUERIES) {
      for (SortOrder sort : SortOrder.values()) {
        try {
          SameAnswers.assertSame(seedLucene, seedSolr, new SearchRequest(query, Map.of(), 1, 10, sort));
        } catch (AssertionError | RuntimeException e) {
          failures.add(query + " " + sort + ": " + e);
        }
      }
    }
    assertEquals(List.of(), failures);
  }

  @Test
  void synthetic_corpus_gives_the_same_answers() {
    long matched = 0;
    List<String> failures = new java.util.ArrayList<>();
    for (String query : QUERIES) {
      try {
        matched += SameAnswers.assertSame(synthLucene, synthSolr, new SearchRequest(query, Map.of(), 1, 10,
            SortOrder.RELEVANCE));
      } catch (AssertionError | RuntimeException e) {
        failures.add(query + ": " + e);
      }
    }
    assertEquals(List.of(), failures);
    assertTrue(matched > 5_000, "the queries match many documents: " + matched);
    for (SortOrder sort : List.of(SortOrder.NEWEST, SortOrder.OLDEST)) {
      SameAnswers.assertSame(synthLucene, synthSolr, new SearchRequest("killed", Map.of(), 1, 10, sort));
    }
  }

  @Test
  void drill_sideways_facets_and_figure_filters_match() {
    SearchResponse all = synthLucene.search(new SearchRequest("", Map.of(), 1, 10, SortOrder.RELEVANCE));
    String publisher = values(all, "publisher").get(0);
    String person = values(all, "person").get(1);
    List<Map<String, List<String>>> filters = List.of(
        Map.of("publisher", List.of(publisher)),
        Map.of("publisher", List.of(publisher, values(all, "publisher").get(3)), "person", List.of(person)),
        Map.of("category", List.of("killed"), "year", List.of(values(all, "year").get(0))),
        Map.of("figure_range", List.of("100–999"), "type", List.of(values(all, "type").get(0))),
        Map.of("place", List.of("a place nobody names")));
    for (Map<String, List<String>> filter : filters) {
      for (String query : List.of("", "killed", "strike OR shelling")) {
        SameAnswers.assertSame(synthLucene, synthSolr, new SearchRequest(query, filter, 1, 10, SortOrder.RELEVANCE));
      }
    }
    for (SearchRequest.FigureFilter figures : List.of(new SearchRequest.FigureFilter("killed", 100L, null),
        new SearchRequest.FigureFilter(null, null, 20L), new SearchRequest.FigureFilter("injured", 10L, null),
        new SearchRequest.FigureFilter("injured", null, 5000L))) {
      SameAnswers.assertSame(synthLucene, synthSolr, new SearchRequest("", Map.of("publisher", List.of(publisher)),
          figures, 1, 10, SortOrder.RELEVANCE));
      SameAnswers.assertSame(synthLucene, synthSolr, new SearchRequest("strike", Map.of(), figures, 1, 10,
          SortOrder.NEWEST));
    }
    // Both bounds at once: Lucene asks them of one figure (a LongRange per figure), SolrCloud of the figures
    // separately (docs/api.md), so Solr may find more documents, never fewer.
    SearchRequest.FigureFilter both = new SearchRequest.FigureFilter("injured", 10L, 5000L);
    SearchRequest twoSided = new SearchRequest("", Map.of("publisher", List.of(publisher)), both, 1, 10,
        SortOrder.RELEVANCE);
    assertTrue(synthLucene.search(twoSided).total() <= synthSolr.search(twoSided).total());
  }

  @Test
  void documents_facets_claims_and_health_match() {
    assertEquals(synthLucene.facets(), synthSolr.facets());
    assertEquals(seedLucene.facets(), seedSolr.facets());
    assertEquals(synthLucene.health().documents(), synthSolr.health().documents());
    List<SearchResponse.Hit> some = synthLucene.search(new SearchRequest("killed", Map.of(), 1, 100,
        SortOrder.RELEVANCE)).hits();
    for (SearchResponse.Hit hit : some) {
      assertEquals(synthLucene.document(hit.id()), synthSolr.document(hit.id()), "document " + hit.id());
    }
    List<SearchResponse.Hit> children = synthLucene.search(new SearchRequest("", Map.of(), 1, 100,
        SortOrder.RELEVANCE)).hits().stream().filter(h -> h.parentId() != null).toList();
    assertFalse(children.isEmpty());
    for (SearchResponse.Hit child : children) {
      assertEquals(synthLucene.document(child.parentId()), synthSolr.document(child.parentId()));
    }
    assertTrue(synthSolr.document("no-such-id").isEmpty());
    for (String query : List.of("", "killed", "coalition")) {
      assertEquals(SameAnswers.sortedClaims(synthLucene.claims(query)),
          SameAnswers.sortedClaims(synthSolr.claims(query)), "claims of " + query);
      assertEquals(SameAnswers.sortedClaims(seedLucene.claims(query)),
          SameAnswers.sortedClaims(seedSolr.claims(query)), "claims of " + query);
    }
  }

  private static List<String> values(SearchResponse response, String dim) {
    return response.facets().stream().filter(d -> d.dim().equals(dim)).findFirst().orElseThrow().values().stream()
        .map(SearchResponse.FacetValue::value).toList();
  }

}
