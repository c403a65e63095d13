package org.counterclaim.solr;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.solr.client.solrj.request.QueryRequest;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.params.CursorMarkParams;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.counterclaim.index.CatalogEntry;
import org.counterclaim.index.DocumentSink;
import org.counterclaim.index.Schema;
import org.counterclaim.model.AnalysedDocument;

/**
 * A SolrCloud collection as the indexer's sink. A file's documents go as one nested block (the file's document
 * with its attachments and entries as children), which Solr writes with one Lucene call: replaced as a whole, on
 * one shard, and never seen half written. Writes go through {@link SolrConnection}, which retries on other nodes
 * while one is down; each commit is a hard commit that opens a new searcher.
 */
public final class SolrDocumentSink implements DocumentSink {

  private static final int CATALOG_PAGE = 2_000;

  private final SolrConnection solr;

  public SolrDocumentSink(SolrConnection solr) {
    this.solr = solr;
  }

  /** Every top-level document (those without a parent), read in pages sorted by id. */
  @Override
  public List<CatalogEntry> catalog() throws IOException {
    List<CatalogEntry> entries = new ArrayList<>();
    String cursor = CursorMarkParams.CURSOR_MARK_START;
    while (true) {
      ModifiableSolrParams params = new ModifiableSolrParams();
      params.set("q", "*:*");
      params.set("fq", "-" + Schema.PARENT_ID + ":[* TO *]");
      params.set("fl", String.join(",", Schema.ID, Schema.ROOT_ID, Schema.FILE, Schema.PATH));
      params.set("sort", Schema.ID + " asc");
      params.set("rows", CATALOG_PAGE);
      params.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
      QueryResponse page = solr.execute(new QueryRequest(params, QueryRequest.METHOD.POST));
      for (SolrDocument doc : page.getResults()) {
        String id = (String) doc.getFirstValue(Schema.ID);
        if (id != null && id.equals(doc.getFirstValue(Schema.ROOT_ID))) {
          entries.add(new CatalogEntry((String) doc.getFirstValue(Schema.FILE),
              (String) doc.getFirstValue(Schema.PATH), id));
        }
      }
      if (cursor.equals(page.getNextCursorMark())) {
        return entries;
      }
      cursor = page.getNextCursorMark();
    }
  }

  @Override
  public void put(String absoluteFile, List<AnalysedDocument> documents) throws IOException {
    if (documents.isEmpty()) {
      return;
    }
    String rootId = documents.get(0).source().rootId();
    for (AnalysedDocument analysed : documents) {
      if (!rootId.equals(analysed.source().rootId())) {
        throw new IllegalArgumentException("documents of more than one file: " + rootId + ", "
            + analysed.source().rootId());
      }
    }
    UpdateRequest update = new UpdateRequest();
    update.add(SolrDocuments.block(absoluteFile, documents));
    solr.execute(update);
  }

  /** Deletes every document of the file: all documents whose root id is the file's. */
  @Override
  public void deleteFile(String rootId) throws IOException {
    UpdateRequest update = new UpdateRequest();
    update.deleteByQuery("{!term f=" + Schema.ROOT_ID + "}" + rootId);
    solr.execute(update);
  }

  @Override
  public void commit() throws IOException {
    UpdateRequest commit = new UpdateRequest();
    commit.setAction(UpdateRequest.ACTION.COMMIT, true, true);
    solr.execute(commit);
  }

  /** Documents (files and embedded) the collection holds, as of its last commit. */
  @Override
  public long documentCount() throws IOException {
    ModifiableSolrParams params = new ModifiableSolrParams();
    params.set("q", "*:*");
    params.set("rows", 0);
    return solr.execute(new QueryRequest(params)).getResults().getNumFound();
  }

  @Override
  public void close() throws IOException {
    solr.close();
  }
}
