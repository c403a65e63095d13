package org.counterclaim.model;

/**
 * A word of the text with what the NLP pipeline says of it.
 *
 * @param start offset into the document text
 * @param ner   named-entity tag (PERSON, ORGANIZATION, LOCATION, …) or "O"
 */
public record Token(String text, int start, int end, String pos, String lemma, String ner) {

  public boolean isEntity() {
    return !"O".equals(ner);
  }
}
