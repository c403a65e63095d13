package org.counterclaim.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.AutoDetectParserConfig;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.RecursiveParserWrapper;
import org.apache.tika.sax.BasicContentHandlerFactory;
import org.apache.tika.sax.RecursiveParserWrapperHandler;

/**
 * Runs Tika on a file with the {@link IngestLimits}: size checked before reading, text cut at the limit,
 * attachments and archive entries returned as parts of their own (RecursiveParserWrapper), zip bombs stopped by
 * Tika's SecureContentHandler, and the whole parse bounded by a timeout.
 *
 * <p>The timeout runs the parse on a daemon worker thread and gives up waiting after the limit; the worker is
 * interrupted. A parser that ignores interruption keeps its thread until it returns, but the run goes on and the
 * file is reported as failed. (Parsing in a separate process would reclaim such a thread too; that is the
 * hostile-input work's call.)
 */
public final class TikaExtractor implements AutoCloseable {

  private final IngestLimits limits;
  private final RecursiveParserWrapper parser;
  private final ExecutorService workers;

  public TikaExtractor(IngestLimits limits) {
    this.limits = limits;
    AutoDetectParser autoDetect = new AutoDetectParser(TikaConfig.getDefaultConfig());
    // spool to disk past 10 MB, zip-bomb ratio 100:1 once 10 MB came out, XML depth 100, archive nesting limit.
    autoDetect.setAutoDetectParserConfig(
        new AutoDetectParserConfig(10_000_000L, 10_000_000L, 100L, 100, limits.maxEmbeddedDepth() + 1));
    this.parser = new RecursiveParserWrapper(autoDetect);
    AtomicInteger threads = new AtomicInteger();
    this.workers = Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, "tika-parse-" + threads.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
  }

  /** Reads one file; never throws for a bad file, the reason is in the result. */
  public Extraction extract(Path file) {
    long size;
    try {
      size = Files.size(file);
    } catch (IOException e) {
      return new Extraction.Unreadable(true, "cannot read: " + e.getMessage());
    }
    if (size == 0) {
      return new Extraction.Unreadable(true, "empty file (0 bytes)");
    }
    if (size > limits.maxFileBytes()) {
      return new Extraction.Unreadable(false,
          "file is " + megabytes(size) + ", over the " + megabytes(limits.maxFileBytes()) + " limit");
    }
    Future<Extraction> parse = workers.submit(() -> parse(file));
    try {
      return parse.get(limits.parseTimeout().toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      parse.cancel(true);
      return new Extraction.Unreadable(true, "parse timed out after " + limits.parseTimeout().toSeconds() + " s");
    } catch (InterruptedException e) {
      parse.cancel(true);
      Thread.currentThread().interrupt();
      return new Extraction.Unreadable(true, "interrupted");
    } catch (ExecutionException e) {
      return new Extraction.Unreadable(true, describe(e.getCause()));
    }
  }

  private Extraction parse(Path file) throws IOException {
    RecursiveParserWrapperHandler handler = new RecursiveParserWrapperHandler(
        new BasicContentHandlerFactory(
            BasicContentHandlerFactory.HANDLER_TYPE.TEXT, limits.maxTextChars(), false, new ParseContext()),
        limits.maxEmbedded());
    Metadata metadata = new Metadata();
    metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
    try (InputStream in = TikaInputStream.get(file, metadata)) {
      parser.parse(in, handler, metadata, new ParseContext());
    } catch (EncryptedDocumentException e) {
      return new Extraction.Unreadable(true, "encrypted: the file is password-protected");
    } catch (ZeroByteFileException e) {
      return new Extraction.Unreadable(true, "empty file (no content)");
    } catch (TikaException | org.xml.sax.SAXException | RuntimeException e) {
      return new Extraction.Unreadable(true, describe(e));
    }
    List<ExtractedPart> parts = new ArrayList<>();
    for (Metadata m : handler.getMetadataList()) {
      parts.add(toPart(m));
    }
    return new Extraction.Parsed(parts);
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
    workers.shutdownNow();
  }
}
