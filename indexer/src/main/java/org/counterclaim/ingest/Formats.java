package org.counterclaim.ingest;

import java.util.Locale;
import java.util.Map;

/** Human labels for the media types Tika detects, for the format facet. */
public final class Formats {

  private static final Map<String, String> LABELS = Map.ofEntries(
      Map.entry("application/pdf", "PDF"),
      Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "DOCX"),
      Map.entry("application/msword", "DOC"),
      Map.entry("application/vnd.oasis.opendocument.text", "ODT"),
      Map.entry("application/rtf", "RTF"),
      Map.entry("text/rtf", "RTF"),
      Map.entry("text/html", "HTML"),
      Map.entry("application/xhtml+xml", "HTML"),
      Map.entry("message/rfc822", "E-mail"),
      Map.entry("application/vnd.ms-outlook", "Outlook message"),
      Map.entry("application/mbox", "Mailbox"),
      Map.entry("text/plain", "Plain text"),
      Map.entry("text/markdown", "Markdown"),
      Map.entry("text/x-web-markdown", "Markdown"),
      Map.entry("text/csv", "CSV"),
      Map.entry("application/zip", "ZIP"),
      Map.entry("application/x-tar", "TAR"),
      Map.entry("application/gzip", "GZIP"),
      Map.entry("application/x-7z-compressed", "7-Zip"),
      Map.entry("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "XLSX"),
      Map.entry("application/vnd.ms-excel", "XLS"),
      Map.entry("application/vnd.openxmlformats-officedocument.presentationml.presentation", "PPTX"),
      Map.entry("application/vnd.ms-powerpoint", "PPT"),
      Map.entry("application/epub+zip", "EPUB"),
      Map.entry("application/xml", "XML"),
      Map.entry("text/xml", "XML"));

  private Formats() {}

  /** The media type without parameters: {@code text/plain; charset=UTF-8} → {@code text/plain}. */
  public static String mediaType(String contentType) {
    if (contentType == null || contentType.isBlank()) {
      return "application/octet-stream";
    }
    int semicolon = contentType.indexOf(';');
    return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
  }

  /** A short label for a media type: "PDF", "DOCX", "E-mail"; an unknown type gives its subtype in capitals. */
  public static String label(String contentType) {
    String type = mediaType(contentType);
    String label = LABELS.get(type);
    if (label != null) {
      return label;
    }
    int slash = type.indexOf('/');
    String subtype = slash < 0 ? type : type.substring(slash + 1);
    return subtype.replaceFirst("^(x-|vnd\\.)", "").toUpperCase(Locale.ROOT);
  }

  /** True for e-mail formats (a message or a mailbox). */
  public static boolean isEmail(String contentType) {
    String type = mediaType(contentType);
    return type.equals("message/rfc822") || type.equals("application/vnd.ms-outlook")
        || type.equals("message/x-emlx");
  }
}
