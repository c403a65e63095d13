package org.counterclaim.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.CompositeEncodingDetector;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.AutoDetectParserConfig;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.RecursiveParserWrapper;
import org.apache.tika.sax.BasicContentHandlerFactory;
import org.apache.tika.sax.RecursiveParserWrapperHandler;

/**
 * Runs Tika on a file with the {@link IngestLimits}: size checked before reading, text cut at the limit,
 * attachments and archive entries returned as parts of their own (RecursiveParserWrapper), zip bombs stopped by
 * an {@link ExpansionBudget} and archives nested too deep left unopened ({@link GuardedParser}), UTF-8 recognised
 * before Tika's statistical guess ({@link Utf8Detector}), and the whole parse bounded by a timeout.
 *
 * <p><b>Why the timeout is a watchdog thread and not a separate process.</b> The parse runs on a daemon thread
 * ({@link ParseWatchdog}) and is abandoned, interrupted, after the timeout. A parser that ignores interruption keeps
 * its thread (and a core, and memory) until it returns. Tika's {@code ForkParser} would kill such a parser with its
 * process. Measured here (2 shared cores, busy): a ForkParser child takes 4.8 s to start and parse its first PDF,
 * then parses the PDF and DOCX fixtures in 57-183 ms against 77-228 ms in-process, so a warm child costs little per
 * file. What it does cost: a second JVM per reader thread, with a heap of its own beside the gigabyte CoreNLP holds
 * on a machine that has little to spare; a restart after every timeout; and our guards (the expansion budget, the
 * depth limit, the UTF-8 detector) would have to be serialised into the child and their findings brought back.
 * Against that, a parser that ignores interruption is rare: in the hostile corpus (the tests' {@code HostileCorpus})
 * the only parse that outlived its timeout was a zip of zip bombs, which the expansion budget now ends within a
 * second. So we keep the watchdog and bound what it cannot reclaim: stuck threads are counted, logged and shown in
 * the run summary, and past {@link IngestLimits#maxStuckParsers()} of them further files fail fast (to be read by
 * {@code index --retry-failed} in a fresh process) rather than stacking up more. Should stuck threads show up in
 * real runs, the summary will say so, and ForkParser is the next step.
 */
public final class TikaExtractor implements AutoCloseable {

  private final IngestLimits limits;
  private final RecursiveParserWrapper parser;
  private final ParseWatchdog watchdog;
  private final EncodingDetector encodings;
  private final Ocr ocr;

  /** With OCR where Tesseract is installed. */
  public TikaExtractor(IngestLimits limits) {
    this(limits, autoDetectParser(limits), Ocr.detect());
  }

  /** With OCR on or off (tests: a machine without Tesseract). */
  TikaExtractor(IngestLimits limits, Ocr ocr) {
    this(limits, autoDetectParser(limits), ocr);
  }

  /** With another parser in place of Tika's auto-detecting one (tests: a parser that never returns). */
  TikaExtractor(IngestLimits limits, Parser base) {
    this(limits, base, new Ocr(false));
  }

  private TikaExtractor(IngestLimits limits, Parser base, Ocr ocr) {
    this.limits = limits;
    this.ocr = ocr;
    this.parser = new RecursiveParserWrapper(new GuardedParser(base, limits.maxEmbeddedDepth()));
    this.watchdog = new ParseWatchdog(limits.parseTimeout(), limits.maxStuckParsers());
    this.encodings = new CompositeEncodingDetector(
        List.of(new Utf8Detector(), TikaConfig.getDefaultConfig().getEncodingDetector()));
  }

  private static AutoDetectParser autoDetectParser(IngestLimits limits) {
    AutoDetectParser autoDetect = new AutoDetectParser(TikaConfig.getDefaultConfig());
    // spool to disk past 10 MB, zip-bomb ratio 100:1 once 10 MB came out, XML depth 100, archive nesting limit.
    autoDetect.setAutoDetectParserConfig(
        new AutoDetectParserConfig(10_000_000L, 10_000_000L, 100L, 100, limits.maxEmbeddedDepth() + 1));
    return autoDetect;
  }

  /** Whether scans and pictures are read with OCR. */
  public Ocr ocr() {
    return ocr;
  }

  /** Parser threads that timed out and are still running (they ignored interruption). */
  public int stuckParsers() {
    return watchdog.stuck();
  }

  /**
   * The file's content hash, read within the parse timeout: its size is checked first (a file over the limit is
   * skipped unread, not hashed), and anything that is not a regular file when it is opened is refused.
   */
  public FileIdentity identify(Path file) {
    FileStamp before;
    try {
      before = FileStamp.of(file);
    } catch (IOException e) {
      return new FileIdentity.Refused(!(e instanceof FileStamp.NotARegularFile), whyUnreadable(e));
    }
    Optional<String> refusal = sizeRefusal(before.size());
    if (refusal.isPresent()) {
      return new FileIdentity.Refused(before.size() == 0, refusal.get());
    }
    return watchdog.run(file, "reading", () -> hash(file, before), reason -> new FileIdentity.Refused(true, reason));
  }

  private static FileIdentity hash(Path file, FileStamp before) {
    try {
      String sha256 = ContentHash.sha256(file);
      FileStamp after = FileStamp.of(file);
      return after.equals(before) ? new FileIdentity.Identified(sha256, before) : new FileIdentity.Changing();
    } catch (IOException e) {
      return new FileIdentity.Refused(!(e instanceof FileStamp.NotARegularFile), whyUnreadable(e));
    }
  }

