package org.counterclaim.extraction;

import org.counterclaim.model.Sentence;

/**
 * What one document's casualty figures may cost, whatever the document. A text of nothing but "at least 12
 * civilians were killed" has a figure every 34 characters and no full stop: 29,000 figures in the first million
 * characters analysed, each of which carried its whole "sentence" (a 50,000-character chunk), 88 MB of JSON for
 * 1,763 of them, and the index run and then the server ran out of memory. So a document keeps at most
 * {@link #MAX_FIGURES_PER_DOCUMENT} figures (the first ones; the index run reports a warning when it hits the cap),
 * and a figure keeps at most {@link #SENTENCE_WINDOW_CHARS} characters of its sentence, around its words.
 */
public final class FigureLimits {

  /**
   * Most casualty figures kept per document: the first ones in text order. A 300-page report has a few hundred;
   * the document page lists this many.
   */
  public static final int MAX_FIGURES_PER_DOCUMENT = 1_000;
  /**
   * The largest count read as a number: ten billion, more than the people alive. A larger number ("more than
   * 18,446,744,073,709,551,616 civilians") is no casualty figure, and no bound (even "more than N", N + 1) can
   * overflow a long.
   */
  public static final long MAX_COUNT = 10_000_000_000L;
  /** Most characters of a figure's sentence kept with it, around the figure's words (ellipses not counted). */
  public static final int SENTENCE_WINDOW_CHARS = 400;

  private static final String ELLIPSIS = "…";

  private FigureLimits() {}

  /**
   * The figure's sentence, stripped, as it stands when it has at most {@link #SENTENCE_WINDOW_CHARS} characters;
   * otherwise that many characters around the figure ({@code figureStart}–{@code figureEnd} in the text), cut at
   * spaces where one is near, with an ellipsis where it was cut.
   */
  public static String sentenceAround(String text, Sentence sentence, int figureStart, int figureEnd) {
    int start = sentence.start();
    int end = sentence.end();
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (end - start <= SENTENCE_WINDOW_CHARS) {
      return text.substring(start, end);
    }
    int figure = Math.min(figureEnd - figureStart, SENTENCE_WINDOW_CHARS);
    int from = Math.max(start, Math.min(figureStart - (SENTENCE_WINDOW_CHARS - figure) / 2,
        end - SENTENCE_WINDOW_CHARS));
    int to = Math.min(end, from + SENTENCE_WINDOW_CHARS);
    from = from > start ? wordStart(text, from, figureStart) : from;
    to = to < end ? wordEnd(text, to, Math.max(figureEnd, from)) : to;
    from = pairSafe(text, from);
    to = pairSafe(text, to);
    return (from > start ? ELLIPSIS : "") + text.substring(from, to).strip() + (to < end ? ELLIPSIS : "");
  }

  /** The start of the word at {@code at}: just after a space at most 30 characters on, never past the figure. */
  private static int wordStart(String text, int at, int limit) {
    for (int i = at; i < Math.min(at + 30, limit); i++) {
      if (Character.isWhitespace(text.charAt(i))) {
        return i + 1;
      }
    }
    return at;
  }

  /** The end of the word before {@code at}: a space at most 30 characters back, never before the figure's end. */
  private static int wordEnd(String text, int at, int limit) {
    for (int i = at; i > Math.max(at - 30, limit); i--) {
      if (Character.isWhitespace(text.charAt(i - 1))) {
        return i - 1;
      }
    }
    return at;
  }

  private static int pairSafe(String text, int offset) {
    if (offset > 0 && offset < text.length()
        && Character.isHighSurrogate(text.charAt(offset - 1)) && Character.isLowSurrogate(text.charAt(offset))) {
      return offset - 1;
    }
    return offset;
  }
}
