package org.counterclaim.search;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Turns the highlighter's passages into {@link SearchResponse.Snippet}s with offsets into the whole text, instead
 * of HTML: the UI marks the matches itself, as text, so no document content is ever parsed as markup. A passage
 * longer than {@link Caps#SNIPPET_CHARS} (a text without sentence ends is one long "sentence") is cut around its
 * first match.
 */
final class SnippetFormatter extends PassageFormatter {

  @Override
  public Object format(Passage[] passages, String content) {
    List<SearchResponse.Snippet> snippets = new ArrayList<>();
    for (Passage passage : passages) {
      int start = passage.getStartOffset();
      int end = passage.getEndOffset();
      if (end - start > Caps.SNIPPET_CHARS) {
        int first = passage.getNumMatches() > 0 ? passage.getMatchStarts()[0] : start;
        start = Caps.pairSafe(content, Math.max(start, Math.min(first - Caps.SNIPPET_CHARS / 3, end - Caps.SNIPPET_CHARS)));
        end = Caps.pairSafe(content, Math.min(end, start + Caps.SNIPPET_CHARS));
      }
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
