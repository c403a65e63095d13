package org.counterclaim.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.counterclaim.index.Schema;
import org.counterclaim.model.CasualtyFigure;
import org.counterclaim.model.Official;

/** Builds the {@link DocumentView} of a stored document: one window of its text, every list cut to {@link Caps}. */
final class DocumentViews {

  private DocumentViews() {}

  static DocumentView of(Document doc, DocumentView.DocumentRef parent, List<DocumentView.DocumentRef> children,
                         TextWindow window) {
    String text = doc.get(Schema.TEXT) == null ? "" : doc.get(Schema.TEXT);
    int start = Caps.pairSafe(text, Math.min(window.offset(), text.length()));
    int end = Caps.pairSafe(text, (int) Math.min((long) start + window.length(), text.length()));
    if (end == start && start < text.length()) {
      end = start + Character.charCount(text.codePointAt(start)); // a window of one character on a surrogate pair
    }
    List<DocumentView.Annotation> annotations = inWindow(StoredJson.annotations(doc), start, end);
    List<CasualtyFigure> figures = StoredJson.figures(doc);
    return new DocumentView(
        doc.get(Schema.ID), doc.get(Schema.TITLE), doc.get(Schema.DATE), doc.get(Schema.TYPE),
        doc.get(Schema.PUBLISHER), doc.get(Schema.LANGUAGE), doc.get(Schema.FORMAT), doc.get(Schema.CONTENT_TYPE),
        doc.get(Schema.PATH), number(doc, Schema.SIZE_BYTES), text.length(), number(doc, Schema.TRUNCATED) == 1,
        parent, children, metadata(StoredJson.metadata(doc)), start, end, text.substring(start, end),
        annotations.size(), annotations.stream().limit(Caps.ANNOTATIONS).map(DocumentViews::clipped).toList(),
        StoredJson.officials(doc).stream().limit(Caps.OFFICIALS).map(DocumentViews::clipped).toList(),
        figures.size(), figures.stream().limit(Caps.DOCUMENT_FIGURES).map(Caps::figure).toList());
  }

  /** The annotations that overlap {@code [start, end)}, in text order. */
  private static List<DocumentView.Annotation> inWindow(List<DocumentView.Annotation> all, int start, int end) {
    return all.stream().filter(a -> a.start() < end && a.end() > start).toList();
  }

  private static DocumentView.Annotation clipped(DocumentView.Annotation a) {
    return new DocumentView.Annotation(a.type(), Caps.clip(a.text(), Caps.ANNOTATION_CHARS), a.start(), a.end(),
        Caps.clip(a.label(), Caps.ANNOTATION_CHARS));
  }

  private static Official clipped(Official o) {
    return new Official(Caps.clip(o.name(), Caps.ANNOTATION_CHARS), Caps.clip(o.title(), Caps.ANNOTATION_CHARS),
        Caps.clip(o.organization(), Caps.ANNOTATION_CHARS), o.mentions());
  }

  private static Map<String, List<String>> metadata(Map<String, List<String>> metadata) {
    Map<String, List<String>> capped = new LinkedHashMap<>();
    metadata.forEach((key, values) -> capped.put(Caps.clip(key, Caps.ANNOTATION_CHARS), values.stream()
        .limit(Caps.METADATA_VALUES).map(v -> Caps.clip(v, Caps.METADATA_CHARS)).toList()));
    return capped;
  }

  private static long number(Document doc, String field) {
    var value = doc.getField(field);
    return value == null || value.numericValue() == null ? 0 : value.numericValue().longValue();
  }
}
