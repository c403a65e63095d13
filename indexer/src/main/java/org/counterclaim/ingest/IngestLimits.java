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
 * @param maxAnalysedChars entities, dates and casualty figures are looked for in the first this many characters of a
 *                         document only; the whole text stays searchable, and a warning says so. NLP reads about
 *                         3,300 tokens (some 18,000 characters) a second: the default, a 300-page report, takes
 *                         about a minute, where the 20 million characters a document may hold would take hours.
 * @param maxStuckParsers  parses that timed out but whose thread is still running (a parser that ignores
 *                         interruption); once this many are stuck, further files fail at once instead of adding more
 *                         (see {@link ParseWatchdog})
 */
public record IngestLimits(
    long maxFileBytes, int maxTextChars, Duration parseTimeout, int maxEmbedded, int maxEmbeddedDepth,
    int maxAnalysedChars, int maxStuckParsers) {

  public static final IngestLimits DEFAULT =
      new IngestLimits(512L * 1024 * 1024, 20_000_000, Duration.ofSeconds(120), 1_000, 5, 1_000_000, 4);

  public IngestLimits {
    if (maxFileBytes <= 0 || maxTextChars <= 0 || maxEmbedded < 0 || maxEmbeddedDepth < 0 || maxAnalysedChars <= 0
        || maxStuckParsers <= 0) {
      throw new IllegalArgumentException("limits must be positive");
    }
    if (parseTimeout.isNegative() || parseTimeout.isZero()) {
      throw new IllegalArgumentException("parse timeout must be positive");
    }
  }

  /** The file limits given, the default analysis and stuck-parser limits. */
  public IngestLimits(long maxFileBytes, int maxTextChars, Duration parseTimeout, int maxEmbedded,
                      int maxEmbeddedDepth) {
    this(maxFileBytes, maxTextChars, parseTimeout, maxEmbedded, maxEmbeddedDepth, 1_000_000, 4);
  }

  /** These limits with another cap on the characters analysed per document. */
  public IngestLimits withMaxAnalysedChars(int chars) {
    return new IngestLimits(maxFileBytes, maxTextChars, parseTimeout, maxEmbedded, maxEmbeddedDepth, chars,
        maxStuckParsers);
  }
}
