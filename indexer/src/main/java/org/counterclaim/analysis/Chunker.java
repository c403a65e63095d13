package org.counterclaim.analysis;

import java.util.ArrayList;
import java.util.List;
import org.counterclaim.model.Span;

/**
 * Cuts a long text into chunks the NLP pipeline can take one at a time, at paragraph breaks (else at a sentence
 * end, else at a space), so that no sentence is split when it can be helped. Each chunk is a {@link Span} of the
 * whole text, so offsets found in a chunk map back by adding its start.
 */
public final class Chunker {

  private final int maxChars;

  public Chunker(int maxChars) {
    if (maxChars < 100) {
      throw new IllegalArgumentException("chunks under 100 characters would split sentences");
    }
    this.maxChars = maxChars;
  }

  public List<Span> chunks(String text) {
    List<Span> chunks = new ArrayList<>();
    int start = 0;
    while (start < text.length()) {
      int end = Math.min(text.length(), start + maxChars);
      if (end < text.length()) {
        end = breakBefore(text, start, end);
      }
      chunks.add(new Span(start, end));
      start = end;
    }
    return chunks;
  }

  /** The best place to cut in the second half of [start, limit): a blank line, a line end, a sentence end, a space. */
  private static int breakBefore(String text, int start, int limit) {
    int floor = start + (limit - start) / 2;
    int paragraph = text.lastIndexOf("\n\n", limit - 2);
    if (paragraph >= floor) {
      return paragraph + 2;
    }
    int line = text.lastIndexOf('\n', limit - 1);
    if (line >= floor) {
      return line + 1;
    }
    for (int i = limit - 2; i >= floor; i--) {
      char c = text.charAt(i);
      if ((c == '.' || c == '!' || c == '?') && Character.isWhitespace(text.charAt(i + 1))) {
        return i + 2;
      }
    }
    int space = text.lastIndexOf(' ', limit - 1);
    return space >= floor ? space + 1 : limit;
  }
}
