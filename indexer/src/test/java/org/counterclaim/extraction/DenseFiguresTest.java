package org.counterclaim.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.counterclaim.model.AnalysedDocument;
import org.counterclaim.model.CasualtyFigure;
import org.counterclaim.model.Category;
import org.counterclaim.model.DocumentType;
import org.counterclaim.model.Qualifier;
import org.counterclaim.model.SourceDocument;
import org.counterclaim.model.Stance;
import org.counterclaim.testing.SharedPipeline;
import org.junit.jupiter.api.Test;

/**
 * A text that is nothing but casualty figures, with no full stop: the figures of a document are capped and each
 * keeps a short window of its sentence, not the whole 50,000-character "sentence".
 */
class DenseFiguresTest {

  private static final String SENTENCE = "at least 12 civilians were killed ";

  @Test
  void a_dense_text_keeps_the_first_thousand_figures_with_short_sentences() {
    String text = SENTENCE.repeat(100_000 / SENTENCE.length() + 1).strip();
    SourceDocument source = new SourceDocument("00000000000000d1", "00000000000000d1", null, "dense.txt",
        "0".repeat(64), "text/plain", "Plain text", "Dense", null, null, DocumentType.OTHER, "en", text, false,
        text.length(), Map.of());
    List<CasualtyFigure> figures = SharedPipeline.get().apply(source).figures();
    assertEquals(FigureLimits.MAX_FIGURES_PER_DOCUMENT, figures.size());
    CasualtyFigure first = figures.get(0);
    assertEquals(java.util.Arrays.asList(12L, null, Qualifier.AT_LEAST, Category.KILLED, "civilians", 34, "at least 12"),
        java.util.Arrays.asList(first.min(), first.max(), first.qualifier(), first.category(), first.victims(), first.start(),
            first.text()));
    assertTrue(first.sentence().startsWith("at least 12 civilians were killed at least"), first.sentence());
    assertTrue(first.sentence().endsWith("…"), first.sentence());
    CasualtyFigure last = figures.get(figures.size() - 1);
    assertEquals(1_000 * SENTENCE.length(), last.start()); // the words at the very start are not taken as a figure
    for (CasualtyFigure f : figures) {
      assertTrue(f.sentence().length() <= CasualtyFigure.SENTENCE_WINDOW_CHARS, f.sentence().length() + "");
      assertTrue(f.sentence().contains(f.text()), f.sentence());
    }
  }

  @Test
  void a_short_sentence_is_kept_whole() {
    assertEquals("The strike killed 12 civilians.", figure("12 civilians", "The strike killed 12 civilians.").sentence());
  }

  @Test
  void a_long_sentence_is_cut_at_spaces_around_the_figure_and_cutting_again_changes_nothing() {
    String sentence = "word ".repeat(200) + "killed 12 civilians " + "more ".repeat(200);
    String window = figure("12 civilians", sentence).sentence();
    assertEquals("…" + "word ".repeat(37) + "killed 12 civilians" + " more".repeat(38) + "…", window);
    assertEquals(396, window.length());
    assertEquals(window, figure("12 civilians", window).sentence());
  }

  private static CasualtyFigure figure(String words, String sentence) {
    return new CasualtyFigure(12, 12L, Qualifier.EXACT, Category.KILLED, "civilians", null, null, null, null, null,
        Stance.REPORTED,
        words, 0, words.length(), sentence);
  }
}
