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
public record SearchRequest(
    String query, Map<String, List<String>> filters, FigureFilter figures, int page, int size, SortOrder sort) {

  public SearchRequest {
    query = query == null ? "" : query;
    filters = Map.copyOf(filters);
    figures = figures == null ? FigureFilter.NONE : figures;
  }

  /** A search without a figure filter. */
  public SearchRequest(String query, Map<String, List<String>> filters, int page, int size, SortOrder sort) {
    this(query, filters, FigureFilter.NONE, page, size, sort);
  }

  /**
   * Documents with a casualty figure of this size: {@code min} — a figure whose lower bound is at least this
   * ("killed ≥ 100"); {@code max} — a figure whose upper bound is at most this; {@code category} — killed,
   * injured, casualties or missing, or null for any.
   */
  public record FigureFilter(String category, Long min, Long max) {
    public static final FigureFilter NONE = new FigureFilter(null, null, null);

    /** No bound and no category: every document. A category alone means a figure of that category. */
    public boolean isEmpty() {
      return min == null && max == null && category == null;
    }
  }
}
