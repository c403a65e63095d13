package org.counterclaim.search;

import org.apache.lucene.document.LongRange;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.counterclaim.index.Schema;

/**
 * Restricts a query to documents with a casualty figure of a given size ("killed ≥ 100"). Both bounds apply to one
 * figure: {@code figure_min=300&figure_max=400} does not match a document whose 1,600 and 23 lie on either side.
 */
final class FigureFilters {

  private FigureFilters() {}

  static Query apply(Query base, SearchRequest.FigureFilter filter) {
    if (filter.isEmpty()) {
      return base;
    }
    String key = filter.category() == null ? "any" : filter.category();
    long min = filter.min() == null ? 0 : filter.min();
    long max = filter.max() == null ? Long.MAX_VALUE : filter.max();
    if (min > max) {
      return new MatchNoDocsQuery("figure_min is above figure_max: no figure lies between them");
    }
    return new BooleanQuery.Builder().add(base, BooleanClause.Occur.MUST)
        .add(within(key, min, max), BooleanClause.Occur.FILTER)
        .build();
  }

  /** Documents with a figure of this category ("any" for all) whose lower and upper bound both lie in the range. */
  static Query within(String key, long min, long max) {
    return LongRange.newWithinQuery(Schema.FIGURE_SPAN_PREFIX + key, new long[] {min}, new long[] {max});
  }
}
