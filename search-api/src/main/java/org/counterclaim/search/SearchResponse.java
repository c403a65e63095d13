package org.counterclaim.search;

import java.util.List;
import java.util.Map;
import org.counterclaim.model.CasualtyFigure;

/** The answer to a search: one page of hits, the total, and the facet counts for the sidebar. */
public record SearchResponse(
    String query, int page, int size, String sort, long total, long tookMs,
    Map<String, List<String>> filters, List<Hit> hits, List<FacetDimension> facets) {

  /** One hit with its snippets and the first of its figures ({@code figureCount} says how many it has). */
  public record Hit(
      String id, String title, String date, String type, String publisher, String language, String format,
      String path, String parentId, float score, List<Snippet> snippets, int figureCount,
      List<CasualtyFigure> figures) {}

  /**
   * A passage of the text with its matches. All offsets are character offsets (UTF-16 units) into the document
   * text that {@code /api/documents/{id}} returns.
   */
  public record Snippet(String text, int start, int end, List<Span> highlights) {}

  /** A range of characters, {@code [start, end)}. */
  public record Span(int start, int end) {}

  /** The counts of one facet dimension. */
  public record FacetDimension(String dim, String label, List<FacetValue> values) {}

  /** One value of a dimension with its count; {@code selected} when it is one of the request's filters. */
  public record FacetValue(String value, long count, boolean selected) {}
}
