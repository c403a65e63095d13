package org.counterclaim.model;

import java.util.List;

/** How one file ended in an index run. Every file gets exactly one. */
public sealed interface Outcome permits Outcome.Indexed, Outcome.Unchanged, Outcome.Skipped, Outcome.Failed {

  /** The file's path as found. */
  String path();

  /**
   * Newly indexed or re-indexed.
   *
   * @param documents how many documents the file became (1 + attachments and archive entries)
   * @param replaced  true when an older version of this path was replaced
   * @param warnings  limits that were hit without losing the file (e.g. text truncated)
   */
  record Indexed(String path, String id, int documents, boolean replaced, List<String> warnings) implements Outcome {
    public Indexed {
      warnings = List.copyOf(warnings);
    }
  }

  /** Already in the index with the same content. */
  record Unchanged(String path, String id) implements Outcome {}

  /** Deliberately not indexed (duplicate content, no text, too large, hidden…), with the reason. */
  record Skipped(String path, String reason) implements Outcome {}

  /** Could not be read (corrupt, encrypted, timed out…), with the reason. */
  record Failed(String path, String reason) implements Outcome {}
}
