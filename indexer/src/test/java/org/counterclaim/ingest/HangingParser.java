package org.counterclaim.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Tika's parser, except on files whose name starts with {@code hang}: there it never returns, and it ignores
 * interruption, as a parser stuck in a decompression loop does. {@link #release()} lets the stuck calls go.
 */
final class HangingParser implements Parser {

  private static final long serialVersionUID = 1L;

  private final transient AutoDetectParser tika = new AutoDetectParser();
  private final transient CountDownLatch release = new CountDownLatch(1);

  @Override
  public Set<MediaType> getSupportedTypes(ParseContext context) {
    return tika.getSupportedTypes(context);
  }

  @Override
  public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context)
      throws IOException, SAXException, TikaException {
    String name = metadata.get(TikaCoreProperties.RESOURCE_NAME_KEY);
    if (name == null || !name.startsWith("hang")) {
      tika.parse(stream, handler, metadata, context);
      return;
    }
    while (true) {
      try {
        release.await();
        return;
      } catch (InterruptedException e) {
        // deliberately ignored: this is the parser the watchdog guards against
      }
    }
  }

  /** Lets every stuck parse return (tests call it in their teardown, so no thread outlives them). */
  void release() {
    release.countDown();
  }
}
