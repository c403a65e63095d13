package org.counterclaim.ingest;

import java.util.List;

/** The result of running Tika on one file: its parts, or why it could not be read. */
public sealed interface Extraction permits Extraction.Parsed, Extraction.Unreadable {

  /** The file itself first, then its embedded resources in document order. */
  record Parsed(List<ExtractedPart> parts) implements Extraction {
    public Parsed {
      parts = List.copyOf(parts);
    }
  }

  /**
   * The file could not be read.
   *
   * @param failure true for a fault (corrupt, encrypted, timed out), false for a deliberate skip (too large)
   */
  record Unreadable(boolean failure, String reason) implements Extraction {}
}
