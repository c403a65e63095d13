package org.counterclaim.index;

import java.io.IOException;
import java.util.List;
import org.counterclaim.model.AnalysedDocument;

/**
 * Where the indexer writes. The embedded Lucene index is the default; a SolrCloud implementation can sit beside
 * it without the stages before it changing.
 */
public interface DocumentSink extends AutoCloseable {

  /** Every file the index holds (top-level documents only). */
  List<CatalogEntry> catalog() throws IOException;

  /**
   * Adds the documents of one file (the file first, then its attachments and entries), replacing whatever the
   * index held under their root id. All or nothing: no commit, and no reader, sees some of them without the others.
   */
  void put(String absoluteFile, List<AnalysedDocument> documents) throws IOException;

  /** Removes a file's documents: the file itself and everything embedded in it. */
  void deleteFile(String rootId) throws IOException;

  /** Makes everything written so far durable; a run killed after this loses nothing before it. */
  void commit() throws IOException;

  /** How many documents (files and embedded) the index holds, counting uncommitted changes. */
  long documentCount() throws IOException;

  @Override
  void close() throws IOException;
}
