package org.counterclaim.extraction;

import org.counterclaim.model.AnalysedDocument;
import org.counterclaim.model.CasualtyFigure;

/**
 * What one document's casualty figures may cost, whatever the document. A text of nothing but "at least 12
 * civilians were killed" has a figure every 34 characters and no full stop: 29,000 figures in the first million
 * characters analysed, each of which carried its whole "sentence" (a 50,000-character chunk), 88 MB of JSON for
 * 1,763 of them, and the index run and then the server ran out of memory. So a document keeps at most
 * {@link #MAX_FIGURES_PER_DOCUMENT} figures (the first ones; the index run reports a warning when it hits the cap),
 * and a figure keeps at most {@link CasualtyFigure#SENTENCE_WINDOW_CHARS} characters of its sentence.
 */
public final class FigureLimits {

  /**
   * Most casualty figures kept per document: the first ones in text order. A 300-page report has a few hundred;
   * the document page lists this many. {@link AnalysedDocument#withFigures}, through which the extraction stage
   * hands its figures on, keeps no more.
   */
  public static final int MAX_FIGURES_PER_DOCUMENT = CasualtyFigure.MAX_PER_DOCUMENT;
  /**
   * The largest count read as a number: ten billion, more than the people alive. A larger number ("more than
   * 18,446,744,073,709,551,616 civilians") is no casualty figure, and no bound (even "more than N", N + 1) can
   * overflow a long.
   */
  public static final long MAX_COUNT = 10_000_000_000L;

  private FigureLimits() {}
}
