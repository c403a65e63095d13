package org.counterclaim.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A batch search, as in Datashare: a list of terms or names, one per line, each run as a search with the same
 * filters; for each, how many documents match and the top ones. A term that does not parse gets its reason in its
 * row and the others still run. Works through {@link SearchService} only (Lucene and SolrCloud alike).
 */
public final class BatchSearch {

  private BatchSearch() {}

  /** One term's answer: the count and the first {@link Caps#BATCH_TOP} documents, or why it could not run. */
  public record TermResult(int line, String term, long count, List<TopDocument> top, String error) {
    public TermResult {
      top = List.copyOf(top);
    }
  }

  /** A document among a term's top hits. */
  public record TopDocument(String id, String title, String publisher, String date, String path, float score) {}

  /** The job's answer: one result per distinct term, in the order given. */
  public record Result(int terms, Map<String, List<String>> filters, List<TermResult> results) {
    public Result {
      results = List.copyOf(results);
    }
  }

  /**
   * The terms of a pasted or uploaded list: one per line, trimmed, blank lines and repeats dropped. Too many terms
   * or too long a term is an {@link InvalidQueryException} that says the limit.
   */
  public static List<String> terms(String text) {
    Set<String> terms = new LinkedHashSet<>();
    List<String> lines = text == null ? List.of() : text.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      String term = lines.get(i).strip();
      if (term.length() > Caps.BATCH_TERM_CHARS) {
        throw new InvalidQueryException("invalid batch", "line " + (i + 1) + ": a term is at most "
            + Caps.BATCH_TERM_CHARS + " characters");
      }
      if (!term.isEmpty()) {
        terms.add(term);
      }
    }
    if (terms.isEmpty()) {
      throw new InvalidQueryException("invalid batch", "no terms: give one term or name per line");
    }
    if (terms.size() > Caps.BATCH_TERMS) {
      throw new InvalidQueryException("invalid batch", terms.size() + " terms: a batch holds at most "
          + Caps.BATCH_TERMS);
    }
    return List.copyOf(terms);
  }

  /** Runs each term as a search with the filters of {@code template} (its query, page and size are not used). */
  public static Result run(SearchService service, List<String> terms, SearchRequest template) {
    List<TermResult> results = new ArrayList<>();
    for (int i = 0; i < terms.size(); i++) {
      String term = terms.get(i);
      try {
        SearchResponse response = service.search(new SearchRequest(term, template.filters(), template.figures(), 1,
            Caps.BATCH_TOP, template.sort()));
        List<TopDocument> top = response.hits().stream()
            .map(h -> new TopDocument(h.id(), h.title(), h.publisher(), h.date(), h.path(), h.score())).toList();
        results.add(new TermResult(i + 1, term, response.total(), top, null));
      } catch (InvalidQueryException e) {
        results.add(new TermResult(i + 1, term, 0, List.of(), e.getMessage() + ": " + e.detail()));
      }
    }
    return new Result(terms.size(), template.filters(), results);
  }
}
