package org.counterclaim.search;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Turns the highlighter's passages into {@link SearchResponse.Snippet}s with offsets into the whole text, instead
 * of HTML: the UI marks the matches itself, as text, so no document content is ever parsed as markup.
 */
final class SnippetFormatter extends PassageFormatter {

  @Override
  public Object format(Passage[] passages, String content) {
    List<SearchResponse.Snippet> snippets = new ArrayList<>();
    for (Passage passage : passages) {
      int start = passage.getStartOffset();
      int end = passage.getEndOffset();
      List<SearchResponse.Span> highlights = new ArrayList<>();
      for (int i = 0; i < passage.getNumMatches(); i++) {
        int from = Math.max(start, passage.getMatchStarts()[i]);
        int to = Math.min(end, passage.getMatchEnds()[i]);
        if (from < to) {
          highlights.add(new SearchResponse.Span(from, to));
        }
      }
      snippets.add(new SearchResponse.Snippet(content.substring(start, end), start, end, highlights));
    }
    return snippets;
  }
}
