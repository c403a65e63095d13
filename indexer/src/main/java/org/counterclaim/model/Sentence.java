package org.counterclaim.model;

import java.util.List;

/** A sentence of the document: its span in the text and its tokens. */
public record Sentence(int start, int end, List<Token> tokens) {

  public Sentence {
    tokens = List.copyOf(tokens);
  }

  /** The sentence's text, cut from the document text. */
  public String text(String documentText) {
    return documentText.substring(start, end);
  }
}
