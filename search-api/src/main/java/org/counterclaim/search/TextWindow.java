package org.counterclaim.search;

/**
 * The part of a document's text a request asks for: {@code length} characters from {@code offset} (UTF-16 code
 * units, as all offsets). A window past the end of the text is empty.
 */
public record TextWindow(int offset, int length) {

  /** The start of the text, as much as one response carries. */
  public static final TextWindow FIRST = new TextWindow(0, Caps.TEXT_WINDOW);

  public TextWindow {
    if (offset < 0 || length < 1 || length > Caps.TEXT_WINDOW) {
      throw new IllegalArgumentException("a text window is 1 to " + Caps.TEXT_WINDOW + " characters from 0 on");
    }
  }
}
