package org.counterclaim.api;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.counterclaim.model.CasualtyFigure;
import org.counterclaim.search.InvalidQueryException;
import org.counterclaim.search.SearchExport;
import org.counterclaim.search.SearchService;

/**
 * {@code GET /api/search/export}: the results of a search (the same parameters as {@code /api/search}) as CSV or
 * JSON, one row per document or per figure, up to {@link org.counterclaim.search.Caps#EXPORT_DOCUMENTS} documents.
 * The search page's filter on the documents' format ({@code format=PDF}) is {@code doc_format=PDF} here.
 */
final class ExportController {

  /** The parameter that filters on the documents' format here: {@code format} says csv or json. */
  static final String DOC_FORMAT = "doc_format";

  private static final List<String> DOCUMENT_HEADER = List.of("id", "title", "publisher", "date", "type", "path",
      "figure_count", "figures", "claimants");
  private static final List<String> FIGURE_HEADER = List.of("id", "title", "publisher", "date", "type", "path",
      "min", "max", "qualifier", "category", "victims", "location", "when", "claimant", "speaker", "stance", "text",
      "sentence", "start", "end");

  private final SearchService service;

  ExportController(SearchService service) {
    this.service = service;
  }

  /** What the JSON export holds: the search, how many documents it found, and those exported. */
  record Export(String query, Map<String, List<String>> filters, String rows, long total, int exported,
                boolean capped, List<SearchExport.Row> documents) {}

  void export(Context ctx) {
    String format = choice(ctx, "format", "csv", List.of("csv", "json"));
    String rows = choice(ctx, "rows", "document", List.of("document", "figure"));
    SearchExport.Result result = SearchExport.run(service, SearchController.request(ctx, 1, 1, DOC_FORMAT));
    String name = "counterclaim-search." + format;
    ctx.header("Content-Disposition", "attachment; filename=\"" + name + "\"");
    ctx.header("X-Total-Count", Long.toString(result.total()));
    if (format.equals("json")) {
      ctx.json(new Export(result.query(), result.filters(), rows, result.total(), result.documents().size(),
          result.total() > result.documents().size(), result.documents()));
    } else {
      ctx.contentType("text/csv; charset=utf-8").result(rows.equals("figure") ? perFigure(result) : perDocument(result));
    }
  }

  private static String choice(Context ctx, String name, String fallback, List<String> allowed) {
    String value = ctx.queryParamAsClass(name, String.class).getOrDefault(fallback);
    if (!allowed.contains(value)) {
      throw new InvalidQueryException("invalid parameter", name + ": must be " + String.join(" or ", allowed)
          + ", not '" + DocumentController.abbreviate(value) + "'");
    }
    return value;
  }

  private static String perDocument(SearchExport.Result result) {
    Csv csv = new Csv().row(DOCUMENT_HEADER);
    for (SearchExport.Row d : result.documents()) {
      String figures = d.figures().stream().map(ExportController::summary).collect(Collectors.joining("; "));
      String claimants = d.figures().stream().map(CasualtyFigure::claimant).filter(c -> c != null && !c.isBlank())
          .distinct().collect(Collectors.joining("; "));
      csv.row(List.of(d.id(), nz(d.title()), nz(d.publisher()), nz(d.date()), nz(d.type()), nz(d.path()),
          Integer.toString(d.figureCount()), figures, claimants));
    }
    return csv.toString();
  }

  private static String perFigure(SearchExport.Result result) {
    Csv csv = new Csv().row(FIGURE_HEADER);
    for (SearchExport.Row d : result.documents()) {
      for (CasualtyFigure f : d.figures()) {
        List<String> row = new ArrayList<>(List.of(d.id(), nz(d.title()), nz(d.publisher()), nz(d.date()),
            nz(d.type()), nz(d.path())));
        row.addAll(List.of(Long.toString(f.min()), f.max() == null ? "" : Long.toString(f.max()),
            String.valueOf(f.qualifier()), String.valueOf(f.category()), nz(f.victims()), nz(f.location()),
            nz(f.when()), nz(f.claimant()), nz(f.speaker()), String.valueOf(f.stance()), nz(f.text()),
            nz(f.sentence()), Integer.toString(f.start()), Integer.toString(f.end())));
        csv.row(row);
      }
    }
    return csv.toString();
  }

  /** "at least 47 killed (civilians), according to Health Ministry". */
  static String summary(CasualtyFigure f) {
    String size = f.max() == null ? f.min() + "+" : f.max() == f.min() ? Long.toString(f.min()) : f.min() + "–" + f.max();
    return size + " " + f.category() + (f.victims() == null ? "" : " (" + f.victims() + ")")
        + (f.claimant() == null ? "" : ", according to " + f.claimant());
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
