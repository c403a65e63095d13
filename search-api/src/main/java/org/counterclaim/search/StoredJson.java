package org.counterclaim.search;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.counterclaim.index.Schema;
import org.counterclaim.model.CasualtyFigure;
import org.counterclaim.model.EntityMention;
import org.counterclaim.model.Official;

/** Reads the JSON the indexer stores with each document: metadata, entities, officials and figures. */
final class StoredJson {

  private static final ObjectMapper JSON = new ObjectMapper()
      .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  private StoredJson() {}

  static Map<String, List<String>> metadata(Document doc) {
    return read(doc, Schema.METADATA_JSON, new TypeReference<Map<String, List<String>>>() {}, Map.of());
  }

  static List<Official> officials(Document doc) {
    return read(doc, Schema.OFFICIALS_JSON, new TypeReference<List<Official>>() {}, List.of());
  }

  static List<CasualtyFigure> figures(Document doc) {
    return read(doc, Schema.FIGURES_JSON, new TypeReference<List<CasualtyFigure>>() {}, List.of());
  }

  /** The figures a hit lists: the first {@link Schema#FIGURES_HEAD} (all of them in an index written before). */
  static List<CasualtyFigure> figuresHead(Document doc) {
    return doc.get(Schema.FIGURES_HEAD_JSON) == null ? figures(doc)
        : read(doc, Schema.FIGURES_HEAD_JSON, new TypeReference<List<CasualtyFigure>>() {}, List.of());
  }

  /** How many figures the document has. */
  static int figureCount(Document doc, List<CasualtyFigure> head) {
    Number count = doc.getField(Schema.FIGURE_COUNT) == null ? null : doc.getField(Schema.FIGURE_COUNT).numericValue();
    return count == null ? head.size() : count.intValue();
  }

  /** Entity mentions and casualty figures as highlights for the document page, in text order. */
  static List<DocumentView.Annotation> annotations(Document doc) {
    List<DocumentView.Annotation> annotations = new ArrayList<>();
    for (EntityMention m : read(doc, Schema.ENTITIES_JSON, new TypeReference<List<EntityMention>>() {}, List.<EntityMention>of())) {
      annotations.add(new DocumentView.Annotation(m.type(), m.text(), m.start(), m.end(), m.canonical()));
    }
    for (CasualtyFigure f : figures(doc)) {
      annotations.add(new DocumentView.Annotation("FIGURE", f.text(), f.start(), f.end(), FigureLabels.describe(f)));
    }
    annotations.sort(java.util.Comparator.comparingInt(DocumentView.Annotation::start));
    return annotations;
  }

  private static <T> T read(Document doc, String field, TypeReference<T> type, T empty) {
    String json = doc.get(field);
    if (json == null) {
      return empty;
    }
    try {
      return JSON.readValue(json, type);
    } catch (IOException e) {
      throw new UncheckedIOException("stored " + field + " is not readable: re-index", e);
    }
  }
}
