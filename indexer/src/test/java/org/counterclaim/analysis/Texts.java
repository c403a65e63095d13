package org.counterclaim.analysis;

import java.util.List;
import java.util.Map;
import org.counterclaim.model.AnalysedDocument;
import org.counterclaim.model.DocumentType;
import org.counterclaim.model.EntityMention;
import org.counterclaim.model.SourceDocument;
import org.counterclaim.testing.SharedAnalyser;

/** Analyses a text written for a test, through the one shared analyser. */
final class Texts {

  private Texts() {}

  static SourceDocument document(String text, String date) {
    return new SourceDocument("0123456789abcdef", "0123456789abcdef", null, "t.txt", "x", "text/plain",
        "Plain text", "t", date, null, DocumentType.NEWS_ARTICLE, "en", text, false, text.length(), Map.of());
  }

  static AnalysedDocument analyse(String text, String date) {
    return SharedAnalyser.get().analyse(document(text, date));
  }

  static AnalysedDocument analyse(String text) {
    return analyse(text, null);
  }

  /** The document's entities of the given types, in text order. */
  static List<EntityMention> entities(AnalysedDocument doc, String... types) {
    List<String> wanted = List.of(types);
    return doc.entities().stream().filter(e -> wanted.contains(e.type())).toList();
  }
}
