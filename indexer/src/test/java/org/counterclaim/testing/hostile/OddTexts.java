package org.counterclaim.testing.hostile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Random;
import org.counterclaim.testing.TestFiles;

/**
 * Text that is not what it seems and binary garbage: empty and blank files, a single 50 MB line, a 2 MB word,
 * broken UTF-8, NUL bytes, UTF-16, control characters, random bytes (some behind a real format's magic number),
 * and encrypted files.
 */
final class OddTexts {

  /** Size of the file that is one line of text with no line end. */
  static final int LONG_LINE_BYTES = 50_000_000;
  private static final String[] EXTENSIONS = {
      "pdf", "docx", "zip", "txt", "html", "eml", "bin", "", "doc", "xls", "rtf", "odt", "msg", "png", "jpg", "mbox",
      "xml", "json", "csv", "gz"};
  /** Magic numbers put in front of random bytes, so that the parser of that format has to deal with them. */
  private static final String[][] MAGIC = {
      {"pdf", "%PDF-1.7\n"}, {"zip", "PK\u0003\u0004"}, {"doc", "\u00D0\u00CF\u0011\u00E0\u00A1\u00B1\u001A\u00E1"},
      {"rar", "Rar!\u001A\u0007\u0000"}, {"gz", "\u001F\u008B\u0008\u0000"}, {"png", "\u0089PNG\r\n\u001A\n"},
      {"rtf", "{\\rtf1\\ansi "}, {"7z", "7z\u00BC\u00AF\u0027\u001C"}};

  private OddTexts() {}

  static void write(CorpusWriter out, long seed) throws IOException {
    Random random = new Random(seed + 1);
    out.family("text");
    out.write("empty.txt", new byte[0]);
    out.text("blank.txt", " \n\n\t  \r\n   \n");
    out.stream("long-line-50mb.txt", s -> {
      byte[] sentence = ("Officials said the strike on the market killed civilians and wounded many more, and "
          + "the coalition said it would look into the reports. ").getBytes(StandardCharsets.US_ASCII);
      for (long n = 0; n < LONG_LINE_BYTES; n += sentence.length) {
        s.write(sentence, 0, (int) Math.min(sentence.length, LONG_LINE_BYTES - n));
      }
    });
    out.text("one-word-2mb.txt", "base64:" + "QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo".repeat(60_000));
    out.write("invalid-utf8.txt", invalidUtf8());
    out.text("nul-bytes.txt", "Civilians\u0000were\u0000killed\u0000in\u0000Raqqa,\u0000the\u0000report\u0000said."
        .repeat(20));
    out.text("utf16-bom.txt", "\uFEFFThe statement, saved as UTF-16 with a byte order mark, says that civilians "
        + "were killed in Raqqa.", StandardCharsets.UTF_16LE);
    out.text("utf16-no-bom.txt", "The statement, saved as UTF-16 without a byte order mark, says that civilians "
        + "were killed in Raqqa.", StandardCharsets.UTF_16LE);
    out.text("control-characters.txt", "The\u0007report\u001B[31m said\u0008\u0008 civilians\u000C were\u000B killed "
        + "\u202Ein Raqqa\u202C\u200B\u200F\uFFFE\uFFFF.");
    out.family("garbage");
    for (int i = 0; i < EXTENSIONS.length; i++) {
      byte[] bytes = new byte[1 + random.nextInt(64 * 1024)];
      random.nextBytes(bytes);
      out.write(String.format("random-%02d%s", i, EXTENSIONS[i].isEmpty() ? "" : "." + EXTENSIONS[i]), bytes);
    }
    for (String[] magic : MAGIC) {
      byte[] bytes = new byte[4096];
      random.nextBytes(bytes);
      byte[] head = magic[1].getBytes(StandardCharsets.ISO_8859_1);
      System.arraycopy(head, 0, bytes, 0, head.length);
      out.write("magic-then-random." + magic[0], bytes);
    }
    out.family("encrypted");
    byte[] encrypted = Files.readAllBytes(TestFiles.fixture("broken/encrypted.pdf"));
    out.write("encrypted.pdf", encrypted);
    byte[] locked = new byte[512];
    random.nextBytes(locked);
    out.write("encrypted-entry.zip", ZipWriter.zip(zip -> zip.addEncrypted("secret.txt", locked)));
  }

  /** Readable English with bytes that are not UTF-8 between the words. */
  private static byte[] invalidUtf8() {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    String[] words = "The report says that civilians were killed in the strike on the market in Raqqa".split(" ");
    byte[][] bad = {
        {(byte) 0xC3, 0x28}, {(byte) 0xFF}, {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
        {(byte) 0xE2, (byte) 0x82}, {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80}};
    for (int round = 0; round < 10; round++) {
      for (int i = 0; i < words.length; i++) {
        b.writeBytes(words[i].getBytes(StandardCharsets.UTF_8));
        b.writeBytes(bad[(round + i) % bad.length]);
        b.write(' ');
      }
      b.writeBytes(". ".getBytes(StandardCharsets.UTF_8));
    }
    return b.toByteArray();
  }
}
