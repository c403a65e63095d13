package org.counterclaim.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One document as ingest produces it: its text and the metadata worth searching and faceting.
 *
 * <p>A file on disk yields one top-level document and, for e-mails and archives, one document per attachment
 * or entry, tied to its container by {@code parentId} and to the file by {@code rootId}.
 *
 * @param id          stable identity: derived from the content hash (see {@code ContentHash})
 * @param rootId      id of the top-level document of the file this came from (equal to {@code id} for it)
 * @param parentId    id of the containing document, or null for a top-level file
 * @param path        where it was found: the file path as given, plus {@code !/entry} for embedded documents
 * @param sha256      hex SHA-256 of the file's bytes (top-level) or of the extracted text (embedded)
 * @param contentType detected media type, e.g. {@code application/pdf}
 * @param format      human label of the format, e.g. {@code PDF}
 * @param title       title from metadata or the first line of text, never null
 * @param date        ISO date as precise as known ({@code 2018}, {@code 2018-07}, {@code 2018-07-17}) or null
 * @param publisher   issuing organisation or source, or null
 * @param type        document type, see {@link DocumentType}
 * @param language    ISO 639-1 code, or null when undetermined
 * @param text        the extracted text; all offsets in later stages point into it
 * @param truncated   true when the text was cut at the ingest limit
 * @param sizeBytes   size of the file (top-level) or of the embedded resource when known, else text length
 * @param metadata    a few raw metadata values worth showing (author, from, to, subject, created)
 */
public record SourceDocument(
    String id,
    String rootId,
    String parentId,
    String path,
    String sha256,
    String contentType,
    String format,
    String title,
    String date,
    String publisher,
    DocumentType type,
    String language,
    String text,
    boolean truncated,
    long sizeBytes,
    Map<String, List<String>> metadata) {

  public SourceDocument {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(rootId, "rootId");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(text, "text");
    metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
  }

  /** True for the document that stands for the file itself, false for an attachment or archive entry. */
  public boolean isTopLevel() {
    return parentId == null;
  }
}
