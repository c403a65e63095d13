package org.counterclaim.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.counterclaim.lexicon.OrganisationAliases;
import org.counterclaim.model.DocumentType;
import org.counterclaim.model.SourceDocument;

/**
 * Turns a file into {@link SourceDocument}s: Tika's text and metadata, then title, date, publisher, type and
 * language for each. Attachments and archive entries become documents of their own, tied to their container.
 * Thread-safe; one instance serves a whole run.
 */
public final class Ingester implements AutoCloseable {

  /** Metadata keys worth keeping for display, with the names the API shows them under. */
  private static final Map<String, String> SHOWN_METADATA = new LinkedHashMap<>();

  static {
    SHOWN_METADATA.put("dc:creator", "author");
    SHOWN_METADATA.put("Message-From", "from");
    SHOWN_METADATA.put("Message-To", "to");
    SHOWN_METADATA.put("Message-Cc", "cc");
    SHOWN_METADATA.put("dc:subject", "subject");
    SHOWN_METADATA.put("dcterms:created", "created");
    SHOWN_METADATA.put("dcterms:modified", "modified");
    SHOWN_METADATA.put("xmpTPg:NPages", "pages");
    SHOWN_METADATA.put("resourceName", "file_name");
    SHOWN_METADATA.put(Ocr.TEXT_SOURCE, Ocr.TEXT_SOURCE);
  }

  /** Warnings kept for one file; a mail dump with a thousand broken attachments gets a line saying how many more. */
  static final int MAX_WARNINGS = 20;
  /**
   * Longest publisher kept: it is a facet value (the API lists values up to this long). Lucene refuses a facet path
   * over 8,191 characters and a term over 32,766 bytes, and used to fail the whole file, an archive's other entries
   * with it, for one such value; now it is cut, with a warning.
   */
  static final int MAX_FACET_CHARS = 200;
  /** Longest title, embedded document name and metadata value kept; longer ones are cut, with a warning. */
  static final int MAX_VALUE_CHARS = 1_000;
  /** Values kept per metadata key (an e-mail to ten thousand people). */
  static final int MAX_METADATA_VALUES = 20;
  /** Longest name repeated in a warning. */
  private static final int WARNING_NAME_CHARS = 300;

  private final IngestLimits limits;
  private final TikaExtractor extractor;
  private final PublisherDetector publishers;
  private final LanguageGuesser languages = new LanguageGuesser();

  public Ingester(IngestLimits limits, OrganisationAliases aliases) {
    this(limits, aliases, new TikaExtractor(limits));
  }

  /** With an extractor of the caller's (tests: one whose parser never returns). */
  Ingester(IngestLimits limits, OrganisationAliases aliases, TikaExtractor extractor) {
    this.limits = limits;
    this.extractor = extractor;
    this.publishers = new PublisherDetector(aliases);
  }

  /** Parser threads that timed out and are still running: see {@link ParseWatchdog}. */
  public int stuckParsers() {
    return extractor.stuckParsers();
  }

  /**
   * The file's identity, its content hash: size checked first, read within the parse timeout, refused when it is
   * not a regular file at that moment (see {@link TikaExtractor#identify}).
   */
  public FileIdentity identify(FoundFile file) {
    return extractor.identify(file.file());
  }

  /**
   * Reads a file just identified, and identifies it again afterwards: hash and parse read the file separately, so
   * a file that changed in between would be stored under the id of one version with the text of the other, and
   * the next run would find it "unchanged". When the file is no longer what {@code identity} says, the documents
   * are dropped and the result is {@link IngestResult.Changed}: read it again.
   */
  public IngestResult ingest(FoundFile file, FileIdentity.Identified identity) {
    IngestResult result = ingest(file, identity.sha256());
    return identify(file).equals(identity) ? result : new IngestResult.Changed();
  }

