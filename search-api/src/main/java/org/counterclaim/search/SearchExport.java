package org.counterclaim.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.counterclaim.model.CasualtyFigure;

/**
 * Every hit of a search, up to {@link Caps#EXPORT_DOCUMENTS}, with all its casualty figures (up to
 * {@link Caps#DOCUMENT_FIGURES} each): what an export writes. Works through {@link SearchService} only, so it
 * serves the Lucene and the SolrCloud backend alike. With a figure filter, a document's figures are those that
 * match it.
 */
public final class SearchExport {

  /** A page of the export's search: as large as a search page may be. */
  private static final int PAGE = Caps.PAGE_SIZE;
  /** The smallest text window: an export needs a document's figures, not its text. */
  private static final TextWindow NO_TEXT = new TextWindow(0, 1);

  private SearchExport() {}

  /**
   * The exported documents and how many the search found in all.
   *
   * @param total     documents the search matched; more than {@code documents.size()} when the cap cut the export
   * @param documents the first {@link Caps#EXPORT_DOCUMENTS} of them, in the search's order
   */
  public record Result(String query, Map<String, List<String>> filters, long total, List<Row> documents) {
    public Result {
      documents = List.copyOf(documents);
    }
  }

  /** One exported document with its figures. */
  public record Row(String id, String title, String publisher, String date, String type, String path,
                    int figureCount, List<CasualtyFigure> figures) {
    public Row {
      figures = List.copyOf(figures);
    }
  }

  /** Runs the search page by page (the request's page and size are ignored) and collects the documents. */
  public static Result run(SearchService service, SearchRequest request) {
    List<Row> rows = new ArrayList<>();
    long total = 0;
    for (int page = 1; rows.size() < Caps.EXPORT_DOCUMENTS; page++) {
      SearchResponse response = service.search(new SearchRequest(request.query(), request.filters(),
          request.figures(), page, PAGE, request.sort()));
      total = response.total();
      for (SearchResponse.Hit hit : response.hits()) {
        if (rows.size() < Caps.EXPORT_DOCUMENTS) {
          rows.add(row(service, hit, request.figures()));
        }
      }
      if (response.hits().size() < PAGE || (long) page * PAGE >= total) {
        break;
      }
    }
    return new Result(request.query(), request.filters(), total, rows);
  }

  private static Row row(SearchService service, SearchResponse.Hit hit, SearchRequest.FigureFilter filter) {
    List<CasualtyFigure> figures = hit.figures();
    int count = hit.figureCount();
    if (count > figures.size()) {
      DocumentView view = service.document(hit.id(), NO_TEXT).orElse(null);
      if (view != null) {
        figures = view.figures();
      }
    }
    List<CasualtyFigure> kept = figures.stream().filter(f -> matches(f, filter)).map(Caps::figure).toList();
    return new Row(hit.id(), hit.title(), hit.publisher(), hit.date(), hit.type(), hit.path(), count, kept);
  }

  /** Whether a figure is one the filter asks for: its category, its lower bound ≥ min, its upper bound ≤ max. */
  static boolean matches(CasualtyFigure f, SearchRequest.FigureFilter filter) {
    if (filter.isEmpty()) {
      return true;
    }
    if (filter.category() != null && !filter.category().equals(f.category().label())) {
      return false;
    }
    long upper = f.max() == null ? Long.MAX_VALUE : f.max();
    return (filter.min() == null || f.min() >= filter.min()) && (filter.max() == null || upper <= filter.max());
  }
}
