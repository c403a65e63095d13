package org.counterclaim.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.counterclaim.model.AnalysedDocument;

/**
 * The embedded Lucene index on local disk. A file's documents share its root id and are written as one block
 * that replaces whatever that root id held, so re-indexing is idempotent and a file leaves the index in one delete.
 */
public final class LuceneDocumentSink implements DocumentSink {

  private static final Set<String> CATALOG_FIELDS = Set.of(Schema.ID, Schema.ROOT_ID, Schema.FILE, Schema.PATH);

  private final Directory directory;
  private final IndexWriter writer;
  private final FacetsConfig facets = Schema.facetsConfig();

  private LuceneDocumentSink(Directory directory, IndexWriter writer) {
    this.directory = directory;
    this.writer = writer;
  }

  /** Opens (or creates) the index in a folder. Fails if another process is writing to it. */
  public static LuceneDocumentSink open(Path indexDir) throws IOException {
    Files.createDirectories(indexDir);
    Directory directory = FSDirectory.open(indexDir);
    try {
      IndexWriterConfig config = new IndexWriterConfig(Schema.analyzer())
          .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
          .setRAMBufferSizeMB(64);
      IndexWriter writer = new IndexWriter(directory, config);
      if (!DirectoryReader.indexExists(directory)) {
        writer.commit(); // an empty but valid index, so that readers can open it at once
      }
      return new LuceneDocumentSink(directory, writer);
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
  }

  @Override
  public List<CatalogEntry> catalog() throws IOException {
    List<CatalogEntry> entries = new ArrayList<>();
    try (DirectoryReader reader = DirectoryReader.open(writer)) {
      for (LeafReaderContext leaf : reader.leaves()) {
        LeafReader leafReader = leaf.reader();
        Bits live = leafReader.getLiveDocs();
        StoredFields stored = leafReader.storedFields();
        for (int doc = 0; doc < leafReader.maxDoc(); doc++) {
          if (live != null && !live.get(doc)) {
            continue;
          }
          Document fields = stored.document(doc, CATALOG_FIELDS);
          String id = fields.get(Schema.ID);
          if (id != null && id.equals(fields.get(Schema.ROOT_ID))) {
            entries.add(new CatalogEntry(fields.get(Schema.FILE), fields.get(Schema.PATH), id));
          }
        }
      }
    }
    return entries;
  }

  /**
   * Writes the file's documents as one block that replaces everything under their root id: a commit (from another
   * thread, or the last one before a kill) holds all of them or none, never a parent without its attachments or
   * attachments of an older parse beside a new parent. If one document cannot be indexed, none is.
   */
  @Override
  public void put(String absoluteFile, List<AnalysedDocument> documents) throws IOException {
    if (documents.isEmpty()) {
      return;
    }
    String rootId = documents.get(0).source().rootId();
    List<Document> block = new ArrayList<>(documents.size());
    for (AnalysedDocument analysed : documents) {
      if (!rootId.equals(analysed.source().rootId())) {
        throw new IllegalArgumentException("documents of more than one file: " + rootId + ", "
            + analysed.source().rootId());
      }
      block.add(facets.build(LuceneDocuments.toLucene(analysed, absoluteFile)));
    }
    writer.updateDocuments(new Term(Schema.ROOT_ID, rootId), block);
  }

  @Override
  public void deleteFile(String rootId) throws IOException {
    writer.deleteDocuments(new Term(Schema.ROOT_ID, rootId));
  }

  @Override
  public void commit() throws IOException {
    writer.setLiveCommitData(Map.of("committed_at", Instant.now().toString()).entrySet());
    writer.commit();
  }

  @Override
  public long documentCount() throws IOException {
    return writer.getDocStats().numDocs;
  }

  @Override
  public void close() throws IOException {
    try {
      writer.close();
    } finally {
      directory.close();
    }
  }
}