  /** Reads a file whose SHA-256 the caller already has (it is the file's identity). */
  public IngestResult ingest(FoundFile file, String sha256) {
    Extraction extraction = extractor.extract(file.file());
    if (extraction instanceof Extraction.Unreadable unreadable) {
      return new IngestResult.Rejected(unreadable.failure(), unreadable.reason());
    }
    List<ExtractedPart> parts = ((Extraction.Parsed) extraction).parts();
    List<String> warnings = new ArrayList<>();
    String rootId = ContentHash.idOf(sha256);
    Map<String, String> idByPath = new HashMap<>();
    idByPath.put("", rootId);
    List<SourceDocument> documents = new ArrayList<>();
    Set<String> shownNames = new HashSet<>();
    for (ExtractedPart part : parts) {
      if (part.embeddedPath().isEmpty()) {
        documents.add(0, toDocument(part, rootId, rootId, null, file.displayPath(), sha256, file, "", warnings));
        continue;
      }
      String name = Values.clip(part.embeddedPath(), WARNING_NAME_CHARS);
      if (part.error() != null && part.error().contains("ZeroByteFileException")) {
        continue; // an empty entry or attachment: nothing to search, nothing lost
      }
      if (part.error() != null && part.text().isBlank()) {
        warnings.add("embedded " + name + " unreadable: " + part.error());
        continue;
      }
      if (part.depth() > limits.maxEmbeddedDepth()) {
        warnings.add("embedded " + name + " left out: nested deeper than " + limits.maxEmbeddedDepth());
        continue;
      }
      if (part.text().isBlank()) {
        continue; // images, fonts and other parts without text have nothing to search
      }
      String fullName = fullName(part);
      String shown = uniqueName(part, shownNames);
      if (fullName.length() > MAX_VALUE_CHARS) {
        warnings.add("embedded " + name + ": name cut to " + MAX_VALUE_CHARS + " of " + fullName.length()
            + " characters");
      }
      String id = ContentHash.embeddedId(rootId, shown);
      idByPath.put(part.embeddedPath(), id);
      String parentId = idByPath.getOrDefault(parentPath(part.embeddedPath()), rootId);
      documents.add(toDocument(part, id, rootId, parentId, file.displayPath() + "!" + shown,
          ContentHash.sha256(part.text()), file, "embedded " + name + ": ", warnings));
      if (part.truncated()) {
        warnings.add("embedded " + name + ": text cut at " + limits.maxTextChars() + " characters");
      }
      int length = documents.get(documents.size() - 1).text().length();
      if (length > limits.maxAnalysedChars()) {
        warnings.add("embedded " + name + ": " + analysedOnly(length));
      }
    }
    if (documents.isEmpty() || !documents.get(0).isTopLevel()) {
      return new IngestResult.Rejected(true, "no text extracted");
    }
    SourceDocument root = documents.get(0);
    if (root.text().isBlank() && documents.size() == 1) {
      String withFonts = parts.get(0).first(PdfTextLayer.PAGES_WITH_FONTS);
      if (withFonts != null && !withFonts.equals("0")) {
        return new IngestResult.Rejected(true, "no text could be read from its text layer (PDF with fonts on "
            + withFonts + " of " + parts.get(0).first(PdfTextLayer.PAGES) + " pages, damaged content); it is not a"
            + " scan, OCR would not help");
      }
      if (mayBeScan(root.contentType()) && !extractor.ocr().available()) {
        return new IngestResult.Rejected(false, Ocr.NOT_AVAILABLE);
      }
      return new IngestResult.Rejected(false, "no text found (" + root.format()
          + (mayBeScan(root.contentType()) ? "; OCR read no text in it" : "") + ")");
    }
    if (root.text().length() > limits.maxAnalysedChars()) {
      warnings.add(0, analysedOnly(root.text().length()));
    }
    if (root.truncated()) {
      warnings.add(0, "text cut at " + limits.maxTextChars() + " characters");
    }
    if (parts.size() - 1 >= limits.maxEmbedded()) {
      warnings.add("only the first " + limits.maxEmbedded() + " embedded documents were read");
    }
    return new IngestResult.Ingested(documents, capped(warnings));
  }

  /** Only pictures and PDFs can be scans: speaking of OCR for random bytes or an empty mailbox would mislead. */
  private static boolean mayBeScan(String contentType) {
    return contentType != null && (contentType.startsWith("image/") || contentType.equals("application/pdf"));
  }

  private String analysedOnly(int length) {
    return "entities and figures looked for in the first " + limits.maxAnalysedChars() + " of " + length
        + " characters only; all of the text is searchable";
  }

