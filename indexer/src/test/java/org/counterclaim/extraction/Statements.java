package org.counterclaim.extraction;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.counterclaim.model.CasualtyFigure;
import org.counterclaim.model.DocumentType;
import org.counterclaim.model.SourceDocument;
import org.counterclaim.testing.SharedPipeline;

/** Texts written for the tests in the styles the engine reads, run through the whole pipeline, and assertions. */
final class Statements {

  private Statements() {}

  /** Wire copy: a news article, which reports others' figures. */
  static List<CasualtyFigure> wire(String publisher, String date, String text) {
    return figures(DocumentType.NEWS_ARTICLE, publisher, date, text);
  }

  /** A press statement issued by {@code publisher}: its unattributed figures are the publisher's. */
  static List<CasualtyFigure> statement(String publisher, String date, String text) {
    return figures(DocumentType.PRESS_STATEMENT, publisher, date, text);
  }

  /** A report issued by {@code publisher}. */
  static List<CasualtyFigure> report(String publisher, String date, String text) {
    return figures(DocumentType.REPORT, publisher, date, text);
  }

  static List<CasualtyFigure> figures(DocumentType type, String publisher, String date, String text) {
    SourceDocument source = new SourceDocument("0123456789abcdef", "0123456789abcdef", null, "t.txt", "x",
        "text/plain", "Plain text", "t", date, publisher, type, "en", text, false, text.length(), Map.of());
    return SharedPipeline.get().apply(source).figures();
  }

  /** The one figure found, failing with the figures' texts when there is not exactly one. */
  static CasualtyFigure only(List<CasualtyFigure> found) {
    assertEquals(1, found.size(), () -> "figures: " + texts(found));
    return found.get(0);
  }

  /** The figures' texts in order: what an assertion that nothing else was found compares. */
  static List<String> texts(List<CasualtyFigure> figures) {
    return figures.stream().map(CasualtyFigure::text).collect(Collectors.toList());
  }

  /** Bounds, qualifier, category, victims and the figure's words, all at once. */
  static void assertFigure(CasualtyFigure f, long min, Long max, String qualifier, String category, String victims,
                           String text) {
    assertAll(
        () -> assertEquals(min, f.min(), "min"),
        () -> assertEquals(max, f.max(), "max"),
        () -> assertEquals(qualifier, label(f.qualifier()), "qualifier"),
        () -> assertEquals(category, label(f.category()), "category"),
        () -> assertEquals(victims, f.victims(), "victims"),
        () -> assertEquals(text, f.text(), "text"));
  }

  /** The lower-case name the JSON contract gives an enum constant, or null. */
  static String label(Enum<?> value) {
    return value == null ? null : value.toString();
  }

  /** Who claims a figure: claimant, speaker, verb and stance, all at once. */
  static void assertClaim(CasualtyFigure f, String claimant, String speaker, String verb, String stance) {
    assertAll(
        () -> assertEquals(claimant, f.claimant(), "claimant"),
        () -> assertEquals(speaker, f.speaker(), "speaker"),
        () -> assertEquals(verb, f.verb(), "verb"),
        () -> assertEquals(stance, label(f.stance()), "stance"));
  }
}
