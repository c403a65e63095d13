package org.counterclaim.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.counterclaim.index.LuceneDocumentSink;
import org.counterclaim.index.Schema;
import org.counterclaim.model.Claim;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Search over the embedded Lucene index. A {@link SearcherManager} refreshes once a second, so documents that an
 * index run commits (in this process or another) become searchable while the run goes on. Facet counts come
 * from drill sideways, so a selected value keeps its siblings' counts.
 */
public final class LuceneSearchService implements SearchService {

  private static final Logger LOG = LoggerFactory.getLogger(LuceneSearchService.class);
  private static final Set<String> HIT_FIELDS = Hits.FIELDS;
  /** An index written before figures had a head of their own: its hits read all of them. */
  private static final Set<String> HIT_FIELDS_BEFORE_HEAD = java.util.stream.Stream.concat(HIT_FIELDS.stream(),
      java.util.stream.Stream.of(Schema.FIGURES_JSON)).collect(java.util.stream.Collectors.toUnmodifiableSet());
  private static final Set<String> CLAIM_FIELDS = Hits.CLAIM_FIELDS;
  /** Deepest hit a client may page to. */
  static final int MAX_WINDOW = 10_000;

  private final Path indexDir;
  private final Directory directory;
  private final SearcherManager searchers;
  private final ScheduledExecutorService refresher;
  private final FacetsConfig facetsConfig = Schema.facetsConfig();
  private final QueryParsing parsing;
  private final Snippets snippets;
  private final FacetStates facetStates = new FacetStates();

