package org.counterclaim.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.apache.tika.exception.TikaException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.ParserDecorator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Sits between {@code RecursiveParserWrapper} and the real parser, so it sees the file and every embedded document
 * on their way in: embedded documents nested deeper than the limit are not opened at all (Tika's own package-depth
 * limit does not stop a zip in a zip in a zip...), and the bytes of the others are counted against the file's
 * {@link ExpansionBudget} (zip bombs).
 */
final class GuardedParser extends ParserDecorator {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = LoggerFactory.getLogger(GuardedParser.class);

  private final int maxDepth;

  GuardedParser(Parser parser, int maxDepth) {
    super(parser);
    this.maxDepth = maxDepth;
  }

  @Override
  public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context)
      throws IOException, SAXException, TikaException {
    String path = metadata.get(TikaCoreProperties.EMBEDDED_RESOURCE_PATH);
    ExpansionBudget budget = context.get(ExpansionBudget.class);
    if (path == null || budget == null) {
      super.parse(stream, handler, metadata, context); // the file itself
      return;
    }
    if (depth(path) > maxDepth) {
      return; // left out: the ingester reports it
    }
    budget.mustFit(declaredLength(metadata));
    TikaInputStream tis = TikaInputStream.cast(stream);
    if (tis != null && tis.getOpenContainer() != null) {
      super.parse(stream, handler, metadata, context); // parsed from a container already open (OLE2): no new bytes
    } else if (tis != null && tis.hasFile()) {
      budget.charge(tis.getLength());
      super.parse(stream, handler, metadata, context);
    } else {
      InputStream counted = budget.counted(stream);
      super.parse(counted, handler, metadata, context);
      if (declaredLength(metadata) < 0) {
        drain(counted, path);
      }
    }
  }

  /**
   * Reads what the parser left of a stream that declared no size, counting it against the budget. A gzip, bzip2
   * or xz bomb is one such stream: its zeros are detected as binary and never read by a parser, so it passed as a
   * small harmless file. Reading stops at the budget, so this costs at most that much decompression.
   */
  private static void drain(InputStream counted, String path) throws IOException {
    try {
      counted.transferTo(OutputStream.nullOutputStream());
    } catch (ExpansionBudget.ZipBombException e) {
      throw e;
    } catch (IOException e) {
      LOG.debug("the rest of embedded {} could not be read to count it: {}", path, e.toString());
    }
  }

  private static long declaredLength(Metadata metadata) {
    try {
      String length = metadata.get(Metadata.CONTENT_LENGTH);
      return length == null ? -1 : Long.parseLong(length.strip());
    } catch (NumberFormatException e) {
      return -1; // a length the container got wrong: the bytes are counted as they are read
    }
  }

  /** {@code /a.zip/b.zip/c.txt} → 3. */
  static int depth(String embeddedPath) {
    return (int) embeddedPath.chars().filter(c -> c == '/').count();
  }
}
