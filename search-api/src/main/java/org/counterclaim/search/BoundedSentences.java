package org.counterclaim.search;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;
import java.util.Locale;

/**
 * Sentence boundaries found in a window of text around the offset asked about, not in the whole text. The JDK's
 * sentence iterator goes back to a paragraph break to find where it may start; in a text with none (the hostile
 * corpus's single 50 MB line) every call went back to the beginning, and highlighting a few thousand matches took
 * minutes. Here a sentence longer than the window is cut at the window's edge, which for snippets of about 200
 * characters changes nothing.
 */
final class BoundedSentences extends BreakIterator {

  /** How far either side of an offset boundaries are looked for. */
  static final int WINDOW = 600;

  private final BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ROOT);
  private String text = "";
  private int current;

  @Override
  public int first() {
    current = 0;
    return current;
  }

  @Override
  public int last() {
    current = text.length();
    return current;
  }

  @Override
  public int next(int n) {
    int result = current;
    for (int i = 0; i < n && result != DONE; i++) {
      result = next();
    }
    for (int i = 0; i > n && result != DONE; i--) {
      result = previous();
    }
    return result;
  }

  @Override
  public int next() {
    return current >= text.length() ? DONE : following(current);
  }

  @Override
  public int previous() {
    return current <= 0 ? DONE : preceding(current);
  }

  @Override
  public int following(int offset) {
    checkOffset(offset);
    if (offset >= text.length()) {
      current = text.length();
      return DONE;
    }
    current = inWindow(offset, true);
    return current;
  }

  @Override
  public int preceding(int offset) {
    checkOffset(offset);
    if (offset <= 0) {
      current = 0;
      return DONE;
    }
    current = inWindow(offset, false);
    return current;
  }

  /** The JDK's boundary after (or before) the offset within its window; the window's edge when there is none. */
  private int inWindow(int offset, boolean after) {
    int from = Math.max(0, offset - WINDOW);
    int to = Math.min(text.length(), offset + WINDOW);
    sentences.setText(text.substring(from, to));
    int found = after ? sentences.following(offset - from) : sentences.preceding(offset - from);
    return found == DONE ? (after ? to : from) : from + found;
  }

  @Override
  public int current() {
    return current;
  }

  @Override
  public CharacterIterator getText() {
    return new StringCharacterIterator(text);
  }

  @Override
  public void setText(String newText) {
    text = newText;
    current = 0;
  }

  @Override
  public void setText(CharacterIterator newText) {
    StringBuilder copy = new StringBuilder(Math.max(0, newText.getEndIndex() - newText.getBeginIndex()));
    for (char c = newText.first(); c != CharacterIterator.DONE; c = newText.next()) {
      copy.append(c);
    }
    setText(copy.toString());
  }

  private void checkOffset(int offset) {
    if (offset < 0 || offset > text.length()) {
      throw new IllegalArgumentException("offset " + offset + " is outside the text (0 to " + text.length() + ")");
    }
  }
}
