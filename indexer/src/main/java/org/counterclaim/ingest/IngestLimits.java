package org.counterclaim.ingest;

import java.time.Duration;

/**
 * Limits that protect a run from one hostile or huge file. A file that breaks one is reported and the run goes on.
 *
 * @param maxFileBytes     larger files are skipped unread
 * @param maxTextChars     text beyond this is cut (the document is kept, marked truncated, and a warning reported)
 * @param parseTimeout     a parse taking longer fails the file
 * @param maxEmbedded      attachments/entries beyond this many in one file are ignored (zip bombs, mail dumps)
 * @param maxEmbeddedDepth archives nested deeper than this are not opened
 */
public record IngestLimits(
    long maxFileBytes, int maxTextChars, Duration parseTimeout, int maxEmbedded, int maxEmbeddedDepth) {

  public static final IngestLimits DEFAULT =
      new IngestLimits(512L * 1024 * 1024, 20_000_000, Duration.ofSeconds(120), 1_000, 5);

  public IngestLimits {
    if (maxFileBytes <= 0 || maxTextChars <= 0 || maxEmbedded < 0 || maxEmbeddedDepth < 0) {
      throw new IllegalArgumentException("limits must be positive");
    }
    if (parseTimeout.isNegative() || parseTimeout.isZero()) {
      throw new IllegalArgumentException("parse timeout must be positive");
    }
  }
}
