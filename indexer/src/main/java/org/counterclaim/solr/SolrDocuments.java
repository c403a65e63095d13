package org.counterclaim.solr;

import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.LongRange;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexableField;
import org.apache.solr.common.SolrInputDocument;
import org.counterclaim.index.LuceneDocuments;
import org.counterclaim.model.AnalysedDocument;

/**
 * Turns an analysed document into a Solr document by way of the very Lucene document the embedded index writes
 * ({@link LuceneDocuments#toLucene}), so both backends hold the same values: a stored field keeps its value, a
 * facet value goes to {@code <dim>_facet}, a point keeps its number, and the unstored twins of stored fields (the
 * metadata searched as text) and the doc values the points already carry are left to Solr's schema.
 */
public final class SolrDocuments {

  private SolrDocuments() {}

  /** A file's documents as one Solr block: the file's document with its attachments and entries as children. */
  public static SolrInputDocument block(String absoluteFile, List<AnalysedDocument> documents) {
    SolrInputDocument root = toSolr(documents.get(0), absoluteFile);
    for (AnalysedDocument child : documents.subList(1, documents.size())) {
      root.addChildDocument(toSolr(child, absoluteFile));
    }
    return root;
  }

  /** One document, field by field from its Lucene form. */
  public static SolrInputDocument toSolr(AnalysedDocument analysed, String absoluteFile) {
    Document lucene = LuceneDocuments.toLucene(analysed, absoluteFile);
    SolrInputDocument doc = new SolrInputDocument();
    for (IndexableField field : lucene.getFields()) {
      if (field instanceof SortedSetDocValuesFacetField facet) {
        doc.addField(SolrConfigset.facetField(facet.dim), facet.label);
      } else if (field instanceof LongPoint point) {
        doc.addField(point.name(), point.numericValue().longValue());
      } else if (field instanceof LongRange) {
        continue; // a figure's bounds together (Lucene's same-figure filter); SolrCloud filters on the points
      } else if (field instanceof NumericDocValuesField) {
        continue; // the day's point carries the same number; Solr keeps its doc values
      } else if (field.fieldType().stored()) {
        doc.addField(field.name(), field.numericValue() != null ? (Object) field.numericValue().longValue()
            : field.stringValue());
      } else if (field.stringValue() == null) {
        throw new IllegalStateException("no Solr form for field " + field.name() + " (" + field.getClass() + ")");
      }
      // an unstored text field: the stored field of the same name carries its value
    }
    return doc;
  }
}
