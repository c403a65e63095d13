package org.counterclaim.model;

import java.util.List;

/**
 * A document after analysis and extraction: its sentences, the entities named in it, the officials among the
 * people, the document date the analysis settled on, and its casualty figures. Every offset points into
 * {@code source.text()}.
 */
public record AnalysedDocument(
    SourceDocument source, String date, List<Sentence> sentences, List<EntityMention> entities,
    List<Official> officials, List<CasualtyFigure> figures) {

  public AnalysedDocument {
    sentences = List.copyOf(sentences);
    entities = List.copyOf(entities);
    officials = List.copyOf(officials);
    figures = List.copyOf(figures);
  }

  /**
   * The same document with the casualty figures the extraction stage found: the first
   * {@link CasualtyFigure#MAX_PER_DOCUMENT} of them (a text of nothing but figures has 29,000 in its first million
   * characters).
   */
  public AnalysedDocument withFigures(List<CasualtyFigure> found) {
    List<CasualtyFigure> kept = found.size() <= CasualtyFigure.MAX_PER_DOCUMENT ? found
        : found.subList(0, CasualtyFigure.MAX_PER_DOCUMENT);
    return new AnalysedDocument(source, date, sentences, entities, officials, kept);
  }
}
