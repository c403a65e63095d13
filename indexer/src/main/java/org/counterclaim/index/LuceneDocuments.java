package org.counterclaim.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.LongRange;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.counterclaim.model.AnalysedDocument;
import org.counterclaim.model.CasualtyFigure;
import org.counterclaim.model.EntityMention;
import org.counterclaim.model.SourceDocument;

/** Turns an {@link AnalysedDocument} into a Lucene document following the {@link Schema}. */
public final class LuceneDocuments {

  private static final ObjectMapper JSON = new ObjectMapper();

  private LuceneDocuments() {}

  /** The Lucene document, before the facets config builds it. */
  public static Document toLucene(AnalysedDocument analysed, String absoluteFile) {
    SourceDocument source = analysed.source();
    Document doc = new Document();
    keyword(doc, Schema.ID, source.id());
    keyword(doc, Schema.ROOT_ID, source.rootId());
    keyword(doc, Schema.PARENT_ID, source.parentId());
    keyword(doc, Schema.PATH, source.path());
    keyword(doc, Schema.FILE, absoluteFile);
    keyword(doc, Schema.SHA256, source.sha256());
    keyword(doc, Schema.CONTENT_TYPE, source.contentType());
    doc.add(new TextField(Schema.TITLE, source.title(), Field.Store.YES));
    doc.add(new Field(Schema.TEXT, source.text(), Schema.TEXT_WITH_OFFSETS));

    facetAndText(doc, Schema.TYPE, source.type().label());
    facetAndText(doc, Schema.PUBLISHER, source.publisher());
    facetAndText(doc, Schema.LANGUAGE, source.language());
    facetAndText(doc, Schema.FORMAT, source.format());
    if (source.date() != null) {
      keyword(doc, Schema.DATE, source.date());
      facetAndText(doc, Schema.YEAR, source.date().substring(0, 4));
      if (source.date().length() >= 7) {
        facetAndText(doc, Schema.MONTH, source.date().substring(0, 7));
      }
      epochDay(source.date()).ifPresent(day -> {
        doc.add(new LongPoint(Schema.DATE_DAY, day));
        doc.add(new NumericDocValuesField(Schema.DATE_DAY, day));
      });
    }
    doc.add(new StoredField(Schema.TRUNCATED, source.truncated() ? 1 : 0));
    doc.add(new StoredField(Schema.SIZE_BYTES, source.sizeBytes()));
    doc.add(new StoredField(Schema.TEXT_LENGTH, source.text().length()));
    doc.add(new StoredField(Schema.METADATA_JSON, json(source.metadata())));
    entityFacets(doc, analysed);
    doc.add(new StoredField(Schema.ENTITIES_JSON, json(first(analysed.entities(), Schema.MAX_STORED_MENTIONS))));
    doc.add(new StoredField(Schema.OFFICIALS_JSON, json(analysed.officials())));
    figures(doc, analysed.figures());
    doc.add(new StoredField(Schema.FIGURES_JSON, json(analysed.figures())));
    doc.add(new StoredField(Schema.FIGURES_HEAD_JSON, json(first(analysed.figures(), Schema.FIGURES_HEAD))));
    doc.add(new StoredField(Schema.FIGURE_COUNT, analysed.figures().size()));
    return doc;
  }

  /** The first day a partial ISO date covers: {@code 2018} → 2018-01-01. */
  public static OptionalLong epochDay(String isoDate) {
    try {
      String full = switch (isoDate.length()) {
        case 4 -> isoDate + "-01-01";
        case 7 -> isoDate + "-01";
        default -> isoDate;
      };
      return OptionalLong.of(LocalDate.parse(full).toEpochDay());
    } catch (java.time.format.DateTimeParseException e) {
      return OptionalLong.empty();
    }
  }

  private static void keyword(Document doc, String field, String value) {
    if (value != null) {
      doc.add(new StringField(field, value, Field.Store.YES));
    }
  }

  /**
   * A facet value, searchable too. Values reach here cut by ingest (publisher 200 characters); names found in the
   * text are cut here to {@link Schema#MAX_FACET_CHARS}, so that no value can exceed Lucene's facet path limit
   * (8,191 characters) and fail the file.
   */
  private static void facetAndText(Document doc, String field, String given) {
    String value = given == null || given.length() <= Schema.MAX_FACET_CHARS ? given
        : given.substring(0, Schema.MAX_FACET_CHARS - 1) + "…";
    if (value != null && !value.isBlank()) {
      doc.add(new StoredField(field, value));
      doc.add(new TextField(field, value, Field.Store.NO));
      doc.add(new SortedSetDocValuesFacetField(field, value));
    }
  }

  /** People, officials, organisations and places: each distinct canonical name once per document. */
  private static void entityFacets(Document doc, AnalysedDocument analysed) {
    Set<String> officials = new TreeSet<>();
    analysed.officials().forEach(o -> officials.add(o.name()));
    officials.forEach(name -> facetAndText(doc, Schema.OFFICIAL, name));
    Map<String, Set<String>> byField = new HashMap<>();
    for (EntityMention m : analysed.entities()) {
      String field = switch (m.type()) {
        case "PERSON" -> Schema.PERSON;
        case "ORGANIZATION" -> Schema.ORGANIZATION;
        case "CITY", "STATE_OR_PROVINCE", "COUNTRY", "REGION", "LOCATION" -> Schema.PLACE;
        default -> null;
      };
      if (field != null && m.canonical() != null && !m.canonical().isBlank()) {
        byField.computeIfAbsent(field, f -> new TreeSet<>()).add(m.canonical());
      }
    }
    byField.forEach((field, names) -> names.forEach(name -> facetAndText(doc, field, name)));
  }

  /**
   * Each figure's bounds as points (per category and under "any", so "killed ≥ 100" is one range query), and
   * category, claimant, victims and size bucket as facets.
   */
  private static void figures(Document doc, List<CasualtyFigure> figures) {
    Set<String> categories = new TreeSet<>();
    Set<String> claimants = new TreeSet<>();
    Set<String> victims = new TreeSet<>();
    Set<String> ranges = new TreeSet<>();
    for (CasualtyFigure f : figures) {
      long max = f.max() == null ? Long.MAX_VALUE : f.max();
      for (String key : List.of(f.category().label(), "any")) {
        doc.add(new LongPoint(Schema.FIGURE_MIN_PREFIX + key, f.min()));
        doc.add(new LongPoint(Schema.FIGURE_MAX_PREFIX + key, max));
        doc.add(new LongRange(Schema.FIGURE_SPAN_PREFIX + key, new long[] {f.min()},
            new long[] {Math.max(f.min(), max)}));
      }
      categories.add(f.category().label());
      if (f.claimant() != null) {
        claimants.add(f.claimant());
      }
      if (f.victims() != null) {
        victims.add(f.victims());
      }
      ranges.add(Schema.figureRange(f.min()));
    }
    categories.forEach(c -> facetAndText(doc, Schema.CATEGORY, c));
    claimants.forEach(c -> facetAndText(doc, Schema.CLAIMANT, c));
    victims.forEach(v -> facetAndText(doc, Schema.VICTIMS, v));
    ranges.forEach(r -> doc.add(new SortedSetDocValuesFacetField(Schema.FIGURE_RANGE, r)));
  }

  private static <T> List<T> first(List<T> list, int max) {
    return list.size() <= max ? list : list.subList(0, max);
  }

  private static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(new IOException("not serialisable: " + value.getClass(), e));
    }
  }
}