  /** Reads one file; never throws for a bad file, the reason is in the result. */
  public Extraction extract(Path file) {
    long size;
    try {
      size = FileStamp.of(file).size();
    } catch (IOException e) {
      return new Extraction.Unreadable(!(e instanceof FileStamp.NotARegularFile), whyUnreadable(e));
    }
    Optional<String> refusal = sizeRefusal(size);
    if (refusal.isPresent()) {
      return new Extraction.Unreadable(size == 0, refusal.get());
    }
    return watchdog.run(file, () -> parse(file, new ExpansionBudget(size)));
  }

  /** Why a file of this size is not read: empty, or over the size limit. */
  private Optional<String> sizeRefusal(long size) {
    if (size == 0) {
      return Optional.of("empty file (0 bytes)");
    }
    if (size > limits.maxFileBytes()) {
      return Optional.of("file is " + megabytes(size) + ", over the " + megabytes(limits.maxFileBytes()) + " limit");
    }
    return Optional.empty();
  }

  /** A file gone, no regular file any more, or another reason it cannot be read. */
  static String whyUnreadable(IOException e) {
    if (e instanceof NoSuchFileException) {
      return FileIdentity.VANISHED;
    }
    if (e instanceof FileStamp.NotARegularFile) {
      return FileIdentity.NOT_REGULAR;
    }
    return "cannot read: " + describe(e);
  }

  private Extraction parse(Path file, ExpansionBudget budget) {
    try {
      FileStamp.of(file); // a pipe swapped in since the size was read would block the open below
    } catch (IOException e) {
      return new Extraction.Unreadable(!(e instanceof FileStamp.NotARegularFile), whyUnreadable(e));
    }
    RecursiveParserWrapperHandler handler = new RecursiveParserWrapperHandler(
        new BasicContentHandlerFactory(
            BasicContentHandlerFactory.HANDLER_TYPE.TEXT, limits.maxTextChars(), false, new ParseContext()),
        limits.maxEmbedded());
    Metadata metadata = new Metadata();
    metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
    ParseContext context = new ParseContext();
    context.set(ExpansionBudget.class, budget);
    context.set(EncodingDetector.class, encodings);
    ocr.configure(context, limits.parseTimeout());
    try (InputStream in = TikaInputStream.get(file, metadata)) {
      parser.parse(in, handler, metadata, context);
    } catch (EncryptedDocumentException e) {
      return new Extraction.Unreadable(true, "encrypted: the file is password-protected");
    } catch (ZeroByteFileException e) {
      return new Extraction.Unreadable(true, "empty file (no content)");
    } catch (NoSuchFileException e) {
      return new Extraction.Unreadable(true, FileIdentity.VANISHED);
    } catch (TikaException | IOException | org.xml.sax.SAXException | RuntimeException e) {
      return new Extraction.Unreadable(true, budget.exceeded() ? budget.reason() : describe(e));
    }
    if (budget.exceeded()) {
      return new Extraction.Unreadable(true, budget.reason());
    }
    List<ExtractedPart> parts = new ArrayList<>();
    for (Metadata m : handler.getMetadataList()) {
      parts.add(toPart(m));
    }
    if (!parts.isEmpty() && parts.get(0).text().isBlank() && isPdf(handler.getMetadataList().get(0))) {
      parts.set(0, toPart(withTextLayer(handler.getMetadataList().get(0), file)));
    }
    return new Extraction.Parsed(parts);
  }

  private static boolean isPdf(Metadata m) {
    String type = m.get(Metadata.CONTENT_TYPE);
    return type != null && type.startsWith("application/pdf");
  }

  /** A PDF without text: whether its pages have fonts (a damaged text layer) or not (a scan), for the ingester. */
  private static Metadata withTextLayer(Metadata m, Path file) {
    PdfTextLayer.of(file).ifPresent(layer -> {
      m.set(PdfTextLayer.PAGES, Integer.toString(layer.pages()));
      m.set(PdfTextLayer.PAGES_WITH_FONTS, Integer.toString(layer.pagesWithFonts()));
    });
    return m;
  }

  private ExtractedPart toPart(Metadata m) {
    String text = m.get(TikaCoreProperties.TIKA_CONTENT);
    text = text == null ? "" : text;
    boolean truncated = text.length() >= limits.maxTextChars() || "true".equals(m.get(TikaCoreProperties.WRITE_LIMIT_REACHED));
    String path = m.get(TikaCoreProperties.EMBEDDED_RESOURCE_PATH);
    String error = m.get(TikaCoreProperties.EMBEDDED_EXCEPTION);
    Map<String, List<String>> values = new LinkedHashMap<>();
    for (String name : m.names()) {
      if (!name.equals(TikaCoreProperties.TIKA_CONTENT.getName()) && !name.startsWith("X-TIKA:EXCEPTION")) {
        values.put(name, List.of(m.getValues(name)));
      }
    }
    if (ocr.available() && !text.isBlank() && Ocr.usedOn(m)) {
      values.put(Ocr.TEXT_SOURCE, List.of(Ocr.FROM_OCR));
    }
    return new ExtractedPart(path == null ? "" : path, values, text, truncated, error == null ? null : firstLine(error));
  }

  /** One line a journalist can read: the innermost cause's class and message, no stack trace. */
  static String describe(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String kind = e instanceof TikaException && root != e
        ? e.getClass().getSimpleName() + " (" + root.getClass().getSimpleName() + ")"
        : root.getClass().getSimpleName();
    String message = root.getMessage() != null ? root.getMessage() : e.getMessage();
    return message == null ? kind : kind + ": " + firstLine(message);
  }

  private static String firstLine(String s) {
    int nl = s.indexOf('\n');
    String line = (nl < 0 ? s : s.substring(0, nl)).strip();
    return line.length() > 300 ? line.substring(0, 300) + "…" : line;
  }

  private static String megabytes(long bytes) {
    return String.format("%.1f MB", bytes / 1_000_000.0);
  }

  @Override
  public void close() {
    watchdog.close();
  }
}
