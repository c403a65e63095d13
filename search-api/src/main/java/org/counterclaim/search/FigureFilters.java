package org.counterclaim.search;

import org.apache.lucene.document.LongPoint;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.counterclaim.index.Schema;

/** Restricts a query to documents with a casualty figure of a given size ("killed ≥ 100"). */
final class FigureFilters {

  private FigureFilters() {}

  static Query apply(Query base, SearchRequest.FigureFilter filter) {
    if (filter.isEmpty()) {
      return base;
    }
    String key = filter.category() == null ? "any" : filter.category();
    BooleanQuery.Builder q = new BooleanQuery.Builder().add(base, BooleanClause.Occur.MUST);
    if (filter.min() != null) {
      q.add(LongPoint.newRangeQuery(Schema.FIGURE_MIN_PREFIX + key, filter.min(), Long.MAX_VALUE), BooleanClause.Occur.FILTER);
    }
    if (filter.max() != null) {
      q.add(LongPoint.newRangeQuery(Schema.FIGURE_MAX_PREFIX + key, 0, filter.max()), BooleanClause.Occur.FILTER);
    }
    return q.build();
  }
}
