package org.counterclaim.search;

import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.counterclaim.index.Schema;
import org.counterclaim.model.CasualtyFigure;
import org.counterclaim.model.Claim;

/** A hit and a document's claims from its stored fields, the same whichever backend stored them. */
final class Hits {

  /** The stored fields a hit shows. */
  static final Set<String> FIELDS = Set.of(Schema.ID, Schema.TITLE, Schema.DATE, Schema.TYPE, Schema.PUBLISHER,
      Schema.LANGUAGE, Schema.FORMAT, Schema.PATH, Schema.PARENT_ID, Schema.FIGURES_HEAD_JSON, Schema.FIGURE_COUNT);
  /** The stored fields claims are read from. */
  static final Set<String> CLAIM_FIELDS = Set.of(Schema.ID, Schema.PATH, Schema.TITLE, Schema.DATE, Schema.FIGURES_JSON);

  private Hits() {}

  /** The hit with its score (0 when the search did not score) and snippets. */
  static SearchResponse.Hit of(Document doc, float score, List<SearchResponse.Snippet> snippets) {
    List<CasualtyFigure> figures = StoredJson.figuresHead(doc);
    return new SearchResponse.Hit(doc.get(Schema.ID), doc.get(Schema.TITLE), doc.get(Schema.DATE),
        doc.get(Schema.TYPE), doc.get(Schema.PUBLISHER), doc.get(Schema.LANGUAGE), doc.get(Schema.FORMAT),
        doc.get(Schema.PATH), doc.get(Schema.PARENT_ID), Float.isNaN(score) ? 0f : score, snippets,
        StoredJson.figureCount(doc, figures), figures.stream().limit(Caps.FIGURES_PER_HIT).map(Caps::figure).toList());
  }

  /** Each figure of the document as a claim. */
  static List<Claim> claims(Document doc) {
    return StoredJson.figures(doc).stream()
        .map(f -> Claim.of(f, doc.get(Schema.PATH), doc.get(Schema.ID), doc.get(Schema.TITLE), doc.get(Schema.DATE)))
        .toList();
  }
}
