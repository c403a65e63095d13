package org.counterclaim.ingest;

import java.io.IOException;
import java.io.InputStream;
import org.apache.tika.exception.TikaException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.ParserDecorator;
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
      super.parse(budget.counted(stream), handler, metadata, context);
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
