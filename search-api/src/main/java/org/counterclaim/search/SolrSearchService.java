package org.counterclaim.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.solr.client.solrj.request.QueryRequest;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrDocumentList;
import org.apache.solr.common.params.CursorMarkParams;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.counterclaim.index.Schema;
import org.counterclaim.model.Claim;
import org.counterclaim.solr.SolrConnection;
import org.counterclaim.solr.SolrTarget;

/**
 * Search over a SolrCloud collection, answering as {@link LuceneSearchService} does: the query is parsed by the
 * same {@link QueryParsing} and sent in Solr's syntax ({@link SolrQuerySyntax}); facets are counted by Solr's JSON
 * facets with each selected dimension's filter excluded from its own counts (drill sideways); snippets and their
 * offsets are found here, on the hits' texts, by the same highlighter. Requests go to a live node that hosts the
 * collection, to another one while a node is down.
 */
public final class SolrSearchService implements SearchService {

  private static final int CLAIMS_PAGE = 500;

  private final SolrConnection solr;
  private final QueryParsing parsing = new QueryParsing(Schema.analyzer());
  private final Snippets snippets = new Snippets(Schema.analyzer());

  private SolrSearchService(SolrConnection solr) {
    this.solr = solr;
  }

  /** Connects to the cluster and creates the collection when it does not exist, so a new cluster serves at once. */
  public static SolrSearchService open(SolrTarget target) throws IOException {
    SolrConnection connection = SolrConnection.open(target);
    try {
      connection.ensureCollection();
      return new SolrSearchService(connection);
    } catch (IOException | RuntimeException e) {
      connection.close();
      throw e;
    }
  }

  @Override
  public SearchResponse search(SearchRequest request) {
    long start = System.nanoTime();
    if (request.page() * request.size() > LuceneSearchService.MAX_WINDOW) {
      throw new InvalidQueryException("page too deep",
          "page × size may be at most " + LuceneSearchService.MAX_WINDOW + "; narrow the search instead");
    }
    QueryParsing.Parsed parsed = parsing.parseWithPhrases(request.query());
    ModifiableSolrParams params = SolrRequests.search(parsed, request);
    QueryResponse response = query(params);
    SolrDocumentList docs = response.getResults();
    List<Document> stored = docs.stream().map(SolrStored::toLucene).toList();
    List<List<SearchResponse.Snippet>> passages =
        snippets.ofStored(parsed.query(), stored);
    List<SearchResponse.Hit> hits = new ArrayList<>();
    for (int i = 0; i < docs.size(); i++) {
      Object score = docs.get(i).getFirstValue("score");
      hits.add(Hits.of(stored.get(i), score instanceof Number n ? n.floatValue() : 0f, passages.get(i)));
    }
    return new SearchResponse(request.query(), request.page(), request.size(), request.sort().label(),
        docs.getNumFound(), (System.nanoTime() - start) / 1_000_000, request.filters(), hits,
        FacetStates.dimensions(SolrRequests.facetValues(response), request.filters()));
  }

  @Override
  public Optional<DocumentView> document(String id, TextWindow window) {
    Optional<SolrDocument> found = byId(id, "*");
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Document doc = SolrStored.toLucene(found.get());
    String parentId = doc.get(Schema.PARENT_ID);
    DocumentView.DocumentRef parent = parentId == null ? null : byId(parentId, Schema.TITLE + "," + Schema.PATH)
        .map(p -> new DocumentView.DocumentRef(parentId, (String) p.getFirstValue(Schema.TITLE),
            (String) p.getFirstValue(Schema.PATH)))
        .orElse(new DocumentView.DocumentRef(parentId, null, null));
    List<DocumentView.DocumentRef> children = query(SolrRequests.children(id)).getResults().stream()
        .map(c -> new DocumentView.DocumentRef((String) c.getFirstValue(Schema.ID),
            (String) c.getFirstValue(Schema.TITLE), (String) c.getFirstValue(Schema.PATH)))
        .toList();
    return Optional.of(DocumentViews.of(doc, parent, children, window));
  }

