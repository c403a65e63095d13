package org.counterclaim.search;

import java.util.List;
import java.util.Map;
import org.counterclaim.model.CasualtyFigure;
import org.counterclaim.model.Official;

/** A document as the document page shows it: metadata, family (container and attachments), text, annotations. */
public record DocumentView(
    String id, String title, String date, String type, String publisher, String language, String format,
    String contentType, String path, long sizeBytes, int textLength, boolean truncated,
    DocumentRef parent, List<DocumentRef> children, Map<String, List<String>> metadata, String text,
    List<Annotation> annotations, List<Official> officials, List<CasualtyFigure> figures) {

  /** A link to another document. */
  public record DocumentRef(String id, String title, String path) {}

  /** A marked range of the text (an entity, a figure…) with what it is. */
  public record Annotation(String type, String text, int start, int end, String label) {}
}
