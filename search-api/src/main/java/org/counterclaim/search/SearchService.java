package org.counterclaim.search;

import java.util.List;
import java.util.Optional;
import org.counterclaim.model.Claim;

/**
 * Reading the index, as the API needs it. The embedded Lucene index is the default implementation; a SolrCloud
 * one can take its place without the API or the UI changing.
 */
public interface SearchService extends AutoCloseable {

  /** Runs a search; a query that does not parse is an {@link InvalidQueryException}. */
  SearchResponse search(SearchRequest request);

  /** One document with a window of its text, or empty for an unknown id. */
  Optional<DocumentView> document(String id, TextWindow window);

  /** One document with the first window of its text, or empty for an unknown id. */
  default Optional<DocumentView> document(String id) {
    return document(id, TextWindow.FIRST);
  }

  /** Facet counts over the whole index. */
  FacetsResponse facets();

  /**
   * The file on disk a document was read from: for an attachment or an archive entry, the file that holds it.
   * Empty for an unknown id.
   */
  Optional<OriginalFile> original(String id);

  /**
   * The casualty figures of the documents a query matches (blank: all documents), each with its document, for
   * grouping into events. A query that does not parse is an {@link InvalidQueryException}.
   */
  List<Claim> claims(String query);

  /** How many documents the index holds and where it is. */
  Health health();

  /** A number that changes whenever the searchable index changes: a key for caches of derived data. */
  long indexVersion();

  @Override
  void close();

  /** Facet counts over the whole index. */
  record FacetsResponse(long total, List<SearchResponse.FacetDimension> facets) {}

  /**
   * Where a document's file is and what it was when indexed.
   *
   * @param file   the absolute path the indexer read
   * @param sha256 the file's SHA-256 when it was indexed (the file may have changed since)
   * @param path   the path as the user gave it, e.g. {@code corpus/a.txt}
   */
  record OriginalFile(String id, String file, String sha256, String contentType, String path) {}

  /** The state of the service. */
  record Health(String status, long documents, String index) {}
}
