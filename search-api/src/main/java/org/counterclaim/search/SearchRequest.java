package org.counterclaim.search;

import java.util.List;
import java.util.Map;

/**
 * A search as the API receives it, already checked.
 *
 * @param query   Lucene query syntax; blank matches every document
 * @param filters facet filters by dimension; values of one dimension are OR'ed, dimensions AND'ed
 * @param page    1-based page number
 * @param size    hits per page
 */
public record SearchRequest(String query, Map<String, List<String>> filters, int page, int size, SortOrder sort) {

  public SearchRequest {
    query = query == null ? "" : query;
    filters = Map.copyOf(filters);
  }
}
