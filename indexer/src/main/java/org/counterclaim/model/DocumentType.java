package org.counterclaim.model;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of document a newsroom deals with; the label is what the index and the API show. */
public enum DocumentType {
  PRESS_STATEMENT("press statement"),
  REPORT("report"),
  LETTER("letter"),
  NEWS_ARTICLE("news article"),
  EMAIL("e-mail"),
  OTHER("other");

  private final String label;

  DocumentType(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public static Optional<DocumentType> fromLabel(String label) {
    return Arrays.stream(values()).filter(t -> t.label.equals(label)).findFirst();
  }
}
