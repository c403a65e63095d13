package org.counterclaim.solrcloud;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.counterclaim.index.LuceneDocuments;
import org.counterclaim.model.Claim;
import org.counterclaim.search.SearchRequest;
import org.counterclaim.search.SearchResponse;
import org.counterclaim.search.SearchService;
import org.counterclaim.search.SortOrder;

/**
 * Asserts that two search services answer a request alike: the same total, the same facet counts on the first
 * page, and every hit (all pages) in the same order, where "order" is the sequence of scores and, within one
 * score, the set of ids (tied hits may come in any order); the same snippets, figures and fields for each hit.
 */
final class SameAnswers {

  private static final int PAGE = 100;

  private SameAnswers() {}

  /** Compares every page of a request; returns the total. */
  static long assertSame(SearchService lucene, SearchService solr, SearchRequest request) {
    List<SearchResponse.Hit> luceneHits = new ArrayList<>();
    List<SearchResponse.Hit> solrHits = new ArrayList<>();
    long total = -1;
    for (int page = 1; ; page++) {
      SearchRequest paged = new SearchRequest(request.query(), request.filters(), request.figures(), page, PAGE,
          request.sort());
      SearchResponse a = lucene.search(paged);
      SearchResponse b = solr.search(paged);
      String what = "'" + request.query() + "' " + request.filters() + " " + request.figures() + " "
          + request.sort() + " page " + page;
      assertEquals(a.total(), b.total(), "total of " + what);
      if (page == 1) {
        assertEquals(a.facets(), b.facets(), "facets of " + what);
        total = a.total();
      }
      luceneHits.addAll(a.hits());
      solrHits.addAll(b.hits());
      if (a.hits().size() < PAGE || page * PAGE >= 10_000) {
        break;
      }
    }
    var expected = groups(luceneHits, request.sort());
    var actual = groups(solrHits, request.sort());
    if (!expected.equals(actual)) {
      throw new AssertionError("hits of '" + request.query() + "' " + request.filters() + " " + request.sort()
          + " differ: " + firstDifference(expected, actual));
    }
    return total;
  }

  /** The hits as (score → the hits of that score, by id), in order of first appearance. */
  private static List<Map.Entry<String, Map<String, SearchResponse.Hit>>> groups(List<SearchResponse.Hit> hits,
                                                                                 SortOrder sort) {
    List<Map.Entry<String, Map<String, SearchResponse.Hit>>> groups = new ArrayList<>();
    String key = null;
    Map<String, SearchResponse.Hit> group = null;
    for (SearchResponse.Hit hit : hits) {
      String day = hit.date() == null ? "none" : Long.toString(LuceneDocuments.epochDay(hit.date()).orElse(-1));
      String hitKey = (sort == SortOrder.RELEVANCE ? "" : day + "|") + hit.score();
      if (!hitKey.equals(key)) {
        key = hitKey;
        group = new TreeMap<>();
        groups.add(Map.entry(key, group));
      }
      group.put(hit.id(), hit);
    }
    return groups;
  }

  /** Where two lists of score groups first differ, briefly. */
  private static String firstDifference(List<Map.Entry<String, Map<String, SearchResponse.Hit>>> expected,
                                        List<Map.Entry<String, Map<String, SearchResponse.Hit>>> actual) {
    for (int i = 0; i < Math.max(expected.size(), actual.size()); i++) {
      if (i >= expected.size() || i >= actual.size()) {
        return "group " + i + " only on one side (" + expected.size() + " vs " + actual.size() + " groups)";
      }
      var a = expected.get(i);
      var b = actual.get(i);
      if (!a.getKey().equals(b.getKey())) {
        return "group " + i + " key " + a.getKey() + " vs " + b.getKey() + " (ids " + a.getValue().keySet() + " vs "
            + b.getValue().keySet() + ")";
      }
      if (!a.getValue().keySet().equals(b.getValue().keySet())) {
        var onlyA = new TreeSet<>(a.getValue().keySet());
        onlyA.removeAll(b.getValue().keySet());
        var onlyB = new TreeSet<>(b.getValue().keySet());
        onlyB.removeAll(a.getValue().keySet());
        return "group " + i + " (" + a.getKey() + ", " + a.getValue().size() + " hits) only in the first: " + onlyA
            + ", only in the second: " + onlyB;
      }
      for (String id : a.getValue().keySet()) {
        SearchResponse.Hit x = a.getValue().get(id);
        SearchResponse.Hit y = b.getValue().get(id);
        if (!x.equals(y)) {
          return "hit " + id + ": " + describe(x, y);
        }
      }
    }
    return "none found";
  }

  private static String describe(SearchResponse.Hit x, SearchResponse.Hit y) {
    List<String> diffs = new ArrayList<>();
    var components = SearchResponse.Hit.class.getRecordComponents();
    for (var component : components) {
      try {
        Object a = component.getAccessor().invoke(x);
        Object b = component.getAccessor().invoke(y);
        if (!java.util.Objects.equals(a, b)) {
          if (component.getName().equals("snippets")) {
            a = x.snippets().stream().map(p -> p.start() + "-" + p.end() + p.highlights()).toList();
            b = y.snippets().stream().map(p -> p.start() + "-" + p.end() + p.highlights()).toList();
          }
          diffs.add(component.getName() + ": " + clip(a) + " vs " + clip(b));
        }
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    }
    return String.join("; ", diffs);
  }

  private static String clip(Object value) {
    String text = String.valueOf(value);
    return text.length() > 600 ? text.substring(0, 600) + "…" : text;
  }

  /** The claims of a query, in one order whatever order the backend read documents in. */
  static List<Claim> sortedClaims(List<Claim> claims) {
    List<Claim> sorted = new ArrayList<>(claims);
    sorted.sort(Comparator.comparing(Claim::docId).thenComparingInt(Claim::start).thenComparingInt(Claim::end)
        .thenComparing(Claim::category).thenComparingLong(Claim::min));
    return sorted;
  }

  /** Ids of a list of hits, sorted. */
  static TreeSet<String> ids(List<SearchResponse.Hit> hits) {
    TreeSet<String> ids = new TreeSet<>();
    hits.forEach(h -> ids.add(h.id()));
    return ids;
  }
}