  private LuceneSearchService(Path indexDir, Directory directory, SearcherManager searchers, Analyzer analyzer) {
    this.indexDir = indexDir;
    this.directory = directory;
    this.searchers = searchers;
    this.parsing = new QueryParsing(analyzer);
    this.snippets = new Snippets(analyzer);
    this.refresher = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "index-refresh");
      t.setDaemon(true);
      return t;
    });
    refresher.scheduleWithFixedDelay(this::refresh, 1, 1, TimeUnit.SECONDS);
  }

  /** Opens the index in a folder for reading, creating an empty one if there is none yet. */
  public static LuceneSearchService open(Path indexDir) throws IOException {
    Path dir = indexDir.toAbsolutePath().normalize();
    Directory directory = FSDirectory.open(dir);
    try {
      if (!DirectoryReader.indexExists(directory)) {
        LuceneDocumentSink.open(dir).close();
      }
      return new LuceneSearchService(dir, directory, new SearcherManager(directory, null), Schema.analyzer());
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
  }

  @Override
  public SearchResponse search(SearchRequest request) {
    long start = System.nanoTime();
    int window = request.page() * request.size();
    if (window > MAX_WINDOW) {
      throw new InvalidQueryException("page too deep",
          "page × size may be at most " + MAX_WINDOW + "; narrow the search instead");
    }
    Query base = parsing.parse(request.query());
    DrillDownQuery query = new DrillDownQuery(facetsConfig, FigureFilters.apply(base, request.figures()));
    request.filters().forEach((dim, values) -> values.forEach(v -> query.add(dim, v)));
    return withSearcher(searcher -> {
      DrillSideways.DrillSidewaysResult result = facetStates.drillSideways(searcher, facetsConfig)
          .map(ds -> sideways(ds, query, window, request.sort()))
          .orElseGet(() -> plain(searcher, query, window, request.sort()));
      long total = searcher.count(query);
      ScoreDoc[] page = pageOf(result.hits, request.page(), request.size());
      List<SearchResponse.Hit> hits = hits(searcher, base, page);
      List<SearchResponse.FacetDimension> facets = FacetStates.dimensions(result.facets, request.filters(), Caps.FACET_VALUES);
      return new SearchResponse(request.query(), request.page(), request.size(), request.sort().label(), total,
          (System.nanoTime() - start) / 1_000_000, request.filters(), hits, facets);
    });
  }

  @Override
  public Optional<DocumentView> document(String id, TextWindow window) {
    return withSearcher(searcher -> {
      TopDocs found = searcher.search(new TermQuery(new Term(Schema.ID, id)), 1);
      if (found.scoreDocs.length == 0) {
        return Optional.empty();
      }
      Document doc = searcher.storedFields().document(found.scoreDocs[0].doc);
      String parentId = doc.get(Schema.PARENT_ID);
      DocumentView.DocumentRef parent = parentId == null ? null : ref(searcher, parentId);
      return Optional.of(DocumentViews.of(doc, parent, children(searcher, id), window));
    });
  }

  @Override
  public Optional<OriginalFile> original(String id) {
    return withSearcher(searcher -> {
      TopDocs found = searcher.search(new TermQuery(new Term(Schema.ID, id)), 1);
      if (found.scoreDocs.length == 0) {
        return Optional.empty();
      }
      String rootId = searcher.storedFields().document(found.scoreDocs[0].doc, Set.of(Schema.ROOT_ID))
          .get(Schema.ROOT_ID);
      TopDocs root = searcher.search(new TermQuery(new Term(Schema.ID, rootId == null ? id : rootId)), 1);
      if (root.scoreDocs.length == 0) {
        return Optional.empty();
      }
      Document doc = searcher.storedFields().document(root.scoreDocs[0].doc,
          Set.of(Schema.ID, Schema.FILE, Schema.SHA256, Schema.CONTENT_TYPE, Schema.PATH));
      return doc.get(Schema.FILE) == null ? Optional.empty() : Optional.of(new OriginalFile(doc.get(Schema.ID),
          doc.get(Schema.FILE), doc.get(Schema.SHA256), doc.get(Schema.CONTENT_TYPE), doc.get(Schema.PATH)));
    });
  }

  @Override
  public FacetsResponse facets() {
    return withSearcher(searcher -> new FacetsResponse(searcher.getIndexReader().numDocs(),
        facetStates.allCounts(searcher)
            .map(counts -> FacetStates.dimensions(counts, Map.of(), Caps.FACET_VALUES))
            .orElse(List.of())));
  }

  @Override
  public List<Claim> claims(String queryText) {
    Query query = parsing.parse(queryText);
    return withSearcher(searcher -> {
      List<Claim> claims = new ArrayList<>();
      TopDocs docs = searcher.search(query, MAX_WINDOW, new Sort(SortField.FIELD_DOC));
      for (ScoreDoc hit : docs.scoreDocs) {
        Document doc = searcher.storedFields().document(hit.doc, CLAIM_FIELDS);
        claims.addAll(Hits.claims(doc));
      }
      return claims;
    });
  }

  @Override
  public Health health() {
    return withSearcher(searcher -> new Health("ok", searcher.getIndexReader().numDocs(), indexDir.toString()));
  }

  @Override
  public long indexVersion() {
    return withSearcher(searcher -> ((DirectoryReader) searcher.getIndexReader()).getVersion());
  }

  private static DrillSideways.DrillSidewaysResult sideways(DrillSideways ds, DrillDownQuery query, int window,
                                                            SortOrder sort) {
    try {
      return sort == SortOrder.RELEVANCE
          ? ds.search(query, window)
          : ds.search(query, null, null, window, sortBy(sort), true);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Search on an index without any facet values yet (empty): hits only. */
  private static DrillSideways.DrillSidewaysResult plain(IndexSearcher searcher, Query query, int window,
                                                         SortOrder sort) {
    try {
      TopDocs hits = sort == SortOrder.RELEVANCE
          ? searcher.search(query, window)
          : searcher.search(query, window, sortBy(sort), true);
      return new DrillSideways.DrillSidewaysResult(null, hits, null, null, null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Sort sortBy(SortOrder order) {
    boolean newest = order == SortOrder.NEWEST;
    SortField byDate = new SortField(Schema.DATE_DAY, SortField.Type.LONG, newest);
    byDate.setMissingValue(newest ? Long.MIN_VALUE : Long.MAX_VALUE); // undated documents last either way
    return new Sort(byDate, SortField.FIELD_SCORE);
  }

  private static ScoreDoc[] pageOf(TopDocs hits, int page, int size) {
    int from = Math.min((page - 1) * size, hits.scoreDocs.length);
    int to = Math.min(from + size, hits.scoreDocs.length);
    ScoreDoc[] slice = new ScoreDoc[to - from];
    System.arraycopy(hits.scoreDocs, from, slice, 0, slice.length);
    return slice;
  }

  private List<SearchResponse.Hit> hits(IndexSearcher searcher, Query base, ScoreDoc[] page) throws IOException {
    List<List<SearchResponse.Snippet>> passages = snippets.of(searcher, base, page);
    List<SearchResponse.Hit> hits = new ArrayList<>();
    for (int i = 0; i < page.length; i++) {
      Document doc = searcher.storedFields().document(page[i].doc, HIT_FIELDS);
      if (doc.get(Schema.FIGURES_HEAD_JSON) == null) {
        doc = searcher.storedFields().document(page[i].doc, HIT_FIELDS_BEFORE_HEAD);
      }
      hits.add(Hits.of(doc, page[i].score, passages.get(i)));
    }
    return hits;
  }

  private static DocumentView.DocumentRef ref(IndexSearcher searcher, String id) throws IOException {
    TopDocs found = searcher.search(new TermQuery(new Term(Schema.ID, id)), 1);
    if (found.scoreDocs.length == 0) {
      return new DocumentView.DocumentRef(id, null, null);
    }
    Document doc = searcher.storedFields().document(found.scoreDocs[0].doc, Set.of(Schema.TITLE, Schema.PATH));
    return new DocumentView.DocumentRef(id, doc.get(Schema.TITLE), doc.get(Schema.PATH));
  }

  private static List<DocumentView.DocumentRef> children(IndexSearcher searcher, String id) throws IOException {
    List<DocumentView.DocumentRef> children = new ArrayList<>();
    TopDocs found = searcher.search(new TermQuery(new Term(Schema.PARENT_ID, id)), Caps.CHILDREN,
        new Sort(SortField.FIELD_DOC));
    for (ScoreDoc hit : found.scoreDocs) {
      Document doc = searcher.storedFields().document(hit.doc, Set.of(Schema.ID, Schema.TITLE, Schema.PATH));
      children.add(new DocumentView.DocumentRef(doc.get(Schema.ID), doc.get(Schema.TITLE), doc.get(Schema.PATH)));
    }
    return children;
  }

  /** Work with a searcher that is released afterwards, whatever happens. */
  private <T> T withSearcher(SearcherWork<T> work) {
    IndexSearcher searcher;
    try {
      searcher = searchers.acquire();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      return work.apply(searcher);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (IndexSearcher.TooManyClauses e) { // fuzzy and wildcard terms expand only when the searcher rewrites them
      throw QueryParsing.tooBroad();
    } finally {
      try {
        searchers.release(searcher);
      } catch (IOException e) {
        LOG.warn("could not release a searcher", e);
      }
    }
  }

  @FunctionalInterface
  private interface SearcherWork<T> {
    T apply(IndexSearcher searcher) throws IOException;
  }

  private void refresh() {
    try {
      searchers.maybeRefresh();
    } catch (IOException | RuntimeException e) {
      LOG.warn("could not refresh the index reader: {}", e.toString());
    }
  }

  @Override
  public void close() {
    refresher.shutdownNow();
    try {
      searchers.close();
      directory.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
