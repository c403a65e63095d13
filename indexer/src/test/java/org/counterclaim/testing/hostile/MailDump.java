package org.counterclaim.testing.hostile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Random;

/**
 * What a mail export holds: a message with hundreds of attachments, a mailbox of many messages, broken
 * MIME (no closing boundary, bad base64, an unknown charset, a huge header), and a forward of a forward... nested
 * deeper than the embedded-depth limit.
 */
final class MailDump {

  static final int ATTACHMENTS = 300;
  static final int TEXT_ATTACHMENT_EVERY = 30;
  static final int MESSAGES = 60;
  private static final String CRLF = "\r\n";

  private MailDump() {}

  static void write(CorpusWriter out) throws IOException {
    out.family("mail");
    out.text("many-attachments.eml", manyAttachments(), StandardCharsets.US_ASCII);
    out.text("dump.mbox", mbox(), StandardCharsets.UTF_8);
    out.text("broken-mime.eml", brokenMime(), StandardCharsets.UTF_8);
    out.text("forward-chain.eml", forwarded(12), StandardCharsets.UTF_8);
  }

  private static String headers(String subject, String boundary) {
    return "From: Press Office <press@ngo.example>" + CRLF
        + "To: desk@newsroom.example" + CRLF
        + "Subject: " + subject + CRLF
        + "Date: Thu, 17 Jan 2019 10:00:00 +0000" + CRLF
        + "MIME-Version: 1.0" + CRLF
        + "Content-Type: multipart/mixed; boundary=\"" + boundary + "\"" + CRLF + CRLF;
  }

  /** Attachments of a few random bytes each, and every thirtieth a short text. */
  private static String manyAttachments() {
    Random random = new Random(ATTACHMENTS);
    String boundary = "many-attachments-boundary";
    StringBuilder b = new StringBuilder(headers("Photos and notes from the field", boundary));
    b.append("--").append(boundary).append(CRLF).append("Content-Type: text/plain; charset=us-ascii").append(CRLF)
        .append(CRLF).append("All the photos and notes from the field team are attached.").append(CRLF);
    for (int i = 0; i < ATTACHMENTS; i++) {
      b.append("--").append(boundary).append(CRLF);
      if (i % TEXT_ATTACHMENT_EVERY == 0) {
        b.append("Content-Type: text/plain; charset=us-ascii; name=\"note-").append(i).append(".txt\"").append(CRLF)
            .append("Content-Disposition: attachment; filename=\"note-").append(i).append(".txt\"").append(CRLF)
            .append(CRLF).append("Field note ").append(i).append(": the market was hit at noon.").append(CRLF);
      } else {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        b.append("Content-Type: application/octet-stream; name=\"photo-").append(i).append(".bin\"").append(CRLF)
            .append("Content-Disposition: attachment; filename=\"photo-").append(i).append(".bin\"").append(CRLF)
            .append("Content-Transfer-Encoding: base64").append(CRLF).append(CRLF)
            .append(Base64.getEncoder().encodeToString(bytes)).append(CRLF);
      }
    }
    return b.append("--").append(boundary).append("--").append(CRLF).toString();
  }

  private static String mbox() {
    StringBuilder b = new StringBuilder();
    for (int i = 1; i <= MESSAGES; i++) {
      b.append("From press@ngo.example Thu Jan 17 10:").append(String.format("%02d", i % 60)).append(":00 2019\n")
          .append("From: Press Office <press@ngo.example>\n")
          .append("Subject: Update ").append(i).append(" on the strikes\n")
          .append("Date: Thu, 17 Jan 2019 10:").append(String.format("%02d", i % 60)).append(":00 +0000\n\n")
          .append("Update ").append(i).append(": the count of civilians killed in the strike is still rising.\n")
          .append(i % 7 == 0 ? "From the field: a body line that starts with From and is not escaped.\n" : "")
          .append("\n");
    }
    return b.toString();
  }

  private static String brokenMime() {
    String boundary = "never-closed";
    return "From: =?utf-8?B?bm90IGJhc2U2NA?= <broken@@example>" + CRLF
        + "Subject: =?unknown-charset?Q?Broken_MIME?=" + CRLF
        + "X-Long-Header: " + "x".repeat(100_000) + CRLF
        + "MIME-Version: 1.0" + CRLF
        + "Content-Type: multipart/mixed; boundary=\"" + boundary + "\"" + CRLF + CRLF
        + "--" + boundary + CRLF
        + "Content-Type: text/plain; charset=no-such-charset" + CRLF + CRLF
        + "The body of a message whose MIME structure is broken: civilians were killed, the statement said." + CRLF
        + "--" + boundary + CRLF
        + "Content-Type: application/pdf; name=\"report.pdf\"" + CRLF
        + "Content-Transfer-Encoding: base64" + CRLF + CRLF
        + "JVBERi0xLjcK!!!not*base64@@@" + CRLF
        + "--" + boundary + CRLF
        + "Content-Type: text/plain" + CRLF + CRLF
        + "The last part, with no closing boundary after it.";
  }

  /** A message forwarding a message forwarding a message... {@code depth} levels, each as a message/rfc822 part. */
  private static String forwarded(int depth) {
    String message = "From: origin@ngo.example" + CRLF + "Subject: The original statement" + CRLF + CRLF
        + "The original statement: civilians were killed in the strike on the market." + CRLF;
    for (int level = depth; level >= 1; level--) {
      String boundary = "forward-" + level;
      message = headers("Fwd (" + level + ")", boundary)
          + "--" + boundary + CRLF + "Content-Type: text/plain" + CRLF + CRLF
          + "Forwarding, level " + level + "." + CRLF
          + "--" + boundary + CRLF + "Content-Type: message/rfc822" + CRLF + CRLF
          + message + CRLF
          + "--" + boundary + "--" + CRLF;
    }
    return message;
  }
}
