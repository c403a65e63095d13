package org.counterclaim.search;

import java.util.List;
import java.util.Map;
import org.counterclaim.model.CasualtyFigure;
import org.counterclaim.model.Official;

/**
 * A document as the document page shows it: metadata, family (container and attachments), one window of its text
 * ({@code text} is the text from {@code textStart} to {@code textEnd}; {@code textLength} is the whole text's
 * length), the annotations of that window, officials and figures. Lists are cut to {@link Caps}; the counts say
 * how many there are in all.
 *
 * @param annotationCount annotations that overlap the window, of which the first {@link Caps#ANNOTATIONS} are listed
 * @param figureCount     figures of the whole document, of which the first {@link Caps#DOCUMENT_FIGURES} are listed
 */
public record DocumentView(
    String id, String title, String date, String type, String publisher, String language, String format,
    String contentType, String path, long sizeBytes, int textLength, boolean truncated,
    DocumentRef parent, List<DocumentRef> children, Map<String, List<String>> metadata,
    int textStart, int textEnd, String text, int annotationCount, List<Annotation> annotations,
    List<Official> officials, int figureCount, List<CasualtyFigure> figures) {

  /** A link to another document. */
  public record DocumentRef(String id, String title, String path) {}

  /** A marked range of the text (an entity, a figure…) with what it is. */
  public record Annotation(String type, String text, int start, int end, String label) {}
}
