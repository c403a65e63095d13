package org.counterclaim.ingest;

import java.util.List;
import org.counterclaim.model.SourceDocument;

/** What ingest made of one file: its documents (the file first, then attachments and entries), or why not. */
public sealed interface IngestResult permits IngestResult.Ingested, IngestResult.Rejected, IngestResult.Changed {

  /** @param warnings limits hit or parts lost without losing the file (truncated text, unreadable attachment) */
  record Ingested(List<SourceDocument> documents, List<String> warnings) implements IngestResult {
    public Ingested {
      documents = List.copyOf(documents);
      warnings = List.copyOf(warnings);
    }
  }

  /** @param failure true for a fault (corrupt, encrypted, timed out), false for a deliberate skip */
  record Rejected(boolean failure, String reason) implements IngestResult {}

  /**
   * The file is no longer what was identified before it was parsed: the parse may have read other bytes than those
   * hashed, so its documents are dropped. Identify and read it again.
   */
  record Changed() implements IngestResult {}
}
