package org.counterclaim.testing.hostile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * One value far longer than any index term may be, in a file that is otherwise fine: an archive entry name of
 * 40,000 bytes beside two ordinary entries, an HTML publisher of 9,000 characters, an e-mail sender of 9,000
 * characters. Each used to fail its whole file (and an archive's other entries with it).
 */
public final class OverlongValues {

  /** Bytes of the long entry name, and characters of the long publisher and sender. */
  public static final int NAME_BYTES = 40_000;
  public static final int VALUE_CHARS = 9_000;
  private static final String STATEMENT = "The ministry said 12 civilians were killed in Raqqa on Monday.";

  private OverlongValues() {}

  static void write(CorpusWriter out) throws IOException {
    out.family("overlong");
    out.write("long-entry-name.zip", zipWithLongEntryName());
    out.text("long-publisher.html", htmlWithLongPublisher());
    out.text("long-sender.eml", mailWithLongSender());
  }

  /** A zip of {@code first.txt}, an entry named with {@value #NAME_BYTES} bytes, and {@code last.txt}. */
  public static byte[] zipWithLongEntryName() throws IOException {
    return ZipWriter.zip(zip -> {
      zip.add("first.txt", ("First entry. " + STATEMENT).getBytes(StandardCharsets.UTF_8));
      zip.add("n".repeat(NAME_BYTES - 4) + ".txt", ("Entry with a long name. " + STATEMENT)
          .getBytes(StandardCharsets.UTF_8));
      zip.add("last.txt", ("Last entry. " + STATEMENT).getBytes(StandardCharsets.UTF_8));
    });
  }

  /** A press statement whose {@code <meta name="publisher">} has {@value #VALUE_CHARS} characters. */
  public static String htmlWithLongPublisher() {
    return "<!DOCTYPE html><html><head><title>Statement</title><meta name=\"publisher\" content=\""
        + "P".repeat(VALUE_CHARS) + "\"></head><body><p>" + STATEMENT + "</p></body></html>";
  }

  /** An e-mail whose From has a display name of {@value #VALUE_CHARS} characters. */
  public static String mailWithLongSender() {
    return "From: \"" + "S".repeat(VALUE_CHARS) + "\" <press@ngo.example>\r\n"
        + "To: desk@news.example\r\nSubject: Statement\r\nDate: Mon, 17 Jun 2019 10:00:00 +0000\r\n"
        + "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\n" + STATEMENT + "\r\n";
  }
}
