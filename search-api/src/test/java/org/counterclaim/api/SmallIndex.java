package org.counterclaim.api;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.counterclaim.index.LuceneDocumentSink;
import org.counterclaim.model.AnalysedDocument;
import org.counterclaim.model.CasualtyFigure;
import org.counterclaim.model.Category;
import org.counterclaim.model.DocumentType;
import org.counterclaim.model.Qualifier;
import org.counterclaim.model.SourceDocument;
import org.counterclaim.model.Stance;

/**
 * An index written without the NLP stage, for HTTP tests that need documents but not CoreNLP: {@value #DOCUMENTS}
 * short statements, the n-th holding the words {@code ab<n>} and {@code Raqqa} and one figure "12 civilians" killed
 * in Raqqa, claimed by Side A (even n) or Side B (odd n).
 */
final class SmallIndex {

  static final int DOCUMENTS = 500;
  static final String FIRST_ID = id(0);

  private SmallIndex() {}

  static void write(Path indexDir) throws IOException {
    try (LuceneDocumentSink sink = LuceneDocumentSink.open(indexDir)) {
      for (int n = 0; n < DOCUMENTS; n++) {
        sink.put(indexDir.resolve("doc-" + n + ".txt").toString(), List.of(document(n)));
      }
      sink.commit();
    }
  }

  static String id(int n) {
    return String.format("%016x", 0xab00L + n);
  }

  private static AnalysedDocument document(int n) {
    String text = "Statement ab" + n + ": the shelling of Raqqa killed 12 civilians, Side " + (n % 2 == 0 ? "A" : "B")
        + " said.";
    int at = text.indexOf("12 civilians");
    SourceDocument source = new SourceDocument(id(n), id(n), null, "doc-" + n + ".txt", "0".repeat(64),
        "text/plain", "Plain text", "Statement " + n, "2024-05-01", "Side A", DocumentType.PRESS_STATEMENT, "en",
        text, false, text.length(), Map.of());
    List<CasualtyFigure> figures = new ArrayList<>();
    figures.add(new CasualtyFigure(12, 12L, Qualifier.EXACT, Category.KILLED, "civilians", "Raqqa", null,
        n % 2 == 0 ? "Side A" : "Side B", null, "said", Stance.REPORTED, "12 civilians", at, at + 12, text));
    return new AnalysedDocument(source, "2024-05-01", List.of(), List.of(), List.of(), figures);
  }
}
