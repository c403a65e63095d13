package org.counterclaim.search;

import java.util.Collection;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;
import org.apache.solr.common.SolrDocument;

/**
 * A Solr document's stored fields as a Lucene {@link Document}, so that hits, document pages and claims are built
 * by the same code ({@link Hits}, {@link DocumentViews}, {@link StoredJson}) on either backend.
 */
final class SolrStored {

  private SolrStored() {}

  static Document toLucene(SolrDocument solr) {
    Document doc = new Document();
    for (String name : solr.getFieldNames()) {
      Collection<Object> values = solr.getFieldValues(name);
      if (values == null) {
        continue;
      }
      for (Object value : values) {
        if (value instanceof Number number) {
          doc.add(new StoredField(name, number.longValue()));
        } else if (value != null) {
          doc.add(new StoredField(name, value.toString()));
        }
      }
    }
    return doc;
  }
}
