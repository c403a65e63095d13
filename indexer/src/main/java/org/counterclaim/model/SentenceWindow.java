package org.counterclaim.model;

/** A long sentence cut to a window around a part of it (a figure's words), at spaces where one is near. */
final class SentenceWindow {

  private static final String ELLIPSIS = "…";
  /** How far a cut looks for a space, so as not to split a word. */
  private static final int WORD_BREAK = 30;

  private SentenceWindow() {}

  /**
   * The sentence as it is when it has at most {@code max} characters; otherwise at most {@code max} characters
   * (ellipses included) around the first occurrence of {@code part} (its start when {@code part} does not occur),
   * with an ellipsis where it was cut. Cutting a window again gives the same window.
   */
  static String around(String sentence, String part, int max) {
    if (sentence == null || sentence.length() <= max) {
      return sentence;
    }
    int at = part == null || part.isEmpty() ? -1 : sentence.indexOf(part);
    int partLength = at < 0 ? 0 : Math.min(part.length(), max - 2);
    int room = max - 2;
    int from = at < 0 ? 0 : Math.max(0, Math.min(at - (room - partLength) / 2, sentence.length() - room));
    int to = Math.min(sentence.length(), from + room);
    if (from > 0) {
      for (int i = from; i < Math.min(from + WORD_BREAK, at < 0 ? to : at); i++) {
        if (Character.isWhitespace(sentence.charAt(i))) {
          from = i + 1;
          break;
        }
      }
    }
    if (to < sentence.length()) {
      for (int i = to; i > Math.max(to - WORD_BREAK, at < 0 ? from : at + partLength); i--) {
        if (Character.isWhitespace(sentence.charAt(i - 1))) {
          to = i - 1;
          break;
        }
      }
    }
    from = pairSafe(sentence, from);
    to = pairSafe(sentence, to);
    return (from > 0 ? ELLIPSIS : "") + sentence.substring(from, to) + (to < sentence.length() ? ELLIPSIS : "");
  }

  private static int pairSafe(String text, int offset) {
    if (offset > 0 && offset < text.length()
        && Character.isHighSurrogate(text.charAt(offset - 1)) && Character.isLowSurrogate(text.charAt(offset))) {
      return offset - 1;
    }
    return offset;
  }
}
