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
import org.counterclaim.model.EntityMention;
import org.counterclaim.model.Official;
import org.counterclaim.model.Qualifier;
import org.counterclaim.model.SourceDocument;
import org.counterclaim.model.Stance;

/**
 * An index with one document as large as ingest lets through, written without the NLP stage: 1.2 million
 * characters in one "sentence" (no full stop), an emoji across the first window's end and a lone surrogate in it,
 * 12,000 entity mentions,
 * 700 officials, 5,350 figures (5,200 about one event, in two sides, one in a 5,000-character sentence), a
 * 300-character publisher and 100 metadata values of 5,000 characters.
 */
final class HugeDocument {

  static final String ID = "00000000000000aa";
  static final int TEXT_LENGTH = 1_200_000;
  static final int EMOJI_AT = 499_999;
  static final int LONE_SURROGATE_AT = 1_000;
  static final int MENTIONS = 12_000;
  static final int OFFICIALS = 700;
  static final int EVENT_FIGURES = 5_200;
  static final int OTHER_PLACES = 150;
  static final String FIGURE = "12 civilians";
  static final String LONG_SENTENCE = "x".repeat(2_500) + FIGURE + "y".repeat(2_488);

  private HugeDocument() {}

  static void write(Path indexDir) throws IOException {
    try (LuceneDocumentSink sink = LuceneDocumentSink.open(indexDir)) {
      sink.put(indexDir.resolve("huge.txt").toString(), List.of(document()));
      sink.commit();
    }
  }

  private static AnalysedDocument document() {
    StringBuilder text = new StringBuilder(TEXT_LENGTH);
    while (text.length() < TEXT_LENGTH) {
      text.append("Zorbatown shelling killed ").append(FIGURE).append(" and ");
    }
    text.setLength(TEXT_LENGTH);
    text.replace(EMOJI_AT, EMOJI_AT + 2, "\uD83D\uDE00");
    text.setCharAt(LONE_SURROGATE_AT, '\uD800'); // text from a broken file can hold one
    SourceDocument source = new SourceDocument(ID, ID, null, "huge.txt", "0".repeat(64), "text/plain", "Plain text",
        "A very long report", "2024-05-01", "P".repeat(300), DocumentType.REPORT, "en", text.toString(), true,
        TEXT_LENGTH, Map.of("author", java.util.Collections.nCopies(100, "a".repeat(5_000))));
    List<EntityMention> mentions = new ArrayList<>();
    for (int i = 0; i < MENTIONS; i++) {
      mentions.add(new EntityMention("PERSON", "Person " + i, "Person " + i, i * 40, i * 40 + 9));
    }
    List<Official> officials = new ArrayList<>();
    for (int i = 0; i < OFFICIALS; i++) {
      officials.add(new Official("Official " + i, "spokesman", null, 1));
    }
    List<CasualtyFigure> figures = new ArrayList<>();
    for (int i = 0; i < EVENT_FIGURES; i++) {
      String sentence = i == 0 ? LONG_SENTENCE
          : i == 1 ? "Side A disputed the figure of " + FIGURE + " given by Side B " + "z".repeat(3_000) : FIGURE;
      figures.add(figure(10 + i, "Zorbatown", i % 2 == 0 ? "Side A" : "Side B", sentence, i * 50));
    }
    for (int i = 0; i < OTHER_PLACES; i++) {
      figures.add(figure(5, "Place " + i, "Side A", FIGURE, 900_000 + i * 50));
    }
    return new AnalysedDocument(source, "2024-05-01", List.of(), mentions, officials, figures);
  }

  private static CasualtyFigure figure(long count, String place, String claimant, String sentence, int start) {
    return new CasualtyFigure(count, count, Qualifier.EXACT, Category.KILLED, "civilians", place, null, claimant, null, "said",
        Stance.REPORTED, FIGURE, start, start + FIGURE.length(), sentence);
  }
}
