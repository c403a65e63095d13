package org.counterclaim.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.BreakIterator;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Sentence boundaries from a window: the JDK's own within it, the window's edge past it. */
class BoundedSentencesTest {

  private static final String STATEMENT = "The ministry said 23 civilians were killed. Dr. Ahmed Khalil, a surgeon, "
      + "counted 41 bodies! Was the figure 1.5 times higher? Nobody knows.\n\nA new paragraph starts here. It ends.";

  @Test
  void within_the_window_the_boundaries_are_the_jdks() {
    BreakIterator jdk = BreakIterator.getSentenceInstance(Locale.ROOT);
    jdk.setText(STATEMENT);
    BoundedSentences ours = new BoundedSentences();
    ours.setText(STATEMENT);
    for (int offset = 0; offset <= STATEMENT.length(); offset++) {
      assertEquals(jdk.following(offset), ours.following(offset), "following " + offset);
      assertEquals(jdk.preceding(offset), ours.preceding(offset), "preceding " + offset);
    }
    assertEquals(0, ours.first());
    assertEquals(STATEMENT.length(), ours.last());
  }

  @Test
  void walks_sentence_by_sentence_like_the_jdk() {
    BreakIterator jdk = BreakIterator.getSentenceInstance(Locale.ROOT);
    jdk.setText(STATEMENT);
    BoundedSentences ours = new BoundedSentences();
    ours.setText(STATEMENT);
    jdk.first();
    ours.first();
    for (int b = jdk.next(); b != BreakIterator.DONE; b = jdk.next()) {
      assertEquals(b, ours.next());
    }
    assertEquals(BreakIterator.DONE, ours.next());
    assertEquals(jdk.previous(), ours.previous());
  }

  @Test
  void a_sentence_longer_than_the_window_is_cut_at_its_edge() {
    String run = "word ".repeat(3 * BoundedSentences.WINDOW);
    BoundedSentences ours = new BoundedSentences();
    ours.setText(run);
    int middle = run.length() / 2;
    assertEquals(middle + BoundedSentences.WINDOW, ours.following(middle));
    assertEquals(middle - BoundedSentences.WINDOW, ours.preceding(middle));
    assertEquals(run.length(), ours.following(run.length() - 10));
    assertEquals(0, ours.preceding(10));
  }

  @Test
  void a_long_line_of_sentences_gets_its_nearest_boundaries() {
    String sentence = "The coalition said it would look into the reports. ";
    String line = sentence.repeat(400_000);
    BoundedSentences ours = new BoundedSentences();
    ours.setText(line);
    int offset = 15_000_000 + 10;
    int after = ours.following(offset);
    int before = ours.preceding(offset);
    assertEquals(0, after % sentence.length());
    assertEquals(0, before % sentence.length());
    assertTrue(before < offset && offset < after && after - before == sentence.length(), before + " " + after);
  }
}
