package org.counterclaim.search;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PointRangeQuery;
import org.apache.lucene.search.Query;
import org.counterclaim.index.Schema;

/**
 * A hit read back from SolrCloud made searchable again in memory, for {@link Snippets#ofStored}: the fields a
 * query can name (keywords exact, the rest analysed, the text with offsets), so the hit matches the query there as
 * it did in the collection, and the query with its number ranges taken as decided.
 */
final class HighlightDocuments {

  /** The stored fields a hit needs for its snippets and for the hit itself. */
  static final Set<String> STORED = stored();

  private HighlightDocuments() {}

  private static Set<String> stored() {
    Set<String> fields = new LinkedHashSet<>(Hits.FIELDS);
    fields.add(Schema.TEXT);
    for (String field : Schema.QUERYABLE_FIELDS) {
      if (!Schema.CATEGORIES.contains(field)) {
        fields.add(field);
      }
    }
    fields.addAll(Schema.KEYWORD_FIELDS);
    return Set.copyOf(fields);
  }

  /** The stored values as the embedded index indexes them. */
  static Document searchable(Document stored) {
    Document doc = new Document();
    for (IndexableField field : stored.getFields()) {
      String value = field.stringValue();
      if (value == null || !STORED.contains(field.name())) {
        continue;
      }
      if (field.name().equals(Schema.TEXT)) {
        doc.add(new Field(Schema.TEXT, value, Schema.TEXT_WITH_OFFSETS));
      } else if (Schema.KEYWORD_FIELDS.contains(field.name())) {
        doc.add(new StringField(field.name(), value, Field.Store.NO));
      } else {
        doc.add(new TextField(field.name(), value, Field.Store.NO));
      }
    }
    if (doc.getField(Schema.TEXT) == null) {
      doc.add(new Field(Schema.TEXT, "", Schema.TEXT_WITH_OFFSETS));
    }
    return doc;
  }

  /** The query with each number range (figures, days) replaced by what it decided: matched, or not when negated. */
  static Query withoutPoints(Query query, boolean positive) {
    if (query instanceof PointRangeQuery) {
      return positive ? new MatchAllDocsQuery() : new MatchNoDocsQuery();
    } else if (query instanceof BoostQuery boost) {
      return new BoostQuery(withoutPoints(boost.getQuery(), positive), boost.getBoost());
    } else if (query instanceof BooleanQuery bool) {
      BooleanQuery.Builder builder = new BooleanQuery.Builder()
          .setMinimumNumberShouldMatch(bool.getMinimumNumberShouldMatch());
      for (BooleanClause clause : bool.clauses()) {
        boolean negated = clause.getOccur() == BooleanClause.Occur.MUST_NOT;
        builder.add(withoutPoints(clause.getQuery(), negated != positive), clause.getOccur());
      }
      return builder.build();
    }
    return query;
  }

}