  @Override
  public Optional<OriginalFile> original(String id) {
    Optional<String> rootId = byId(id, Schema.ROOT_ID).map(d -> (String) d.getFirstValue(Schema.ROOT_ID));
    if (rootId.isEmpty()) {
      return Optional.empty();
    }
    return byId(rootId.get(), String.join(",", Schema.ID, Schema.FILE, Schema.SHA256, Schema.CONTENT_TYPE, Schema.PATH))
        .filter(d -> d.getFirstValue(Schema.FILE) != null)
        .map(d -> new OriginalFile((String) d.getFirstValue(Schema.ID), (String) d.getFirstValue(Schema.FILE),
            (String) d.getFirstValue(Schema.SHA256), (String) d.getFirstValue(Schema.CONTENT_TYPE),
            (String) d.getFirstValue(Schema.PATH)));
  }

  @Override
  public FacetsResponse facets() {
    QueryResponse response = query(SolrRequests.allFacets());
    return new FacetsResponse(response.getResults().getNumFound(),
        FacetStates.dimensions(SolrRequests.facetValues(response), java.util.Map.of()));
  }

  /** The claims of the first {@link LuceneSearchService#MAX_WINDOW} matching documents, in id order. */
  @Override
  public List<Claim> claims(String queryText) {
    QueryParsing.Parsed parsed = parsing.parseWithPhrases(queryText);
    List<Claim> claims = new ArrayList<>();
    String cursor = CursorMarkParams.CURSOR_MARK_START;
    int read = 0;
    while (read < LuceneSearchService.MAX_WINDOW) {
      ModifiableSolrParams params = SolrRequests.claims(parsed, cursor,
          Math.min(CLAIMS_PAGE, LuceneSearchService.MAX_WINDOW - read));
      QueryResponse page = query(params);
      for (SolrDocument doc : page.getResults()) {
        claims.addAll(Hits.claims(SolrStored.toLucene(doc)));
      }
      read += page.getResults().size();
      if (cursor.equals(page.getNextCursorMark()) || page.getResults().isEmpty()) {
        break;
      }
      cursor = page.getNextCursorMark();
    }
    return claims;
  }

  @Override
  public Health health() {
    long documents = query(SolrRequests.count()).getResults().getNumFound();
    return new Health("ok", documents, "SolrCloud collection " + solr.target().collection() + " at "
        + solr.target().zkAddress());
  }

  /** The document count and the newest update's version: a new commit with any add or delete changes it. */
  @Override
  public long indexVersion() {
    QueryResponse response = query(SolrRequests.newestVersion());
    SolrDocumentList docs = response.getResults();
    long newest = docs.isEmpty() || !(docs.get(0).getFirstValue("_version_") instanceof Number n) ? 0
        : n.longValue();
    return newest * 31 + docs.getNumFound();
  }

  private Optional<SolrDocument> byId(String id, String fields) {
    SolrDocumentList docs = query(SolrRequests.byId(id, fields)).getResults();
    return docs.isEmpty() ? Optional.empty() : Optional.of(docs.get(0));
  }

  private QueryResponse query(ModifiableSolrParams params) {
    try {
      return solr.execute(new QueryRequest(params, QueryRequest.METHOD.POST));
    } catch (SolrConnection.SolrRejected e) {
      if (e.getMessage() != null && e.getMessage().toLowerCase(java.util.Locale.ROOT).contains("too many")) {
        throw QueryParsing.tooBroad();
      }
      throw new InvalidQueryException("query not accepted", e.getMessage());
    } catch (IOException e) {
      throw new SearchUnavailableException("SolrCloud does not answer: " + e.getMessage(), e);
    } catch (UncheckedIOException e) {
      throw new SearchUnavailableException("SolrCloud does not answer: " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    try {
      solr.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
