package org.counterclaim.index;

import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * What the last commit of an index holds: its live document count, and how many live documents carry each path
 * and each id (read from the terms, so a path or id written twice shows as 2).
 */
record IndexSnapshot(int documents, Map<String, Integer> paths, Map<String, Integer> ids) {

  static IndexSnapshot of(Directory dir) throws IOException {
    try (DirectoryReader reader = DirectoryReader.open(dir)) {
      return new IndexSnapshot(reader.numDocs(), liveCounts(reader, Schema.PATH), liveCounts(reader, Schema.ID));
    }
  }

  /** Files (top-level documents): the paths without an embedded part ({@code file!/entry}). */
  int files() {
    return (int) paths.keySet().stream().filter(p -> !p.contains("!")).count();
  }

  /** Documents of one file: the file and everything embedded in it. */
  int documentsUnder(String file) {
    return paths.entrySet().stream()
        .filter(e -> e.getKey().equals(file) || e.getKey().startsWith(file + "!"))
        .mapToInt(Map.Entry::getValue).sum();
  }

  /** For each term of a keyword field, the number of live documents with it. */
  private static Map<String, Integer> liveCounts(IndexReader reader, String field) throws IOException {
    Map<String, Integer> counts = new TreeMap<>();
    Terms terms = MultiTerms.getTerms(reader, field);
    if (terms == null) {
      return counts;
    }
    Bits live = MultiBits.getLiveDocs(reader);
    TermsEnum termsEnum = terms.iterator();
    PostingsEnum postings = null;
    for (BytesRef term = termsEnum.next(); term != null; term = termsEnum.next()) {
      postings = termsEnum.postings(postings, PostingsEnum.NONE);
      int n = 0;
      for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
        if (live == null || live.get(doc)) {
          n++;
        }
      }
      if (n > 0) {
        counts.put(term.utf8ToString(), n);
      }
    }
    return counts;
  }
}
