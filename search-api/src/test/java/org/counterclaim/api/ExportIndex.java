package org.counterclaim.api;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.counterclaim.index.LuceneDocumentSink;
import org.counterclaim.model.AnalysedDocument;
import org.counterclaim.model.CasualtyFigure;
import org.counterclaim.model.Category;
import org.counterclaim.model.DocumentType;
import org.counterclaim.model.EntityMention;
import org.counterclaim.model.Official;
import org.counterclaim.model.Qualifier;
import org.counterclaim.model.SourceDocument;
import org.counterclaim.model.Stance;

/**
 * Three statements on Raqqa written without the NLP stage, for the export and figure-filter tests: one whose
 * title and claimant would run as spreadsheet formulas, one with figures of 1,600 and 23 (on either side of 300
 * to 400), one with a figure of 350.
 */
public final class ExportIndex {

  public static final String FORMULA_ID = "00000000000000f1";
  public static final String SPLIT_ID = "00000000000000f2";
  public static final String INSIDE_ID = "00000000000000f3";

  private ExportIndex() {}

  public static void write(Path dir) throws IOException {
    try (LuceneDocumentSink sink = LuceneDocumentSink.open(dir)) {
      sink.put("formula.txt", List.of(document(FORMULA_ID, "=HYPERLINK(\"http://evil.example\",\"click\")",
          "Raqqa: 12 civilians killed, @Side said.", figure(12, 12L, "@Side", "12 civilians"))));
      sink.put("split.txt", List.of(document(SPLIT_ID, "Raqqa, \"the toll\"",
          "In Raqqa 1,600 civilians were killed in all; 23 died on Monday, Airwars said.",
          figure(1600, 1600L, "Airwars", "1,600 civilians"), figure(23, 23L, "Airwars", "23 died"))));
      sink.put("inside.txt", List.of(inside()));
      sink.commit();
    }
  }

  /** With a person, an official, an organisation and a place found, for the document page's panels. */
  private static AnalysedDocument inside() {
    String text = "In Raqqa 350 people were killed, hospital spokeswoman Jane Doe told Airwars in LONDON.";
    AnalysedDocument plain = document(INSIDE_ID, "Raqqa hospital", text, new CasualtyFigure(350, 350L,
        Qualifier.EXACT, Category.KILLED, "people", "Raqqa", null, "Jane Doe", "Jane Doe", "told", Stance.CLAIMED,
        "350 people", text.indexOf("350"), text.indexOf("350") + 10, text));
    List<EntityMention> entities = List.of(
        mention("CITY", "Raqqa", "Raqqa", text),
        mention("PERSON", "Jane Doe", "Jane Doe", text),
        mention("ORGANIZATION", "Airwars", "Airwars", text),
        mention("CITY", "LONDON", "London", text));
    return new AnalysedDocument(plain.source(), plain.date(), List.of(), entities,
        List.of(new Official("Jane Doe", "spokeswoman", "Raqqa hospital", 1)), plain.figures());
  }

  private static EntityMention mention(String type, String words, String canonical, String text) {
    int at = text.indexOf(words);
    return new EntityMention(type, words, canonical, at, at + words.length());
  }

  private static CasualtyFigure figure(long min, Long max, String claimant, String words) {
    return new CasualtyFigure(min, max, Qualifier.EXACT, Category.KILLED, "civilians", "Raqqa", null, claimant, null,
        "said", Stance.REPORTED, words, 0, words.length(), words);
  }

  private static AnalysedDocument document(String id, String title, String text, CasualtyFigure... figures) {
    SourceDocument source = new SourceDocument(id, id, null, id + ".txt", "0".repeat(64), "text/plain",
        "Plain text", title, "2024-05-01", "Side A", DocumentType.PRESS_STATEMENT, "en", text, false, text.length(),
        Map.of());
    return new AnalysedDocument(source, "2024-05-01", List.of(), List.of(), List.of(), List.of(figures));
  }
}
