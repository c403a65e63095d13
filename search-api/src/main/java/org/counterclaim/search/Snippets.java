package org.counterclaim.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
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
   * The snippets of hits fetched from elsewhere (a SolrCloud collection): their searchable stored fields are
   * indexed as the embedded index does (text with offsets in the postings) into a small index in memory, and
   * highlighted there by the same code, so passages, scores and offsets are the ones the embedded index gives (a
   * passage's score depends on its own document only). Each hit matched the whole query, so the query's number
   * ranges, which give no highlights and are not stored, are taken as matched.
   */
  List<List<SearchResponse.Snippet>> ofStored(Query query, List<Document> stored) {
    if (stored.isEmpty()) {
      return List.of();
    }
    try (Directory dir = new ByteBuffersDirectory();
         IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
      for (Document hit : stored) {
        writer.addDocument(HighlightDocuments.searchable(hit));
      }
      try (DirectoryReader reader = DirectoryReader.open(writer)) {
        ScoreDoc[] hits = new ScoreDoc[stored.size()];
        for (int i = 0; i < hits.length; i++) {
          hits[i] = new ScoreDoc(i, 0f);
        }
        return of(new IndexSearcher(reader), HighlightDocuments.withoutPoints(query, true), hits);
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
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
