package org.counterclaim.api;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import org.counterclaim.search.BatchSearch;
import org.counterclaim.search.SearchService;

/**
 * {@code POST /api/batch}: a list of terms, one per line (the request body as plain text), run as one job with
 * the filters in the query string; the answer is JSON or, with {@code format=csv}, a CSV file with one row per term
 * and top document.
 */
final class BatchController {

  private static final List<String> HEADER = List.of("line", "term", "count", "rank", "id", "title", "publisher",
      "date", "path", "error");

  private final SearchService service;

  BatchController(SearchService service) {
    this.service = service;
  }

  void run(Context ctx) {
    String format = ctx.queryParamAsClass("format", String.class).getOrDefault("json");
    if (!format.equals("json") && !format.equals("csv")) {
      throw new org.counterclaim.search.InvalidQueryException("invalid parameter", "format: must be json or csv");
    }
    List<String> terms = BatchSearch.terms(ctx.body());
    BatchSearch.Result result = BatchSearch.run(service, terms, SearchController.request(ctx, 1, 1, ExportController.DOC_FORMAT));
    if (format.equals("json")) {
      ctx.json(result);
      return;
    }
    ctx.header("Content-Disposition", "attachment; filename=\"counterclaim-batch.csv\"");
    ctx.contentType("text/csv; charset=utf-8").result(csv(result));
  }

  /** One row per term and top document; a term without hits (or with an error) has one row of its own. */
  static String csv(BatchSearch.Result result) {
    Csv csv = new Csv().row(HEADER);
    for (BatchSearch.TermResult t : result.results()) {
      if (t.top().isEmpty()) {
        csv.row(List.of(Integer.toString(t.line()), t.term(), Long.toString(t.count()), "", "", "", "", "", "",
            t.error() == null ? "" : t.error()));
      }
      for (int i = 0; i < t.top().size(); i++) {
        BatchSearch.TopDocument d = t.top().get(i);
        List<String> row = new ArrayList<>(List.of(Integer.toString(t.line()), t.term(), Long.toString(t.count()),
            Integer.toString(i + 1), d.id()));
        row.add(d.title());
        row.add(d.publisher());
        row.add(d.date());
        row.add(d.path());
        row.add("");
        csv.row(row);
      }
    }
    return csv.toString();
  }
}