  /** At most {@link #MAX_WARNINGS}: the first ones, then one line counting the rest. */
  static List<String> capped(List<String> warnings) {
    if (warnings.size() <= MAX_WARNINGS) {
      return warnings;
    }
    List<String> kept = new ArrayList<>(warnings.subList(0, MAX_WARNINGS - 1));
    kept.add("and " + (warnings.size() - kept.size()) + " more warnings like these");
    return kept;
  }

  /**
   * @param label    what a warning about this document starts with ("" for the file itself)
   * @param warnings where values cut to their limit are reported
   */
  private SourceDocument toDocument(ExtractedPart part, String id, String rootId, String parentId, String path,
                                    String sha256, FoundFile file, String label, List<String> warnings) {
    String text = part.text().strip().isEmpty() ? "" : tidy(part.text());
    Map<String, List<String>> metadata = part.metadata();
    String contentType = Formats.mediaType(part.first("Content-Type"));
    DocumentHeader header = DocumentHeader.of(text);
    String fileName = parentId == null ? file.file().getFileName().toString() : lastSegment(part.embeddedPath());
    Optional<String> publisher = publishers.detect(text, metadata, header, contentType);
    DocumentType type = DocumentTypeClassifier.classify(
        text, contentType, header, publisher.flatMap(publishers::organisation));
    long size = parentId == null ? sizeOf(file) : parseLong(part.first("Content-Length"), text.length());
    return new SourceDocument(
        id, rootId, parentId, path, sha256, contentType, Formats.label(contentType),
        Values.clip(TitleGuesser.guess(metadata, header, fileName), MAX_VALUE_CHARS),
        DocumentDates.of(text, metadata).orElse(null),
        publisher.map(p -> Values.cut(p, MAX_FACET_CHARS, label + "publisher", warnings)).orElse(null), type,
        languages.guess(text).orElse(null), text, part.truncated(), size,
        Values.capped(shown(metadata), MAX_METADATA_VALUES, MAX_VALUE_CHARS, label, warnings));
  }

  /**
   * Normalises line ends and trims the blank space around the text (Tika opens many texts with empty lines),
   * nothing else: offsets of later stages point into exactly this text, and the API returns exactly this text.
   */
  static String tidy(String text) {
    return text.replace("\r\n", "\n").replace('\r', '\n').strip();
  }

  private static Map<String, List<String>> shown(Map<String, List<String>> metadata) {
    Map<String, List<String>> shown = new LinkedHashMap<>();
    SHOWN_METADATA.forEach((key, name) -> {
      List<String> values = metadata.get(key);
      if (values != null && !values.isEmpty()) {
        shown.put(name, values);
      }
    });
    return shown;
  }

  /**
   * The path of an embedded document as people know it: Tika's path, with an archive entry's folders put back
   * ({@code /a/report.txt}, where Tika says {@code /report.txt}), made unique within the file, since the id derives
   * from it.
   */
  private static String uniqueName(ExtractedPart part, Set<String> taken) {
    String name = Values.clip(fullName(part), MAX_VALUE_CHARS);
    String unique = name;
    for (int n = 2; !taken.add(unique); n++) {
      unique = name + "#" + n;
    }
    return unique;
  }

  private static String fullName(ExtractedPart part) {
    String resourceName = part.first("resourceName");
    return resourceName != null && resourceName.contains("/") && !resourceName.startsWith("/")
        ? parentPath(part.embeddedPath()) + "/" + resourceName
        : part.embeddedPath();
  }

  private static String parentPath(String embeddedPath) {
    int slash = embeddedPath.lastIndexOf('/');
    return slash <= 0 ? "" : embeddedPath.substring(0, slash);
  }

  private static String lastSegment(String embeddedPath) {
    return embeddedPath.substring(embeddedPath.lastIndexOf('/') + 1);
  }

  private static long sizeOf(FoundFile file) {
    return file.file().toFile().length();
  }

  private static long parseLong(String value, long fallback) {
    try {
      return value == null ? fallback : Long.parseLong(value.strip());
    } catch (NumberFormatException e) {
      return fallback;
    }
  }

  @Override
  public void close() {
    extractor.close();
  }
}
