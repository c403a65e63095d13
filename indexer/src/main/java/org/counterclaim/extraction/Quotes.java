package org.counterclaim.extraction;

import java.util.ArrayList;
import java.util.List;
import org.counterclaim.model.Span;

/**
 * The quotations of a text. A curly quote runs from “ to the next ”, across paragraphs (a quote that goes on into
 * the next paragraph opens it with “ again and closes only at its end); straight quotes pair up within a paragraph.
 * A quote left open ends with its paragraph.
 */
final class Quotes {

  private static final int LONGEST = 6_000;

  private Quotes() {}

  static List<Span> find(String text) {
    List<Span> quotes = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '“') {
        int close = text.indexOf('”', i + 1);
        int end = close < 0 || close - i > LONGEST ? paragraphEnd(text, i) : close + 1;
        quotes.add(new Span(i, end));
        i = end;
      } else if (c == '"') {
        int paragraphEnd = paragraphEnd(text, i);
        int close = text.indexOf('"', i + 1);
        int end = close < 0 || close > paragraphEnd ? paragraphEnd : close + 1;
        quotes.add(new Span(i, end));
        i = end;
      } else {
        i++;
      }
    }
    return quotes;
  }

  private static int paragraphEnd(String text, int from) {
    int blank = text.indexOf("\n\n", from);
    return blank < 0 ? text.length() : blank;
  }
}
