package org.counterclaim.search;

import org.counterclaim.model.CasualtyFigure;

/**
 * The most any response carries, in one place (docs/api.md lists them). A document may hold 20 million characters,
 * thousands of figures and a sentence of 50,000 characters; no answer may grow with that, so lists are cut to a
 * count and long strings to a length, and the response says how many there were.
 */
public final class Caps {

  /** Hits per page of a search, and the deepest page. */
  public static final int PAGE_SIZE = 100;
  public static final int PAGE = 10_000;
  /** Passages per hit and the characters of one passage. */
  public static final int SNIPPETS_PER_HIT = 3;
  public static final int SNIPPET_CHARS = 500;
  /** Casualty figures listed on one hit ({@code figure_count} has them all). */
  public static final int FIGURES_PER_HIT = org.counterclaim.index.Schema.FIGURES_HEAD;
  /** Values per facet dimension (plus the selected ones), and the longest value listed. */
  public static final int FACET_VALUES = 50;
  public static final int FACET_LABEL_CHARS = 200;
  /** Characters of document text in one response: the text is served in windows. */
  public static final int TEXT_WINDOW = 500_000;
  /** Annotations in one window of text, and the characters of an annotation's text and label. */
  public static final int ANNOTATIONS = 10_000;
  public static final int ANNOTATION_CHARS = 200;
  /** Figures, officials and attachments listed on a document. */
  public static final int DOCUMENT_FIGURES = 1_000;
  public static final int OFFICIALS = 500;
  public static final int CHILDREN = 1_000;
  /** Values per metadata key, and the characters of one value. */
  public static final int METADATA_VALUES = 20;
  public static final int METADATA_CHARS = 1_000;
  /** Characters of a figure's sentence, a dispute's words and a group's reason. */
  public static final int SENTENCE_CHARS = 1_000;
  /** Groups per page of contradictions; claims per group in the list, in one group and in an export. */
  public static final int GROUPS_PER_PAGE = 100;
  public static final int CLAIMS_IN_LIST = 20;
  public static final int CLAIMS_IN_GROUP = 500;
  public static final int CLAIMS_IN_EXPORT = 5_000;

  /** Documents in one export of search results (their figures each up to {@link #DOCUMENT_FIGURES}). */
  public static final int EXPORT_DOCUMENTS = 10_000;
  /** Terms in one batch search, the characters of one term, and the top documents listed for each. */
  public static final int BATCH_TERMS = 500;
  public static final int BATCH_TERM_CHARS = 500;
  public static final int BATCH_TOP = 10;

  private static final String ELLIPSIS = "…";

  private Caps() {}

  /** The text, or its first {@code max} characters and an ellipsis; a surrogate pair is never split. */
  public static String clip(String text, int max) {
    if (text == null || text.length() <= max) {
      return text;
    }
    return text.substring(0, pairSafe(text, max - 1)) + ELLIPSIS;
  }

  /**
   * At most {@code max} characters of the text around the first occurrence of {@code part} (a figure's words in
   * its sentence), with an ellipsis where it was cut; the start when {@code part} does not occur.
   */
  public static String clipAround(String text, String part, int max) {
    if (text == null || text.length() <= max) {
      return text;
    }
    int at = part == null || part.isEmpty() ? -1 : text.indexOf(part);
    if (at < 0) {
      return clip(text, max);
    }
    int room = max - 2;
    int from = Math.max(0, Math.min(at - (room - part.length()) / 2, text.length() - room));
    int to = Math.min(text.length(), from + room);
    from = pairSafe(text, from);
    to = pairSafe(text, to);
    return (from > 0 ? ELLIPSIS : "") + text.substring(from, to) + (to < text.length() ? ELLIPSIS : "");
  }

  /** The figure with its sentence cut to {@link #SENTENCE_CHARS} around the figure's words. */
  public static CasualtyFigure figure(CasualtyFigure f) {
    if (f.sentence() == null || f.sentence().length() <= SENTENCE_CHARS) {
      return f;
    }
    return new CasualtyFigure(f.min(), f.max(), f.qualifier(), f.category(), f.victims(), f.location(), f.when(),
        f.claimant(), f.speaker(), f.verb(), f.stance(), Caps.clip(f.text(), SENTENCE_CHARS), f.start(), f.end(),
        clipAround(f.sentence(), f.text(), SENTENCE_CHARS));
  }

  /** An offset moved back by one when it falls between the two halves of a surrogate pair. */
  static int pairSafe(String text, int offset) {
    if (offset > 0 && offset < text.length()
        && Character.isHighSurrogate(text.charAt(offset - 1)) && Character.isLowSurrogate(text.charAt(offset))) {
      return offset - 1;
    }
    return offset;
  }
}
