package org.counterclaim.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.counterclaim.index.Schema;

/**
 * Snippets for a page of hits: the best passages of each text with the query's matches, from the offsets stored
 * in the postings (no re-analysis). A hit without a match in its text (a title match, an empty query) gets its
 * opening passage.
 */
final class Snippets {

  private static final int PASSAGES = Caps.SNIPPETS_PER_HIT;
  /** About how long a passage is: a sentence or two around the match. */
  private static final int PASSAGE_CHARS = 200;
  /**
   * How far into a text matches are looked for, as far as analysis goes (IngestLimits): a longer text gets no
   * snippet from its tail (its document page still finds every match). Highlighting costs time per match, and a
   * 20-million-character text repeating the words searched for has hundreds of thousands of them.
   */
  private static final int MAX_LENGTH = 1_000_000;

  private final Analyzer analyzer;

  Snippets(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  /** The snippets of each hit, in the order of the hits. */
  List<List<SearchResponse.Snippet>> of(IndexSearcher searcher, Query query, ScoreDoc[] hits) throws IOException {
    int[] docIds = new int[hits.length];
    int[] passages = new int[] {PASSAGES};
    for (int i = 0; i < hits.length; i++) {
      docIds[i] = hits[i].doc;
    }
    Object[] found = new Highlighter(searcher, analyzer).objects(query, docIds, passages);
    List<List<SearchResponse.Snippet>> snippets = new ArrayList<>();
    for (Object value : found) {
      snippets.add(cast(value));
    }
    return snippets;
  }

  /**
   * The snippets of texts fetched from elsewhere (a SolrCloud collection), found by analysing each text again with
   * the same analyzer: the same passages and offsets as from the postings.
   */
  List<List<SearchResponse.Snippet>> ofTexts(Query query, List<String> texts) {
    UnifiedHighlighter highlighter = configured(UnifiedHighlighter.builderWithoutSearcher(analyzer)).build();
    List<List<SearchResponse.Snippet>> snippets = new ArrayList<>();
    for (String text : texts) {
      try {
        snippets.add(text == null ? List.of() : cast(highlighter.highlightWithoutSearcher(Schema.TEXT, query, text,
            PASSAGES)));
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
    return snippets;
  }

  /** Passages of about {@link #PASSAGE_CHARS} as offsets, scored as Lucene does, phrases matched strictly. */
  private static UnifiedHighlighter.Builder configured(UnifiedHighlighter.Builder builder) {
    return builder
        .withFormatter(new SnippetFormatter())
        .withScorer(new PassageScores())
        .withMaxLength(MAX_LENGTH)
        .withMaxNoHighlightPassages(1)
        .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
            new BoundedSentences(), PASSAGE_CHARS, 0.5f))
        .withHighlightPhrasesStrictly(true);
  }

  @SuppressWarnings("unchecked")
  private static List<SearchResponse.Snippet> cast(Object value) {
    return value == null ? List.of() : (List<SearchResponse.Snippet>) value;
  }

  /** Opens up the highlighter's object form, which returns the formatter's objects instead of strings. */
  private static final class Highlighter extends UnifiedHighlighter {

    Highlighter(IndexSearcher searcher, Analyzer analyzer) {
      super(configured(UnifiedHighlighter.builder(searcher, analyzer)));
    }

    Object[] objects(Query query, int[] docIds, int[] passages) throws IOException {
      if (docIds.length == 0) {
        return new Object[0];
      }
      Map<String, Object[]> byField = highlightFieldsAsObjects(new String[] {Schema.TEXT}, query, docIds, passages);
      return byField.get(Schema.TEXT);
    }
  }
}
