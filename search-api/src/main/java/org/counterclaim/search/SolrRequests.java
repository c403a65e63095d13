package org.counterclaim.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.client.solrj.response.json.BucketBasedJsonFacet;
import org.apache.solr.client.solrj.response.json.BucketJsonFacet;
import org.apache.solr.client.solrj.response.json.NestableJsonFacet;
import org.apache.solr.common.params.CursorMarkParams;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.counterclaim.index.Schema;
import org.counterclaim.solr.SolrConfigset;

/** The Solr requests {@link SolrSearchService} sends, and the facet counts read back. */
final class SolrRequests {

  /**
   * Extra values each shard sends per dimension beyond the {@link Caps#FACET_VALUES} listed, and refinement on:
   * the counts listed are exact, and a value among the top ones overall is missed only if it is far down on
   * every shard.
   */
  static final int FACET_OVERREQUEST = 200;
  private static final ObjectMapper JSON = new ObjectMapper();

  private SolrRequests() {}

  /** One page of a search with its facets, the figure filter and the facet filters (each tagged). */
  static ModifiableSolrParams search(QueryParsing.Parsed parsed, SearchRequest request) {
    ModifiableSolrParams params = query(parsed);
    params.set("fl", String.join(",", HighlightDocuments.STORED) + ",score");
    params.set("start", (request.page() - 1) * request.size());
    params.set("rows", request.size());
    // Ties are broken by id: each page may be answered by other replicas, whose internal order of tied hits differs,
    // and paging must neither repeat nor skip a hit.
    params.set("sort", switch (request.sort()) {
      case RELEVANCE -> "score desc," + Schema.ID + " asc";
      case NEWEST -> Schema.DATE_DAY + " desc,score desc," + Schema.ID + " asc";
      case OLDEST -> Schema.DATE_DAY + " asc,score desc," + Schema.ID + " asc";
    });
    figureFilters(params, request.figures());
    request.filters().forEach((dim, values) -> {
      List<String> should = new ArrayList<>();
      for (int i = 0; i < values.size(); i++) {
        String value = "fv_" + dim + "_" + i;
        String clause = "fc_" + dim + "_" + i;
        params.set(value, values.get(i));
        params.set(clause, "{!term f=" + SolrConfigset.facetField(dim) + " v=$" + value + "}");
        should.add("should=$" + clause);
      }
      params.add("fq", "{!bool tag=" + dim + " " + String.join(" ", should) + "}");
    });
    params.set("json.facet", facets(request.filters().keySet().stream().toList()));
    return params;
  }

  /** Facet counts over every document. */
  static ModifiableSolrParams allFacets() {
    ModifiableSolrParams params = count();
    params.set("json.facet", facets(List.of()));
    return params;
  }

  /** How many documents there are. */
  static ModifiableSolrParams count() {
    ModifiableSolrParams params = new ModifiableSolrParams();
    params.set("q", "*:*");
    params.set("rows", 0);
    return params;
  }

  /** The newest update's version, and the count. */
  static ModifiableSolrParams newestVersion() {
    ModifiableSolrParams params = new ModifiableSolrParams();
    params.set("q", "*:*");
    params.set("rows", 1);
    params.set("fl", "_version_");
    params.set("sort", "_version_ desc");
    return params;
  }

  /** One document by id, with these fields. */
  static ModifiableSolrParams byId(String id, String fields) {
    ModifiableSolrParams params = new ModifiableSolrParams();
    params.set("q", "{!term f=" + Schema.ID + " v=$id}");
    params.set("id", id);
    params.set("fl", fields);
    params.set("rows", 1);
    return params;
  }

  /** A document's attachments and entries, in the order they were indexed (one shard holds a file's block). */
  static ModifiableSolrParams children(String id) {
    ModifiableSolrParams params = new ModifiableSolrParams();
    params.set("q", "{!term f=" + Schema.PARENT_ID + " v=$parent}");
    params.set("parent", id);
    params.set("fl", String.join(",", Schema.ID, Schema.TITLE, Schema.PATH));
    params.set("sort", "_docid_ asc");
    params.set("rows", Caps.CHILDREN);
    return params;
  }

  /** A page of the documents a query matches, with the fields claims are read from. */
  static ModifiableSolrParams claims(QueryParsing.Parsed parsed, String cursor, int rows) {
    ModifiableSolrParams params = query(parsed);
    params.set("fl", String.join(",", Hits.CLAIM_FIELDS));
    params.set("sort", Schema.ID + " asc");
    params.set("rows", rows);
    params.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
    return params;
  }

  /** The top values of each dimension from a response's JSON facets. */
  static Function<String, List<LabelAndValue>> facetValues(QueryResponse response) {
    NestableJsonFacet facets = response.getJsonFacetingResponse();
    return dim -> {
      BucketBasedJsonFacet counted = facets == null ? null : facets.getBucketBasedFacets(dim);
      if (counted == null) {
        return List.of();
      }
      List<LabelAndValue> values = new ArrayList<>();
      for (BucketJsonFacet bucket : counted.getBuckets()) {
        values.add(new LabelAndValue(String.valueOf(bucket.getVal()), bucket.getCount()));
      }
      return values;
    };
  }

  private static ModifiableSolrParams query(QueryParsing.Parsed parsed) {
    ModifiableSolrParams params = new ModifiableSolrParams();
    params.set("q", new SolrQuerySyntax(parsed.phrases(), params, "qt").write(parsed.query()));
    params.set("defType", "lucene");
    params.set("q.op", "OR");
    params.set("df", Schema.TEXT);
    return params;
  }

  private static void figureFilters(ModifiableSolrParams params, SearchRequest.FigureFilter filter) {
    if (filter.isEmpty()) {
      return;
    }
    String key = filter.category() == null ? "any" : filter.category();
    // On SolrCloud the two bounds are still checked on the figures separately (Lucene checks them on one figure).
    params.add("fq", Schema.FIGURE_MIN_PREFIX + key + ":[" + (filter.min() == null ? 0 : filter.min()) + " TO *]");
    if (filter.max() != null) {
      params.add("fq", Schema.FIGURE_MAX_PREFIX + key + ":[0 TO " + filter.max() + "]");
    }
  }

  /** Counts per dimension; a dimension with a filter is counted without its own filter (drill sideways). */
  private static String facets(List<String> selected) {
    Map<String, Object> facets = new LinkedHashMap<>();
    for (Schema.Dimension dim : Schema.DIMENSIONS) {
      Map<String, Object> facet = new LinkedHashMap<>();
      facet.put("type", "terms");
      facet.put("field", SolrConfigset.facetField(dim.name()));
      facet.put("limit", Caps.FACET_VALUES);
      facet.put("mincount", 1);
      facet.put("sort", "count desc");
      facet.put("refine", true);
      facet.put("overrequest", FACET_OVERREQUEST);
      if (selected.contains(dim.name())) {
        facet.put("domain", Map.of("excludeTags", dim.name()));
      }
      facets.put(dim.name(), facet);
    }
    try {
      return JSON.writeValueAsString(facets);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("facets are not serialisable", e);
    }
  }
}
