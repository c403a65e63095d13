package org.counterclaim.api;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.counterclaim.index.Schema;
import org.counterclaim.search.Caps;
import org.counterclaim.search.InvalidQueryException;
import org.counterclaim.search.SearchRequest;
import org.counterclaim.search.SearchService;
import org.counterclaim.search.SortOrder;

/** {@code GET /api/search} and {@code GET /api/facets}: checks the parameters and hands over to the service. */
final class SearchController {

  private static final int MAX_FILTER_VALUES = 50;

  private final SearchService service;

  SearchController(SearchService service) {
    this.service = service;
  }

  void search(Context ctx) {
    int page = intParam(ctx, "page", 1, 1, Caps.PAGE);
    int size = intParam(ctx, "size", 10, 1, Caps.PAGE_SIZE);
    ctx.json(service.search(request(ctx, page, size, Schema.FORMAT)));
  }

  /**
   * The search the parameters ask for (q, facet filters, figure filter, sort), checked: bad input is a 400.
   *
   * @param formatParam the parameter that filters on the documents' format: {@code format} in a search, and
   *                    {@code doc_format} in an export or batch, whose {@code format} is the answer's (csv, json)
   */
  static SearchRequest request(Context ctx, int page, int size, String formatParam) {
    String sortLabel = ctx.queryParamAsClass("sort", String.class).getOrDefault("relevance");
    SortOrder sort = SortOrder.fromLabel(sortLabel).orElseThrow(() -> new InvalidQueryException(
        "invalid parameter", "sort: must be relevance, newest or oldest, not '" + sortLabel + "'"));
    return new SearchRequest(ctx.queryParam("q"), filters(ctx, formatParam), figureFilter(ctx), page, size, sort);
  }

  void facets(Context ctx) {
    ctx.json(service.facets());
  }

  void health(Context ctx) {
    ctx.json(service.health());
  }

  /** {@code figure_min}, {@code figure_max} and {@code figure_category}: documents with a figure of that size. */
  private static SearchRequest.FigureFilter figureFilter(Context ctx) {
    Long min = ctx.queryParamAsClass("figure_min", Long.class)
        .check(v -> v == null || v >= 0, "must be a whole number, 0 or more").getOrNull();
    Long max = ctx.queryParamAsClass("figure_max", Long.class)
        .check(v -> v == null || v >= 0, "must be a whole number, 0 or more").getOrNull();
    String category = ctx.queryParam("figure_category");
    if (category != null && !category.isBlank() && !Schema.CATEGORIES.contains(category)) {
      throw new InvalidQueryException("invalid parameter",
          "figure_category: must be one of " + String.join(", ", Schema.CATEGORIES));
    }
    return new SearchRequest.FigureFilter(category == null || category.isBlank() ? null : category, min, max);
  }

  /** An optional whole-number parameter within bounds; anything else is a 400 that says the bounds. */
  static int intParam(Context ctx, String name, int fallback, int min, int max) {
    return ctx.queryParamAsClass(name, Integer.class)
        .check(v -> v == null || (v >= min && v <= max), "must be a whole number from " + min + " to " + max)
        .getOrDefault(fallback);
  }

  /** The facet filters among the parameters; parameters that are not dimensions are left alone. */
  private static Map<String, List<String>> filters(Context ctx, String formatParam) {
    Map<String, List<String>> filters = new LinkedHashMap<>();
    for (Schema.Dimension dim : Schema.DIMENSIONS) {
      String param = dim.name().equals(Schema.FORMAT) ? formatParam : dim.name();
      List<String> values = ctx.queryParams(param).stream().filter(v -> !v.isBlank()).distinct().toList();
      if (values.size() > MAX_FILTER_VALUES) {
        throw new InvalidQueryException("invalid parameter",
            param + ": at most " + MAX_FILTER_VALUES + " values at once");
      }
      if (!values.isEmpty()) {
        filters.put(dim.name(), values);
      }
    }
    return filters;
  }
}
