package org.counterclaim.solr;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.counterclaim.index.Schema;
import org.counterclaim.ingest.ContentHash;

/**
 * The Solr configset, generated from {@link Schema}: the same analyzer (Lucene's {@code EnglishAnalyzer} itself,
 * not a lookalike chain) for text and for the metadata searched as text, exact strings for identifiers and paths,
 * each facet dimension as a docValues string field {@code <dim>_facet}, figures and the document day as long point
 * fields, the stored JSON as stored-only strings. BM25 statistics are exact across shards
 * ({@code ExactStatsCache}), so scores, and the order of hits, match the embedded index.
 */
public final class SolrConfigset {

  /** The analyzer every analysed field uses, as {@link Schema#analyzer()} does. */
  static final String ANALYZER = "org.apache.lucene.analysis.en.EnglishAnalyzer";
  /** Stored-only numbers. */
  static final List<String> STORED_NUMBERS =
      List.of(Schema.TRUNCATED, Schema.SIZE_BYTES, Schema.TEXT_LENGTH, Schema.FIGURE_COUNT);
  /** Stored-only JSON. */
  static final List<String> STORED_JSON = List.of(Schema.METADATA_JSON, Schema.ENTITIES_JSON,
      Schema.OFFICIALS_JSON, Schema.FIGURES_JSON, Schema.FIGURES_HEAD_JSON);

  private SolrConfigset() {}

  /** The field a facet dimension is counted and filtered on. */
  public static String facetField(String dimension) {
    return dimension + "_facet";
  }

  /** The point fields of a figure's bounds, by category and under "any". */
  public static List<String> figureFields() {
    List<String> fields = new ArrayList<>();
    List<String> keys = new ArrayList<>(Schema.CATEGORIES);
    keys.add("any");
    for (String key : keys) {
      fields.add(Schema.FIGURE_MIN_PREFIX + key);
      fields.add(Schema.FIGURE_MAX_PREFIX + key);
    }
    return fields;
  }

  /** The configset's name in ZooKeeper: changes whenever the generated files change. */
  public static String name() {
    return "counterclaim-" + ContentHash.sha256(schemaXml() + solrconfigXml()).substring(0, 12);
  }

  /** Writes {@code schema.xml} and {@code solrconfig.xml} into a folder (a configset to upload). */
  public static void writeTo(Path dir) throws IOException {
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("schema.xml"), schemaXml(), StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("solrconfig.xml"), solrconfigXml(), StandardCharsets.UTF_8);
  }

  /** The schema: one declaration per field of {@link Schema}. */
  public static String schemaXml() {
    StringBuilder x = new StringBuilder();
    x.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append("<!-- Generated from org.counterclaim.index.Schema by SolrConfigset: do not edit. -->\n")
        .append("<schema name=\"counterclaim\" version=\"1.7\">\n")
        .append("  <uniqueKey>").append(Schema.ID).append("</uniqueKey>\n")
        .append("  <fieldType name=\"string\" class=\"solr.StrField\" sortMissingLast=\"true\"/>\n")
        .append("  <fieldType name=\"plong\" class=\"solr.LongPointField\" sortMissingLast=\"true\"/>\n")
        .append("  <fieldType name=\"text_en\" class=\"solr.TextField\">\n")
        .append("    <analyzer class=\"").append(ANALYZER).append("\"/>\n")
        .append("  </fieldType>\n");
    field(x, "_version_", "plong", false, false, true, false);
    field(x, "_root_", "string", true, false, false, false);
    for (String keyword : Schema.KEYWORD_FIELDS) {
      field(x, keyword, "string", true, true, keyword.equals(Schema.ID), false);
    }
    field(x, Schema.TITLE, "text_en", true, true, false, false);
    x.append("  <field name=\"").append(Schema.TEXT).append("\" type=\"text_en\" indexed=\"true\" stored=\"true\"")
        .append(" docValues=\"false\" multiValued=\"false\" storeOffsetsWithPositions=\"true\"/>\n");
    for (Schema.Dimension dim : Schema.DIMENSIONS) {
      if (!dim.name().equals(Schema.FIGURE_RANGE)) {
        field(x, dim.name(), "text_en", true, true, false, dim.multiValued());
      }
      field(x, facetField(dim.name()), "string", true, false, true, dim.multiValued());
    }
    field(x, Schema.DATE_DAY, "plong", true, false, true, false);
    for (String figure : figureFields()) {
      field(x, figure, "plong", true, false, false, true);
    }
    STORED_NUMBERS.forEach(name -> field(x, name, "plong", false, true, false, false));
    STORED_JSON.forEach(name -> field(x, name, "string", false, true, false, false));
    return x.append("</schema>\n").toString();
  }

  private static void field(StringBuilder x, String name, String type, boolean indexed, boolean stored,
                            boolean docValues, boolean multiValued) {
    x.append("  <field name=\"").append(name).append("\" type=\"").append(type)
        .append("\" indexed=\"").append(indexed).append("\" stored=\"").append(stored)
        .append("\" docValues=\"").append(docValues).append("\" multiValued=\"").append(multiValued)
        .append("\" useDocValuesAsStored=\"false\"/>\n");
  }

  /**
   * The Solr configuration: exact distributed statistics, an update log (SolrCloud needs it), commits left to the
   * indexer (plus a hard commit every minute that keeps the update log short), the implicit /select, /get and
   * /update handlers.
   */
  public static String solrconfigXml() {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <!-- Generated by org.counterclaim.solr.SolrConfigset: do not edit. -->
        <config>
          <luceneMatchVersion>9.12</luceneMatchVersion>
          <dataDir>${solr.data.dir:}</dataDir>
          <directoryFactory name="DirectoryFactory" class="${solr.directoryFactory:solr.NRTCachingDirectoryFactory}"/>
          <schemaFactory class="ClassicIndexSchemaFactory"/>
          <indexConfig>
            <lockType>${solr.lock.type:native}</lockType>
            <ramBufferSizeMB>64</ramBufferSizeMB>
          </indexConfig>
          <statsCache class="org.apache.solr.search.stats.ExactStatsCache"/>
          <updateHandler class="solr.DirectUpdateHandler2">
            <updateLog>
              <str name="dir">${solr.ulog.dir:}</str>
            </updateLog>
            <autoCommit>
              <maxTime>${solr.autoCommit.maxTime:60000}</maxTime>
              <openSearcher>false</openSearcher>
            </autoCommit>
          </updateHandler>
          <query>
            <maxBooleanClauses>${solr.max.booleanClauses:1024}</maxBooleanClauses>
            <filterCache size="512" initialSize="512" autowarmCount="0"/>
            <queryResultCache size="512" initialSize="512" autowarmCount="0"/>
            <documentCache size="512" initialSize="512" autowarmCount="0"/>
            <enableLazyFieldLoading>true</enableLazyFieldLoading>
            <useColdSearcher>false</useColdSearcher>
          </query>
          <requestDispatcher>
            <requestParsers enableRemoteStreaming="false" multipartUploadLimitInKB="2048000"
                            formdataUploadLimitInKB="4096" addHttpRequestToContext="false"/>
            <httpCaching never304="true"/>
          </requestDispatcher>
          <requestHandler name="/select" class="solr.SearchHandler">
            <lst name="defaults">
              <str name="echoParams">none</str>
              <int name="rows">10</int>
            </lst>
          </requestHandler>
        </config>
        """;
  }
}
