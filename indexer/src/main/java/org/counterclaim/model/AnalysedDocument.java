package org.counterclaim.model;

import java.util.List;

/**
 * A document after analysis: its sentences, the entities named in it, the officials among the people, and the
 * document date the analysis settled on. Every offset points into {@code source.text()}.
 */
public record AnalysedDocument(
    SourceDocument source, String date, List<Sentence> sentences, List<EntityMention> entities,
    List<Official> officials) {

  public AnalysedDocument {
    sentences = List.copyOf(sentences);
    entities = List.copyOf(entities);
    officials = List.copyOf(officials);
  }
}
