package org.counterclaim.serve;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.counterclaim.extraction.FigureLimits;
import org.counterclaim.index.LuceneDocumentSink;
import org.counterclaim.model.AnalysedDocument;
import org.counterclaim.model.CasualtyFigure;
import org.counterclaim.model.Category;
import org.counterclaim.model.DocumentType;
import org.counterclaim.model.Qualifier;
import org.counterclaim.model.SourceDocument;
import org.counterclaim.model.Stance;

/**
 * An index of figure-dense documents as the index run now stores them, written without the NLP stage: "at least 12
 * civilians were killed " repeated to 100 KB, 7 MB and 20 million characters (ingest's cut of a 30 MB file), each
 * with the {@link FigureLimits#MAX_FIGURES_PER_DOCUMENT} figures it keeps, each given its 50,000-character chunk as
 * sentence (the record keeps a window of it), half claimed by one side and half by another (one contradiction group of 3,000 claims).
 */
final class DenseIndex {

  static final String SENTENCE = "at least 12 civilians were killed ";
  static final int[] LENGTHS = {100_000, 7_000_000, 20_000_000};
  private static final int CHUNK = 50_000;

  private DenseIndex() {}

  static List<String> write(Path indexDir) throws IOException {
    List<String> ids = new ArrayList<>();
    try (LuceneDocumentSink sink = LuceneDocumentSink.open(indexDir)) {
      for (int i = 0; i < LENGTHS.length; i++) {
        String id = String.format("%016x", 0xde00L + i);
        ids.add(id);
        sink.put(indexDir.resolve("dense-" + i + ".txt").toString(), List.of(document(id, LENGTHS[i])));
        sink.commit();
      }
    }
    return ids;
  }

  private static AnalysedDocument document(String id, int length) {
    String text = SENTENCE.repeat(length / SENTENCE.length() + 1).substring(0, length);
    SourceDocument source = new SourceDocument(id, id, null, "dense-" + length + ".txt", "0".repeat(64),
        "text/plain", "Plain text", "Dense " + length, "2024-05-01", null, DocumentType.OTHER, "en", text,
        length == 20_000_000, length, Map.of());
    List<CasualtyFigure> figures = new ArrayList<>();
    for (int n = 1; n <= FigureLimits.MAX_FIGURES_PER_DOCUMENT; n++) {
      int start = n * SENTENCE.length();
      int end = start + "at least 12".length();
      String chunk = text.substring(start / CHUNK * CHUNK, Math.min(length, start / CHUNK * CHUNK + CHUNK));
      figures.add(new CasualtyFigure(12, null, Qualifier.AT_LEAST, Category.KILLED, "civilians", "Raqqa", null,
          n % 2 == 0 ? "Side A" : "Side B", null, "said", Stance.REPORTED, "at least 12", start, end,
          chunk)); // the record keeps a window of it
    }
    return new AnalysedDocument(source, "2024-05-01", List.of(), List.of(), List.of(), figures);
  }
}
